package dev.fkguard.rules.db;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Mappings for the nullability and enforcement rule tests, next to the shared {@link Entities}. */
final class ColumnRuleEntities {

    private ColumnRuleEntities() {
    }

    /** A child that always has a parent. */
    @Entity(name = "RequiredChild")
    @Table(name = "children")
    static class RequiredChild {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "parent_id", nullable = false)
        Entities.Parent parent;
    }

    /** Shares its parent's id: the key column is the primary key, NOT NULL whatever the association says. */
    @Entity(name = "ParentDetail")
    @Table(name = "details")
    static class ParentDetail {
        @Id
        Long id;
        @OneToOne
        @MapsId
        @JoinColumn(name = "id")
        Entities.Parent parent;
    }
}
