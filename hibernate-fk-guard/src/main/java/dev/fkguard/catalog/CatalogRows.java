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

    /**
     * {@code characterLength} is a long because MySQL reports 4294967295 for LONGTEXT. {@code definition} is read on
     * MySQL and MariaDB only.
     */
    record ColumnRow(String schema, String table, String name, int position, String dataType,
                     Optional<Long> characterLength, Optional<Integer> precision, Optional<Integer> scale,
                     boolean unsigned, Optional<String> charset, Optional<String> collation, boolean nullable,
                     DefinitionRow definition) {

        ColumnRow(String schema, String table, String name, int position, String dataType,
                  Optional<Long> characterLength, Optional<Integer> precision, Optional<Integer> scale,
                  boolean unsigned, Optional<String> charset, Optional<String> collation, boolean nullable) {
            this(schema, table, name, position, dataType, characterLength, precision, scale, unsigned, charset,
                    collation, nullable, DefinitionRow.NONE);
        }
    }

    /**
     * The rest of a MySQL/MariaDB column definition, as information_schema.COLUMNS spells it: {@code columnType} (COLUMN_TYPE), {@code columnDefault}
     * (COLUMN_DEFAULT: MySQL the bare value, MariaDB SQL), {@code extra} (EXTRA: auto_increment, INVISIBLE,
     * DEFAULT_GENERATED, on update …, VIRTUAL/STORED GENERATED; MariaDB also ROW START/END), {@code comment},
     * {@code generationExpression} and {@code check} (a MariaDB column-level CHECK).
     */
    record DefinitionRow(Optional<String> columnType, Optional<String> columnDefault, String extra, String comment,
                         Optional<String> generationExpression, Optional<String> check) {

        static final DefinitionRow NONE = new DefinitionRow(Optional.empty(), Optional.empty(), "", "", Optional.empty(),
                Optional.empty());
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
