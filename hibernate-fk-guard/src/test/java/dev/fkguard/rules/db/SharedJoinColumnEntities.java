package dev.fkguard.rules.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One join column mapped by several to-ones: a writable one and read-only duplicates
 * ({@code insertable = false, updatable = false}). Hibernate binds one foreign key per column set, for the attribute
 * it binds first ({@code company} before {@code owner}), whichever of them writes the column.
 */
final class SharedJoinColumnEntities {

    private SharedJoinColumnEntities() {
    }

    @Entity(name = "Person")
    @Table(name = "persons")
    static class Person {
        @Id
        Long id;
    }

    @Entity(name = "Company")
    @Table(name = "companies")
    static class Company {
        @Id
        Long id;
    }

    /** Writes {@code owner_id} as a person; reads the same column, read-only, as a company. */
    @Entity(name = "Pet")
    @Table(name = "pets")
    static class Pet {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "owner_id")
        Person owner;
        @ManyToOne
        @JoinColumn(name = "owner_id", insertable = false, updatable = false)
        Company company;
    }

    /** As {@link Pet}, with two read-only duplicates to the same other table. */
    @Entity(name = "TwiceReadPet")
    @Table(name = "pets")
    static class TwiceReadPet {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "owner_id")
        Person owner;
        @ManyToOne
        @JoinColumn(name = "owner_id", insertable = false, updatable = false)
        Company company;
        @ManyToOne
        @JoinColumn(name = "owner_id", insertable = false, updatable = false)
        Company employer;
    }

    /** A plain value column read by two read-only to-ones to the same table: one key between them. */
    @Entity(name = "ValuePet")
    @Table(name = "pets")
    static class ValuePet {
        @Id
        Long id;
        @Column(name = "owner_id")
        Long ownerId;
        @ManyToOne
        @JoinColumn(name = "owner_id", insertable = false, updatable = false)
        Person keeper;
        @ManyToOne
        @JoinColumn(name = "owner_id", insertable = false, updatable = false)
        Person owner;
    }

    /** A plain value column read by read-only to-ones to two tables: neither target is the column's own. */
    @Entity(name = "AmbiguousPet")
    @Table(name = "pets")
    static class AmbiguousPet {
        @Id
        Long id;
        @Column(name = "owner_id")
        Long ownerId;
        @ManyToOne
        @JoinColumn(name = "owner_id", insertable = false, updatable = false)
        Company company;
        @ManyToOne
        @JoinColumn(name = "owner_id", insertable = false, updatable = false)
        Person owner;
    }
}
