package dev.fkguard.mapping.suppressedembedded;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "warehouses")
public class Warehouse {
    @Id
    Long id;

    @Embedded
    Location location;
}
