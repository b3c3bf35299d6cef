package dev.fkguard.catalog;

import dev.fkguard.model.DatabaseKind;

import dev.fkguard.catalog.CatalogRows.ColumnRow;
import dev.fkguard.catalog.CatalogRows.DefinitionRow;
import dev.fkguard.catalog.CatalogRows.ForeignKeyRow;
import dev.fkguard.catalog.CatalogRows.IndexRow;
import dev.fkguard.catalog.CatalogRows.TableRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the schemas of one check with the dialect's bulk queries: one round trip per concern, however many tables
 * and schemas. Each query names the schemas once as {@code IN (:schemas)}, expanded here to one parameter per
 * schema, so a thousand tenant schemas cost the same number of round trips as one.
 */
final class SqlCatalogSource {

    /** Maps the current row of a result set. */
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Connected connected;
    private final int queryTimeoutSeconds;

    SqlCatalogSource(Connection connection, Connected connected, int queryTimeoutSeconds) {
        this.connection = connection;
        this.connected = connected;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /** Where a query file lists the schemas it reads. */
    static final String SCHEMAS = ":schemas";

    /**
     * As {@link #read(List)}, but of the {@code tenants} among {@code schemas} only one per fingerprint is read; the
     * others get copies of its rows ({@link TenantCopies}). One more round trip, whatever the number of tenants.
     */
    CatalogRows read(List<String> schemas, List<String> tenants) {
        TenantCopies copies = tenantCopies(tenants);
        return copies.withCopies(read(copies.read(schemas)));
    }

    /** Which tenants are alike by their fingerprints; none where the engine has no fingerprint query. */
    TenantCopies tenantCopies(List<String> tenants) {
        if (tenants.size() < 2
                || CatalogSql.find(connected.kind(), connected.majorVersion(), CatalogConcern.FINGERPRINTS).isEmpty()) {
            return TenantCopies.none();
        }
        Map<String, String> fingerprints = new HashMap<>();
        query(CatalogConcern.FINGERPRINTS, tenants, rs -> Map.entry(rs.getString("table_schema"),
                rs.getString("fingerprint"))).forEach(e -> fingerprints.put(e.getKey(), e.getValue()));
        return TenantCopies.of(tenants, fingerprints);
    }

    CatalogRows read(List<String> schema) {
        // H2's foreign keys and indexes both need its TABLE_CONSTRAINTS view: read once.
        H2TableConstraints h2Constraints = connected.kind() == DatabaseKind.H2
                ? H2TableConstraints.read(this, schema) : null;
        return new CatalogRows(
                query(CatalogConcern.TABLES, schema, rs -> new TableRow(
                        rs.getString("table_schema"), rs.getString("table_name"),
                        Optional.ofNullable(rs.getString("engine_name")))),
                query(CatalogConcern.COLUMNS, schema, rs -> new ColumnRow(
                        rs.getString("table_schema"), rs.getString("table_name"), rs.getString("column_name"),
                        rs.getInt("ordinal_position"), rs.getString("data_type"),
                        optionalLong(rs, "character_length"), optionalInt(rs, "numeric_precision"),
                        optionalInt(rs, "numeric_scale"), rs.getBoolean("is_unsigned"),
                        Optional.ofNullable(rs.getString("charset_name")),
                        Optional.ofNullable(rs.getString("collation_name")), rs.getBoolean("is_nullable"),
                        connected.kind().isMySqlFamily() ? definition(rs) : DefinitionRow.NONE)),
                connected.kind() == DatabaseKind.H2 ? new H2ForeignKeys(this).read(schema, h2Constraints)
                        : connected.kind().isMySqlFamily() ? new MySqlFamilyForeignKeys(this).read(schema)
                        : query(CatalogConcern.FOREIGN_KEYS, schema, rs -> new ForeignKeyRow(
                        rs.getString("table_schema"), rs.getString("table_name"), rs.getString("constraint_name"),
                        rs.getInt("ordinal_position"), rs.getString("column_name"),
                        rs.getString("target_schema"), rs.getString("target_table"), rs.getString("target_column"),
                        rs.getString("delete_rule"), rs.getString("update_rule"), rs.getBoolean("is_deferrable"),
                        rs.getBoolean("is_enforced"), rs.getBoolean("is_validated"))),
                connected.kind() == DatabaseKind.H2 ? new H2Indexes(this).read(schema, h2Constraints)
                        : query(CatalogConcern.INDEXES, schema, rs -> new IndexRow(
                        rs.getString("table_schema"), rs.getString("table_name"), rs.getString("index_name"),
                        rs.getInt("ordinal_position"), rs.getString("column_name"), rs.getBoolean("is_unique"),
                        rs.getBoolean("is_primary"))));
    }

    /** The views of {@code schema}, as (schema, name) rows. */
    List<TableRow> views(List<String> schema) {
        return query(CatalogConcern.VIEWS, schema, rs -> new TableRow(rs.getString("table_schema"),
                rs.getString("table_name"), Optional.empty()));
    }

    /** The names of every schema (MySQL/MariaDB: database) the user sees; the query takes no parameter. */
    List<String> schemaNames() {
        String sql = CatalogSql.query(connected.kind(), connected.majorVersion(), CatalogConcern.SCHEMAS);
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            if (queryTimeoutSeconds > 0) {
                statement.setQueryTimeout(queryTimeoutSeconds);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("schema_name"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw CatalogFailures.inspecting("list the schemas on " + connected.engineDescription(), e);
        }
    }

    <T> List<T> query(CatalogConcern concern, List<String> schemas, RowMapper<T> mapper) {
        if (schemas.isEmpty()) {
            return List.of();
        }
        String sql = expand(CatalogSql.query(connected.kind(), connected.majorVersion(), concern), schemas.size());
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            if (queryTimeoutSeconds > 0) {
                statement.setQueryTimeout(queryTimeoutSeconds);
            }
            for (int i = 0; i < schemas.size(); i++) {
                statement.setString(i + 1, schemas.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw CatalogFailures.reading(connected, concern.description(), described(schemas), e);
        }
    }

    /** {@code IN (:schemas)} as {@code IN (?, ?, ?)}: one parameter per schema, bound in order. */
    static String expand(String sql, int schemas) {
        if (!sql.contains(SCHEMAS)) {
            throw new IllegalStateException("catalog query does not name its schemas as IN (" + SCHEMAS + "): " + sql);
        }
        return sql.replace(SCHEMAS, String.join(", ", java.util.Collections.nCopies(schemas, "?")));
    }

    /** The schemas for a message: all of a few, the first ones of many. */
    private static String described(List<String> schemas) {
        return schemas.size() <= 5 ? String.join(", ", schemas)
                : String.join(", ", schemas.subList(0, 5)) + " and " + (schemas.size() - 5) + " more";
    }

    /** The labels only MySQL's and MariaDB's columns.sql return: what MODIFY COLUMN must repeat. */
    private static DefinitionRow definition(ResultSet rs) throws SQLException {
        return new DefinitionRow(Optional.ofNullable(rs.getString("column_type")).filter(t -> !t.isBlank()),
                Optional.ofNullable(rs.getString("column_default")),
                Optional.ofNullable(rs.getString("extra")).orElse(""),
                Optional.ofNullable(rs.getString("column_comment")).orElse(""),
                Optional.ofNullable(rs.getString("generation_expression")).filter(g -> !g.isBlank()),
                Optional.ofNullable(rs.getString("column_check")).filter(c -> !c.isBlank()));
    }

    private static Optional<Long> optionalLong(ResultSet rs, String label) throws SQLException {
        long value = rs.getLong(label);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Integer> optionalInt(ResultSet rs, String label) throws SQLException {
        int value = rs.getInt(label);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
