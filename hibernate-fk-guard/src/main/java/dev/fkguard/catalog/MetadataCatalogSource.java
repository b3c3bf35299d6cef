package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.ColumnRow;
import dev.fkguard.catalog.CatalogRows.ForeignKeyRow;
import dev.fkguard.catalog.CatalogRows.IndexRow;
import dev.fkguard.catalog.CatalogRows.TableRow;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one schema through {@link DatabaseMetaData}, for engines this library has no queries for. Tables and columns
 * are one bulk call each. Foreign keys are first asked for in bulk ({@code getImportedKeys(catalog, schema, null)},
 * which several drivers allow although JDBC asks for a table); when that fails or returns nothing, and for indexes
 * and primary keys (which JDBC only offers per table), there is one call per table.
 *
 * <p>Each schema read costs its own calls (JDBC metadata filters by one schema pattern); views are listed by the
 * driver's view table types.
 *
 * <p>JDBC reports neither enforcement nor validation state, so both read as true. Where a driver has catalogs but no
 * schemas (MySQL-style), the schema name is used as the catalog.
 */
final class MetadataCatalogSource {

    private interface MetadataCall {
        ResultSet call() throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Connected connected;

    MetadataCatalogSource(Connection connection, Connected connected) {
        this.connection = connection;
        this.connected = connected;
    }

    CatalogRows read(String schema) {
        DatabaseMetaData meta = metaData(schema);
        Scope scope = scope(meta, schema);
        List<TableRow> tables = collect(CatalogConcern.TABLES, schema,
                () -> meta.getTables(scope.catalog(), scope.schemaPattern(meta), "%", new String[] {"TABLE"}),
                rs -> new TableRow(scope.nameOf(rs, "TABLE_CAT", "TABLE_SCHEM"), rs.getString("TABLE_NAME"),
                        Optional.empty()));
        List<ColumnRow> columns = collect(CatalogConcern.COLUMNS, schema,
                () -> meta.getColumns(scope.catalog(), scope.schemaPattern(meta), "%", "%"),
                rs -> column(scope, rs));
        List<ForeignKeyRow> foreignKeys = bulkForeignKeys(meta, scope, schema);
        if (foreignKeys.isEmpty()) {
            foreignKeys = new ArrayList<>();
            for (TableRow table : tables) {
                foreignKeys.addAll(collect(CatalogConcern.FOREIGN_KEYS, schema,
                        () -> meta.getImportedKeys(scope.catalog(), scope.schema(), table.name()),
                        rs -> foreignKey(scope, rs)));
            }
        }
        List<IndexRow> indexes = new ArrayList<>();
        for (TableRow table : tables) {
            List<String> primaryKeyName = new ArrayList<>();
            List<IndexRow> primaryKey = collect(CatalogConcern.INDEXES, schema,
                    () -> meta.getPrimaryKeys(scope.catalog(), scope.schema(), table.name()),
                    rs -> {
                        String name = Optional.ofNullable(rs.getString("PK_NAME")).orElse("PRIMARY");
                        primaryKeyName.add(name);
                        return new IndexRow(table.schema(), table.name(), name, rs.getShort("KEY_SEQ"),
                                rs.getString("COLUMN_NAME"), true, true);
                    });
            indexes.addAll(primaryKey);
            indexes.addAll(collect(CatalogConcern.INDEXES, schema,
                    () -> meta.getIndexInfo(scope.catalog(), scope.schema(), table.name(), false, true),
                    rs -> index(table, rs)).stream()
                    .filter(i -> i.name() != null && i.column() != null && !primaryKeyName.contains(i.name()))
                    .toList());
        }
        return new CatalogRows(tables, columns, foreignKeys, indexes);
    }

    /**
     * The schema's views, of every view type the driver lists ({@code VIEW}, PostgreSQL's {@code MATERIALIZED VIEW})
     * but its own ({@code SYSTEM VIEW}): an entity mapped to one is not a missing table, as with the catalog queries.
     */
    List<TableRow> views(String schema) {
        DatabaseMetaData meta = metaData(schema);
        Scope scope = scope(meta, schema);
        List<String> types = collect(CatalogConcern.VIEWS, schema, meta::getTableTypes,
                rs -> rs.getString("TABLE_TYPE")).stream()
                .filter(type -> type != null && type.toUpperCase(Locale.ROOT).contains("VIEW")
                        && !type.toUpperCase(Locale.ROOT).startsWith("SYSTEM"))
                .toList();
        if (types.isEmpty()) {
            return List.of();
        }
        return collect(CatalogConcern.VIEWS, schema,
                () -> meta.getTables(scope.catalog(), scope.schemaPattern(meta), "%", types.toArray(String[]::new)),
                rs -> new TableRow(scope.nameOf(rs, "TABLE_CAT", "TABLE_SCHEM"), rs.getString("TABLE_NAME"),
                        Optional.empty()));
    }

