package dev.fkguard.mapping.softdelete;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "shelves")
public class Shelf {
    @Id
    Long id;
}
