package dev.fkguard.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the entity mapping says: the tables it maps and the foreign keys it implies, including relations the
 * mapping deliberately leaves without a constraint.
 */
public record MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys) {

    public MappingModel {
        tables = Collections.unmodifiableSortedSet(new TreeSet<>(tables));
        foreignKeys = List.copyOf(foreignKeys);
    }

    public boolean maps(TableRef table) {
        return tables.contains(table);
    }
}