    private List<ForeignKeyRow> bulkForeignKeys(DatabaseMetaData meta, Scope scope, String schema) {
        try (ResultSet rs = meta.getImportedKeys(scope.catalog(), scope.schema(), null)) {
            List<ForeignKeyRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(foreignKey(scope, rs));
            }
            return rows;
        } catch (SQLException | RuntimeException driverWantsATable) {
            // JDBC allows a driver to insist on a table name; the per-table calls below cover it.
            return List.of();
        }
    }

    private static ColumnRow column(Scope scope, ResultSet rs) throws SQLException {
        String typeName = rs.getString("TYPE_NAME");
        long size = rs.getLong("COLUMN_SIZE");
        Optional<Long> length = rs.wasNull() ? Optional.empty() : Optional.of(size);
        int digits = rs.getInt("DECIMAL_DIGITS");
        Optional<Integer> scale = rs.wasNull() ? Optional.empty() : Optional.of(digits);
        return new ColumnRow(scope.nameOf(rs, "TABLE_CAT", "TABLE_SCHEM"), rs.getString("TABLE_NAME"),
                rs.getString("COLUMN_NAME"), rs.getInt("ORDINAL_POSITION"), typeName == null ? "UNKNOWN" : typeName,
                length, length.map(Long::intValue), scale, false, Optional.empty(), Optional.empty(),
                "YES".equalsIgnoreCase(rs.getString("IS_NULLABLE")));
    }

    private static ForeignKeyRow foreignKey(Scope scope, ResultSet rs) throws SQLException {
        int deferrability = rs.getShort("DEFERRABILITY");
        return new ForeignKeyRow(scope.nameOf(rs, "FKTABLE_CAT", "FKTABLE_SCHEM"), rs.getString("FKTABLE_NAME"),
                Optional.ofNullable(rs.getString("FK_NAME")).orElse(""), rs.getShort("KEY_SEQ"),
                rs.getString("FKCOLUMN_NAME"), scope.nameOf(rs, "PKTABLE_CAT", "PKTABLE_SCHEM"),
                rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"), rule(rs.getShort("DELETE_RULE")),
                rule(rs.getShort("UPDATE_RULE")),
                deferrability == DatabaseMetaData.importedKeyInitiallyDeferred
                        || deferrability == DatabaseMetaData.importedKeyInitiallyImmediate,
                true, true);
    }

    private static IndexRow index(TableRow table, ResultSet rs) throws SQLException {
        return new IndexRow(table.schema(), table.name(), rs.getString("INDEX_NAME"), rs.getShort("ORDINAL_POSITION"),
                rs.getString("COLUMN_NAME"), !rs.getBoolean("NON_UNIQUE"), false);
    }

    private static String rule(int jdbcRule) {
        return switch (jdbcRule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    private DatabaseMetaData metaData(String schema) {
        try {
            return connection.getMetaData();
        } catch (SQLException e) {
            throw CatalogFailures.reading(connected, "JDBC metadata", schema, e);
        }
    }

    private Scope scope(DatabaseMetaData meta, String schema) {
        try {
            boolean catalogsOnly = !meta.supportsSchemasInTableDefinitions()
                    && meta.supportsCatalogsInTableDefinitions();
            return catalogsOnly ? new Scope(schema, null, true) : new Scope(connection.getCatalog(), schema, false);
        } catch (SQLException e) {
            throw CatalogFailures.reading(connected, "JDBC metadata", schema, e);
        }
    }

    private <T> List<T> collect(CatalogConcern concern, String schema, MetadataCall call, RowMapper<T> mapper) {
        try (ResultSet rs = call.call()) {
            List<T> rows = new ArrayList<>();
            while (rs != null && rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw CatalogFailures.reading(connected, concern.description() + " (JDBC metadata)", schema, e);
        }
    }

    /** Where the schema name goes in JDBC metadata calls: the schema argument, or the catalog on catalog-only drivers. */
    private record Scope(String catalog, String schema, boolean catalogsOnly) {

        String schemaPattern(DatabaseMetaData meta) throws SQLException {
            if (schema == null) {
                return null;
            }
            String escape = meta.getSearchStringEscape();
            if (escape == null || escape.isEmpty()) {
                return schema;
            }
            return schema.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
        }

        String nameOf(ResultSet rs, String catalogColumn, String schemaColumn) throws SQLException {
            String name = rs.getString(catalogsOnly ? catalogColumn : schemaColumn);
            return name == null ? (catalogsOnly ? catalog : schema) : name;
        }
    }
}
