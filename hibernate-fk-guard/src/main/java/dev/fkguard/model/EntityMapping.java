package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One mapped entity and its primary table.
 *
 * @param entity     the entity name (usually the class name)
 * @param softDelete how deletes are turned into updates, if they are
 */
public record EntityMapping(String entity, TableRef table, Optional<SoftDeleteKind> softDelete) {

    public EntityMapping {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(softDelete, "softDelete");
    }
}
