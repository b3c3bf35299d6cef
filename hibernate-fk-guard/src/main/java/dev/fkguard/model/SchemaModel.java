package dev.fkguard.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the live database has: its tables and foreign keys, as read from the catalog.
 *
 * @param views the views (PostgreSQL also materialized views): an entity mapped to one is not a missing table
 */
public record SchemaModel(DatabaseInfo database, List<Table> tables, List<ForeignKey> foreignKeys,
                          Set<TableRef> views) {

    public SchemaModel {
        Objects.requireNonNull(database, "database");
        tables = tables.stream().sorted(Comparator.comparing(Table::ref)).toList();
        foreignKeys = List.copyOf(foreignKeys);
        views = Set.copyOf(views);
    }

    /** A database without views. */
    public SchemaModel(DatabaseInfo database, List<Table> tables, List<ForeignKey> foreignKeys) {
        this(database, tables, foreignKeys, Set.of());
    }

    public boolean isView(TableRef ref) {
        return views.contains(ref);
    }

    /**
     * The table with this ref (the first, should the catalog list a name twice). A binary search over the sorted
     * tables: rules call this once per key, and building a map per call made a check quadratic in the table count.
     */
    public Optional<Table> table(TableRef ref) {
        int low = 0;
        int high = tables.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = tables.get(mid).ref().compareTo(ref);
            if (order < 0) {
                low = mid + 1;
            } else {
                if (order == 0) {
                    found = mid;
                }
                high = mid - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(tables.get(found));
    }
}
