package dev.fkguard.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalog as flat rows, one list per concern, before they are grouped into the model. Both the SQL sources and
 * the JDBC metadata fallback produce this shape, so grouping and normalization live in one place.
 */
record CatalogRows(List<TableRow> tables, List<ColumnRow> columns, List<ForeignKeyRow> foreignKeys,
                   List<IndexRow> indexes) {

    CatalogRows {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    record TableRow(String schema, String name, Optional<String> engine) {
    }

    /** {@code characterLength} is a long because MySQL reports 4294967295 for LONGTEXT. */
    record ColumnRow(String schema, String table, String name, int position, String dataType,
                     Optional<Long> characterLength, Optional<Integer> precision, Optional<Integer> scale,
                     boolean unsigned, Optional<String> charset, Optional<String> collation, boolean nullable) {
    }

    record ForeignKeyRow(String schema, String table, String name, int position, String column,
                         String targetSchema, String targetTable, String targetColumn,
                         String deleteRule, String updateRule, boolean deferrable, boolean enforced,
                         boolean validated) {
    }

    record IndexRow(String schema, String table, String name, int position, String column, boolean unique,
                    boolean primary) {
    }
}
