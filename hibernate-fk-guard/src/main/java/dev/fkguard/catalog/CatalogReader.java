package dev.fkguard.catalog;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;
import dev.fkguard.model.Column;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Name;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the live database's tables, columns, indexes and foreign keys into a {@link SchemaModel}.
 *
 * <p>On MySQL, MariaDB, PostgreSQL and H2 it runs one bulk catalog query per concern for all the schemas it reads
 * (the SQL lives in {@code dev/fkguard/catalog/<dialect>/*.sql}), so the number of round trips grows neither with
 * the number of tables nor with the number of schemas. Other engines are read through JDBC {@link DatabaseMetaData}.
 *
 * <p>A schema given as a pattern ({@code tenant_*}) stands for every schema it matches ({@link
 * NameRules#matchesPattern}, one more round trip to list them): those are the model's tenants
 * ({@link DatabaseInfo#tenants()}), each checked against the mapping's unqualified tables. On PostgreSQL 14+ one
 * more round trip fingerprints the tenants, and of the tenants alike only the first is read, the others get copies
 * of its rows ({@link TenantCopies}): the server's work then grows with the number of different tenants.
 *
 * <p>What the model holds, per engine:
 * <ul>
 *   <li>Names exactly as the catalog spells them (no case folding), each with the key the engine compares it by
 *       ({@link NameRules}: learned here from the engine, its JDBC metadata and {@code lower_case_table_names}).</li>
 *   <li>Column types as the engine's own base type name in upper case ({@code INT}, {@code BIGINT},
 *       {@code VARCHAR} on MySQL/MariaDB; {@code INTEGER}, {@code CHARACTER VARYING} on PostgreSQL and H2), a length
 *       for sized character/binary types, precision and scale for DECIMAL/NUMERIC only, UNSIGNED and
 *       charset/collation on MySQL/MariaDB, collation on PostgreSQL where a column overrides the default.</li>
 *   <li>Foreign keys with columns in key order, their ON DELETE / ON UPDATE actions in the engine's own word
 *       (MySQL stores an omitted clause as NO ACTION, MariaDB as RESTRICT; on both engines the two mean the same,
 *       {@link dev.fkguard.model.ReferentialAction#sameMeaning}). A key on a table whose storage engine does not
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
    private final SettingSpelling spelling;

    /** A reader whose catalog queries run without a time limit. */
    public CatalogReader() {
        this(Duration.ZERO);
    }

    /** A reader whose catalog queries are each cancelled after {@code queryTimeout} (zero: no limit). */
    public CatalogReader(Duration queryTimeout) {
        this(queryTimeout, SettingSpelling.STARTUP);
    }

    /**
     * As {@link #CatalogReader(Duration)}; its failures name the schemas setting as {@code spelling} writes it (the
     * build's {@code --schemas}, not startup's property).
     */
    public CatalogReader(Duration queryTimeout, SettingSpelling spelling) {
        this.spelling = Objects.requireNonNull(spelling, "spelling");
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
        return read(connection, schemas, List.of());
    }

    /**
     * Reads the given schemas, or the connection's current one when {@code schemas} is empty, and in either case
     * every schema one of {@code mappedTables} names ({@code @Table(schema = …)}, {@code hibernate.default_schema};
     * MySQL: {@code @Table(catalog = …)}), so keys between them are seen from both ends.
     */
    public SchemaModel read(Connection connection, List<String> schemas, Collection<TableRef> mappedTables) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(mappedTables, "mappedTables");
        Connected connected = inspect(connection);
        return read(connection, schemas, mappedTables, connected, connected.kind() == DatabaseKind.OTHER);
    }

    /** Reads through JDBC metadata whatever the engine, so tests can compare the fallback with the catalog queries. */
    SchemaModel readWithMetadata(Connection connection, List<String> schemas) {
        return read(connection, schemas, List.of(), inspect(connection), true);
    }

    private SchemaModel read(Connection connection, List<String> schemas, Collection<TableRef> mappedTables,
                             Connected connected, boolean viaMetadata) {
        List<String> patterns = schemas.stream().filter(NameRules::isPattern).toList();
        Optional<String> connectionSchema = Optional.ofNullable(currentSchema(connection, connected,
                schemas.isEmpty()));
        ServerSettings.Values settings = new ServerSettings(connection, connected, queryTimeoutSeconds).read();
        NameRules engineRules = nameRules(connection, connected, connectionSchema, settings);
        // A named schema is a name like the mapping's: unquoted, it is folded as the engine folds names.
        List<String> named = schemas.stream().filter(s -> !NameRules.isPattern(s)).map(engineRules::schemaEntry)
                .toList();
        // Unqualified names resolve to the current schema; a connection without one (a MySQL URL naming no
        // database) reads the first schema named, as those names are then meant.
        String current = connectionSchema.orElseGet(() -> named.isEmpty() ? null : named.get(0));
        NameRules rules = connectionSchema.isEmpty() && current != null
                ? engineRules.withDefaultSchema(Optional.of(current)) : engineRules;
        Set<String> targets = new LinkedHashSet<>(schemas.isEmpty() ? List.of(current) : named);
        for (TableRef table : mappedTables) {
            table.schemaName().map(rules::normalize).map(Name::stored).ifPresent(targets::add);
        }
        List<String> tenants = patterns.isEmpty() ? List.of()
                : tenants(patterns, schemaNames(connection, connected, viaMetadata), rules, connected, spelling);
        targets.addAll(tenants);
        targets.forEach(schema -> Objects.requireNonNull(schema, "schema names must not be null"));
        SchemaAssembler assembler = new SchemaAssembler(connected.kind(), rules);
        List<Table> tables = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        Set<TableRef> views = new HashSet<>();
        if (viaMetadata) {
            MetadataCatalogSource source = new MetadataCatalogSource(connection, connected);
            for (String schema : targets) {
                CatalogRows rows = source.read(schema);
                source.views(schema).forEach(view -> views.add(assembler.ref(view.schema(), view.name())));
                tables.addAll(assembler.tables(rows));
                foreignKeys.addAll(assembler.foreignKeys(rows));
            }
        } else {
            // All schemas at once: the round trips stay the same for one schema or a thousand tenants.
            List<String> all = List.copyOf(targets);
            SqlCatalogSource source = new SqlCatalogSource(connection, connected, queryTimeoutSeconds);
            CatalogRows rows = source.read(all, tenants);
            source.views(all).forEach(view -> views.add(assembler.ref(view.schema(), view.name())));
            tables.addAll(assembler.tables(rows));
            foreignKeys.addAll(assembler.foreignKeys(rows));
        }
        Set<String> quotedColumns = new HashSet<>();
        // Per distinct name: thousands of columns share a few hundred names (id, version, customer_id ...), and the
        // keyword test upper-cases each name it is asked about.
        Map<String, Boolean> needsQuotes = new HashMap<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                if (needsQuotes.computeIfAbsent(column.name(), rules::needsQuotes)) {
                    quotedColumns.add(rules.columnEntry(table.ref(), column.name()));
                }
            }
        }
        return new SchemaModel(new DatabaseInfo(connected.kind(), connected.productVersion(), List.copyOf(targets),
                settings.foreignKeyChecks(), rules.withQuotedColumns(quotedColumns), tenants), tables, foreignKeys,
                views);
    }

    /**
     * The schemas the patterns match, by the engine's name rules, in the order of their keys. A pattern matching
     * nothing is an error: the mapping would be checked against no schema at all, and a typo would pass for clean.
     */
    private static List<String> tenants(List<String> patterns, List<String> names, NameRules rules,
                                        Connected connected, SettingSpelling spelling) {
        List<String> matched = names.stream()
                .filter(name -> patterns.stream().anyMatch(pattern -> rules.matchesPattern(pattern, name)))
                .distinct()
                .sorted(java.util.Comparator.comparing((String name) -> rules.stored(name).key())
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
        if (matched.isEmpty()) {
            throw new CatalogAccessException("no schema on " + connected.engineDescription() + " matches "
                    + spelling.key(FkGuardSettings.SCHEMAS) + " pattern " + String.join(", ", patterns) + " (as "
                    + connected.user()
                    + ", who sees " + names.size() + " schema" + (names.size() == 1 ? "" : "s") + ").",
                    "check the pattern: it is read like an unquoted name (folded as the engine folds names, "
                            + "compared with case where the engine compares schema names with case; quote it to keep"
                            + " its case), and * stands for any run of characters.");
        }
        return matched;
    }

    /** Every schema (MySQL/MariaDB: database) the user sees: one round trip. */
    private List<String> schemaNames(Connection connection, Connected connected, boolean viaMetadata) {
        if (viaMetadata) {
            try {
                DatabaseMetaData meta = connection.getMetaData();
                List<String> names = new ArrayList<>();
                try (ResultSet rs = meta.getSchemas()) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_SCHEM"));
                    }
                }
                if (names.isEmpty()) {
                    try (ResultSet rs = meta.getCatalogs()) {
                        while (rs.next()) {
                            names.add(rs.getString("TABLE_CAT"));
                        }
                    }
                }
                return names;
            } catch (SQLException e) {
                throw CatalogFailures.inspecting("list the schemas on " + connected.engineDescription(), e);
            }
        }
        return new SqlCatalogSource(connection, connected, queryTimeoutSeconds).schemaNames();
    }

    /**
     * How this connection's engine stores names: H2 folds unquoted names as its JDBC metadata says
     * ({@code DATABASE_TO_UPPER}, the default, or {@code DATABASE_TO_LOWER}); MySQL and MariaDB by
     * {@code lower_case_table_names}; the driver's own keywords are added to the standard's.
     */
    private static NameRules nameRules(Connection connection, Connected connected, Optional<String> current,
                                       ServerSettings.Values settings) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            Set<String> keywords = new LinkedHashSet<>();
            String driverKeywords = meta.getSQLKeywords();
            if (driverKeywords != null) {
                for (String word : driverKeywords.split(",")) {
                    if (!word.isBlank()) {
                        keywords.add(word.strip());
                    }
                }
            }
            NameRules rules = NameRules.of(connected.kind(), current, settings.lowerCaseTableNames(), keywords);
            if (connected.kind() == DatabaseKind.H2 || connected.kind() == DatabaseKind.OTHER) {
                rules = rules.withUnquotedFold(meta.storesUpperCaseIdentifiers() ? NameRules.Fold.UPPER
                        : meta.storesLowerCaseIdentifiers() ? NameRules.Fold.LOWER : NameRules.Fold.NONE);
            }
            return rules;
        } catch (SQLException e) {
            throw CatalogFailures.inspecting("read how " + connected.engineDescription() + " stores names", e);
        }
    }

    private static Connected inspect(Connection connection) {
        try {
            return Connected.inspect(connection.getMetaData());
        } catch (SQLException e) {
            throw CatalogFailures.inspecting("identify the database engine", e);
        }
    }

    /** The connection's current schema; null where none is set and {@code required} is false. */
    private String currentSchema(Connection connection, Connected connected, boolean required) {
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
        if ((schema == null || schema.isBlank()) && !required) {
            return null;
        }
        if (schema == null || schema.isBlank()) {
            throw new CatalogAccessException("no schema to read on " + connected.engineDescription()
                    + ": the connection has no current schema/database.", "name the database in the JDBC URL"
                    + " (MySQL/MariaDB: jdbc:mysql://host/dbname), set the search_path (PostgreSQL), or name the"
                    + " schemas to read with " + spelling.key(FkGuardSettings.SCHEMAS) + ".");
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
