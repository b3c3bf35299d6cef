package dev.fkguard.build.isolated.scanned;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Shop extends Stamped {
    @Id
    Long id;

    Address address;
}
