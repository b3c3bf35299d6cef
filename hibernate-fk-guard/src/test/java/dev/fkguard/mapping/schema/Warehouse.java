package dev.fkguard.mapping.schema;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "warehouses", schema = "stock")
public class Warehouse {
    @Id
    Long id;
}
