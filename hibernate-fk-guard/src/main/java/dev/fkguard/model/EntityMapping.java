package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One mapped entity and its primary table.
 *
 * @param entity     the entity name (usually the class name)
 * @param softDelete how deletes are turned into updates, if they are
 * @param origin     where the entity's mapping was written, for reports that point at it
 */
public record EntityMapping(String entity, TableRef table, Optional<SoftDeleteKind> softDelete, EntityOrigin origin) {

    public EntityMapping {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(softDelete, "softDelete");
        Objects.requireNonNull(origin, "origin");
    }

    /** An entity whose origin is not known. */
    public EntityMapping(String entity, TableRef table, Optional<SoftDeleteKind> softDelete) {
        this(entity, table, softDelete, EntityOrigin.unknown());
    }

    /** The same entity on {@code newTable}. */
    public EntityMapping withTable(TableRef newTable) {
        return new EntityMapping(entity, newTable, softDelete, origin);
    }
}
