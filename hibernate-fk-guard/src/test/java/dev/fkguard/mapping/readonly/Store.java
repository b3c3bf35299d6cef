package dev.fkguard.mapping.readonly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Basic columns written as values and re-used, read-only, by an optional to-one: the basic columns decide. */
@Entity
@Table(name = "ro_stores")
public class Store {
    @Id
    Long id;

    @Column(name = "country", nullable = false)
    String country;

    @Column(name = "region_code", nullable = false)
    String regionCode;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "country", referencedColumnName = "country", insertable = false, updatable = false),
            @JoinColumn(name = "region_code", referencedColumnName = "code", insertable = false, updatable = false)})
    Region region;
}
