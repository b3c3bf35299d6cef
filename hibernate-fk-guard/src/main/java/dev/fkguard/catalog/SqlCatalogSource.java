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
import java.util.List;
import java.util.Optional;

/**
 * Reads one schema with the dialect's bulk queries: exactly one round trip per concern, however many tables.
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

    CatalogRows read(String schema) {
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
                connected.kind() == DatabaseKind.H2 ? new H2ForeignKeys(this).read(schema)
                        : connected.kind().isMySqlFamily() ? new MySqlFamilyForeignKeys(this).read(schema)
                        : query(CatalogConcern.FOREIGN_KEYS, schema, rs -> new ForeignKeyRow(
                        rs.getString("table_schema"), rs.getString("table_name"), rs.getString("constraint_name"),
                        rs.getInt("ordinal_position"), rs.getString("column_name"),
                        rs.getString("target_schema"), rs.getString("target_table"), rs.getString("target_column"),
                        rs.getString("delete_rule"), rs.getString("update_rule"), rs.getBoolean("is_deferrable"),
                        rs.getBoolean("is_enforced"), rs.getBoolean("is_validated"))),
                connected.kind() == DatabaseKind.H2 ? new H2Indexes(this).read(schema)
                        : query(CatalogConcern.INDEXES, schema, rs -> new IndexRow(
                        rs.getString("table_schema"), rs.getString("table_name"), rs.getString("index_name"),
                        rs.getInt("ordinal_position"), rs.getString("column_name"), rs.getBoolean("is_unique"),
                        rs.getBoolean("is_primary"))));
    }

    /** The views of {@code schema}, as (schema, name) rows. */
    List<TableRow> views(String schema) {
        return query(CatalogConcern.VIEWS, schema, rs -> new TableRow(rs.getString("table_schema"),
                rs.getString("table_name"), Optional.empty()));
    }

    <T> List<T> query(CatalogConcern concern, String schema, RowMapper<T> mapper) {
        String sql = CatalogSql.query(connected.kind(), connected.majorVersion(), concern);
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            if (queryTimeoutSeconds > 0) {
                statement.setQueryTimeout(queryTimeoutSeconds);
            }
            statement.setString(1, schema);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw CatalogFailures.reading(connected, concern.description(), schema, e);
        }
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
