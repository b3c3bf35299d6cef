package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.ForeignKeyRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * H2's foreign keys, read view by view and joined here. H2 evaluates its INFORMATION_SCHEMA views once per joined
 * row, so the one-query join other engines use grows with the square of the number of constraints (about 1.4 s at
 * 500 tables, seconds more at a thousand); three single-view queries take milliseconds. Still a constant number of
 * round trips: three for all the schemas read, plus one for the other schemas whose unique keys are referenced.
 */
final class H2ForeignKeys {

    private record Constraint(String schema, String name, String uniqueSchema, String uniqueName, String deleteRule,
                              String updateRule) {
    }

    private record TableOf(Key constraintKey, String schema, String table, boolean deferrable, boolean enforced) {
    }

    private record KeyColumn(String schema, String constraint, String tableSchema, String table, String column,
                             int position, int positionInUnique) {
    }

    private final SqlCatalogSource source;

    H2ForeignKeys(SqlCatalogSource source) {
        this.source = source;
    }

    List<ForeignKeyRow> read(List<String> schema) {
        List<Constraint> constraints = source.query(CatalogConcern.FOREIGN_KEYS, schema, rs -> new Constraint(
                rs.getString("constraint_schema"), rs.getString("constraint_name"),
                rs.getString("unique_constraint_schema"), rs.getString("unique_constraint_name"),
                rs.getString("delete_rule"), rs.getString("update_rule")));
        Map<Key, TableOf> tables = new HashMap<>();
        source.query(CatalogConcern.TABLE_CONSTRAINTS, schema, rs -> new TableOf(
                key(rs.getString("constraint_schema"), rs.getString("constraint_name")), rs.getString("table_schema"),
                rs.getString("table_name"), rs.getBoolean("is_deferrable"), rs.getBoolean("is_enforced")))
                .forEach(table -> tables.put(table.constraintKey(), table));

        // The key columns of the schemas read, then in one more query those of the other schemas whose unique keys
        // are referenced.
        Set<String> others = new LinkedHashSet<>();
        constraints.forEach(c -> others.add(c.uniqueSchema()));
        others.removeAll(schema);
        Map<Key, List<KeyColumn>> columns = new HashMap<>();
        for (List<String> keySchema : others.isEmpty() ? List.of(schema) : List.of(schema, List.copyOf(others))) {
            source.query(CatalogConcern.KEY_COLUMNS, keySchema, rs -> new KeyColumn(
                    rs.getString("constraint_schema"), rs.getString("constraint_name"), rs.getString("table_schema"),
                    rs.getString("table_name"), rs.getString("column_name"), rs.getInt("ordinal_position"),
                    rs.getInt("position_in_unique_constraint")))
                    .forEach(column -> columns.computeIfAbsent(key(column.schema(), column.constraint()),
                            k -> new ArrayList<>()).add(column));
        }

        List<ForeignKeyRow> rows = new ArrayList<>();
        for (Constraint constraint : constraints) {
            TableOf table = tables.get(key(constraint.schema(), constraint.name()));
            List<KeyColumn> referenced = columns.getOrDefault(key(constraint.uniqueSchema(), constraint.uniqueName()),
                    List.of());
            if (table == null) {
                continue;
            }
            columns.getOrDefault(key(constraint.schema(), constraint.name()), List.of()).stream()
                    .sorted(Comparator.comparingInt(KeyColumn::position))
                    .forEach(column -> referenced.stream()
                            .filter(target -> target.position() == column.positionInUnique())
                            .findFirst()
                            .ifPresent(target -> rows.add(new ForeignKeyRow(table.schema(), table.table(),
                                    constraint.name(), column.position(), column.column(), target.tableSchema(),
                                    target.table(), target.column(), constraint.deleteRule(), constraint.updateRule(),
                                    table.deferrable(), table.enforced(), true))));
        }
        rows.sort(Comparator.comparing(ForeignKeyRow::table).thenComparing(ForeignKeyRow::name)
                .thenComparingInt(ForeignKeyRow::position));
        return rows;
    }

    /** A constraint or index by schema and name, without a key string built per row. */
    private record Key(String schema, String name) {
    }

    private static Key key(String schema, String name) {
        return new Key(schema, name);
    }
}
