package dev.fkguard.mapping.composite;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Composite FK; the join columns are listed in the opposite order of the referenced key on purpose. */
@Entity
@Table(name = "shipments")
public class Shipment {
    @Id
    Long id;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "line_no", referencedColumnName = "line_no"),
            @JoinColumn(name = "order_id", referencedColumnName = "order_id")})
    OrderLine line;
}
