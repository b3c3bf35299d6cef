package dev.fkguard.catalog;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Reads the live database's tables, columns, indexes and foreign keys into a {@link SchemaModel}.
 *
 * <p>On MySQL, MariaDB, PostgreSQL and H2 it runs one bulk catalog query per concern and schema (the SQL lives in
 * {@code dev/fkguard/catalog/<dialect>/*.sql}), so the number of round trips does not grow with the number of
 * tables. Other engines are read through JDBC {@link DatabaseMetaData}.
 *
 * <p>What the model holds, per engine:
 * <ul>
 *   <li>Names exactly as the catalog spells them (no case folding).</li>
 *   <li>Column types as the engine's own base type name in upper case ({@code INT}, {@code BIGINT},
 *       {@code VARCHAR} on MySQL/MariaDB; {@code INTEGER}, {@code CHARACTER VARYING} on PostgreSQL and H2), a length
 *       for sized character/binary types, precision and scale for DECIMAL/NUMERIC only, UNSIGNED and
 *       charset/collation on MySQL/MariaDB, collation on PostgreSQL where a column overrides the default.</li>
 *   <li>Foreign keys with columns in key order. On MySQL and MariaDB, NO ACTION is reported as RESTRICT: both
 *       engines check it immediately, exactly like RESTRICT, and MariaDB cannot even tell an omitted clause from
 *       RESTRICT, so the MySQL family has a single "refuse" semantics. A key on a table whose storage engine does not
 *       enforce foreign keys (MyISAM, Aria, MEMORY ...) is {@code enforced = false}; PostgreSQL 18 NOT ENFORCED and
 *       NOT VALID keys are reported as such.</li>
 *   <li>Indexes including the primary key's (also in {@link Table#primaryKey()}); PostgreSQL partial unique indexes
 *       are reported as not unique.</li>
 * </ul>
 *
 * <p>The reader only reads: it runs read-only SELECTs and metadata calls, changes no session setting and leaves the
 * connection's transaction and auto-commit state as they were (on a connection with auto-commit off, the caller ends
 * the transaction its SELECTs opened). A user who cannot see some tables gets a model without them; any failure of
 * the catalog itself is a {@link CatalogAccessException}.
 */
public final class CatalogReader {

    private final int queryTimeoutSeconds;

    /** A reader whose catalog queries run without a time limit. */
    public CatalogReader() {
        this(Duration.ZERO);
    }

    /** A reader whose catalog queries are each cancelled after {@code queryTimeout} (zero: no limit). */
    public CatalogReader(Duration queryTimeout) {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative()) {
            throw new IllegalArgumentException("queryTimeout must not be negative: " + queryTimeout);
        }
        long seconds = queryTimeout.isZero() ? 0 : Math.max(1, (queryTimeout.toMillis() + 999) / 1000);
        this.queryTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, seconds);
    }

    /**
     * Reads the given schemas (MySQL/MariaDB: databases), or the connection's current one when {@code schemas} is
     * empty. The connection stays open and in the state it was in.
     *
     * @throws CatalogAccessException when the catalog cannot be read, with a message that says why and what to do
     */
    public SchemaModel read(Connection connection, List<String> schemas) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(schemas, "schemas");
        Connected connected = inspect(connection);
        return read(connection, schemas, connected, connected.kind() == DatabaseKind.OTHER);
    }

    /** Reads through JDBC metadata whatever the engine, so tests can compare the fallback with the catalog queries. */
    SchemaModel readWithMetadata(Connection connection, List<String> schemas) {
        return read(connection, schemas, inspect(connection), true);
    }

    private SchemaModel read(Connection connection, List<String> schemas, Connected connected, boolean viaMetadata) {
        List<String> targets = schemas.isEmpty()
                ? List.of(currentSchema(connection, connected))
                : List.copyOf(new LinkedHashSet<>(schemas));
        SchemaAssembler assembler = new SchemaAssembler(connected.kind());
        List<Table> tables = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (String schema : targets) {
            Objects.requireNonNull(schema, "schema names must not be null");
            CatalogRows rows = viaMetadata
                    ? new MetadataCatalogSource(connection, connected).read(schema)
                    : new SqlCatalogSource(connection, connected, queryTimeoutSeconds).read(schema);
            tables.addAll(assembler.tables(rows));
            foreignKeys.addAll(assembler.foreignKeys(rows));
        }
        boolean foreignKeyChecks = new ServerSettings(connection, connected, queryTimeoutSeconds).foreignKeyChecks();
        return new SchemaModel(new DatabaseInfo(connected.kind(), connected.productVersion(), targets,
                foreignKeyChecks), tables, foreignKeys);
    }

    private static Connected inspect(Connection connection) {
        try {
            return Connected.inspect(connection.getMetaData());
        } catch (SQLException e) {
            throw CatalogFailures.inspecting("identify the database engine", e);
        }
    }

    private String currentSchema(Connection connection, Connected connected) {
        String sql = switch (connected.kind()) {
            case MYSQL, MARIADB -> "SELECT DATABASE()";
            case POSTGRESQL -> "SELECT current_schema()";
            case H2 -> "SELECT SCHEMA()";
            case OTHER -> null;
        };
        String schema;
        try {
            schema = sql == null ? jdbcCurrentSchema(connection) : single(connection, sql);
        } catch (SQLException e) {
            throw CatalogFailures.inspecting("find the current schema on " + connected.engineDescription(), e);
        }
        if (schema == null || schema.isBlank()) {
            throw new CatalogAccessException("no schema to read on " + connected.engineDescription()
                    + ": the connection has no current schema/database.", "name the database in the JDBC URL"
                    + " (MySQL/MariaDB: jdbc:mysql://host/dbname), set the search_path (PostgreSQL), or name the"
                    + " schemas to read with " + FkGuardSettings.SCHEMAS + ".");
        }
        return schema;
    }

    private static String jdbcCurrentSchema(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        return schema != null ? schema : connection.getCatalog();
    }

    private String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            if (queryTimeoutSeconds > 0) {
                statement.setQueryTimeout(queryTimeoutSeconds);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
