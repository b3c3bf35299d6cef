package dev.fkguard.mapping.embedded;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** One-to-one on the shared primary key without @MapsId. */
@Entity
@Table(name = "passports")
public class Passport {
    @Id
    Long id;

    @OneToOne(optional = false)
    @PrimaryKeyJoinColumn
    Person holder;
}
