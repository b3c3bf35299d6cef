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

    private record KeyColumn(String schema, String constraint, String tableSchema, String table, String column,
                             int position, int positionInUnique) {
    }

    private final SqlCatalogSource source;

    H2ForeignKeys(SqlCatalogSource source) {
        this.source = source;
    }

    /** @param constraints the schemas' TABLE_CONSTRAINTS, read once for this and {@link H2Indexes} */
    List<ForeignKeyRow> read(List<String> schema, H2TableConstraints constraints) {
        List<Constraint> keys = source.query(CatalogConcern.FOREIGN_KEYS, schema, rs -> new Constraint(
                rs.getString("constraint_schema"), rs.getString("constraint_name"),
                rs.getString("unique_constraint_schema"), rs.getString("unique_constraint_name"),
                rs.getString("delete_rule"), rs.getString("update_rule")));

        // The key columns of the schemas read, then in one more query those of the other schemas whose unique keys
        // are referenced.
        Set<String> others = new LinkedHashSet<>();
        keys.forEach(c -> others.add(c.uniqueSchema()));
        others.removeAll(schema);
        Map<H2TableConstraints.Key, List<KeyColumn>> columns = new HashMap<>();
        for (List<String> keySchema : others.isEmpty() ? List.of(schema) : List.of(schema, List.copyOf(others))) {
            source.query(CatalogConcern.KEY_COLUMNS, keySchema, rs -> new KeyColumn(
                    rs.getString("constraint_schema"), rs.getString("constraint_name"), rs.getString("table_schema"),
                    rs.getString("table_name"), rs.getString("column_name"), rs.getInt("ordinal_position"),
                    rs.getInt("position_in_unique_constraint")))
                    .forEach(column -> columns.computeIfAbsent(key(column.schema(), column.constraint()),
                            k -> new ArrayList<>()).add(column));
        }

        List<ForeignKeyRow> rows = new ArrayList<>();
        for (Constraint constraint : keys) {
            H2TableConstraints.TableOf table = constraints.foreignKeyTable(constraint.schema(), constraint.name());
            List<KeyColumn> referenced = columns.getOrDefault(key(constraint.uniqueSchema(), constraint.uniqueName()),
                    List.of());
            if (table == null) {
                continue;
            }
            List<KeyColumn> own = columns.getOrDefault(key(constraint.schema(), constraint.name()), List.of());
            if (own.size() > 1) {
                // The map's own list, which no other constraint reads as its own: sorted in place.
                own.sort(Comparator.comparingInt(KeyColumn::position));
            }
            for (KeyColumn column : own) {
                for (KeyColumn target : referenced) {
                    if (target.position() == column.positionInUnique()) {
                        rows.add(new ForeignKeyRow(table.schema(), table.table(), constraint.name(),
                                column.position(), column.column(), target.tableSchema(), target.table(),
                                target.column(), constraint.deleteRule(), constraint.updateRule(), table.deferrable(),
                                table.enforced(), true));
                        break;
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(ForeignKeyRow::table).thenComparing(ForeignKeyRow::name)
                .thenComparingInt(ForeignKeyRow::position));
        return rows;
    }

    private static H2TableConstraints.Key key(String schema, String name) {
        return new H2TableConstraints.Key(schema, name);
    }
}
