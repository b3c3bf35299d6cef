package dev.fkguard.mapping.schema;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "bins", schema = "stock")
public class Bin {
    @Id
    Long id;

    @ManyToOne
    @JoinColumn(name = "warehouse_id")
    Warehouse warehouse;
}
