package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.ForeignKeyRow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL's and MariaDB's foreign keys from two single-view queries joined here: both evaluate a join of their
 * information_schema views slower than the views alone (MariaDB 225 ms against 34 ms for 2,000 keys, MySQL 54
 * against 31 ms). Two round trips, whatever the number of tables and schemas.
 */
final class MySqlFamilyForeignKeys {

    private record Constraint(String schema, String name, String table, String deleteRule, String updateRule) {
    }

    private record KeyColumn(String schema, String constraint, String tableSchema, String table, int position,
                             String column, String targetSchema, String targetTable, String targetColumn) {
    }

    private final SqlCatalogSource source;

    MySqlFamilyForeignKeys(SqlCatalogSource source) {
        this.source = source;
    }

    List<ForeignKeyRow> read(List<String> schema) {
        Map<String, Constraint> constraints = new HashMap<>();
        source.query(CatalogConcern.FOREIGN_KEYS, schema, rs -> new Constraint(rs.getString("constraint_schema"),
                        rs.getString("constraint_name"), rs.getString("table_name"), rs.getString("delete_rule"),
                        rs.getString("update_rule")))
                .forEach(c -> constraints.put(key(c.schema(), c.name(), c.table()), c));
        return source.query(CatalogConcern.KEY_COLUMNS, schema, rs -> new KeyColumn(
                        rs.getString("constraint_schema"), rs.getString("constraint_name"),
                        rs.getString("table_schema"), rs.getString("table_name"), rs.getInt("ordinal_position"),
                        rs.getString("column_name"), rs.getString("target_schema"), rs.getString("target_table"),
                        rs.getString("target_column")))
                .stream()
                .flatMap(column -> Optional.ofNullable(constraints.get(
                                key(column.schema(), column.constraint(), column.table())))
                        .map(constraint -> new ForeignKeyRow(column.tableSchema(), column.table(), constraint.name(),
                                column.position(), column.column(), column.targetSchema(), column.targetTable(),
                                column.targetColumn(), constraint.deleteRule(), constraint.updateRule(), false, true,
                                true))
                        .stream())
                .sorted(Comparator.comparing(ForeignKeyRow::table).thenComparing(ForeignKeyRow::name)
                        .thenComparingInt(ForeignKeyRow::position))
                .toList();
    }

    /** Constraint names are unique per schema on MySQL but only per table on MariaDB. */
    private static String key(String schema, String name, String table) {
        return schema + "\u0000" + table + "\u0000" + name;
    }
}
