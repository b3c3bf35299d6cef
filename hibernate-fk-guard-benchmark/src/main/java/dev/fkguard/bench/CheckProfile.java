package dev.fkguard.bench;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.report.ForeignKeyGraph;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.boot.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the check's time goes, for the "say why with the profile": each catalog query of the engine on its
 * own (wall time: the server's work plus the transfer), and the CPU the check's steps take on the calling thread.
 * CPU time, unlike wall time, is not inflated by other work on a shared machine.
 */
final class CheckProfile {

    private static final String[] QUERY_FILES = {"tables", "columns", "indexes", "index-types", "foreign-keys",
            "table-constraints", "key-columns"};

    private final int repetitions;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    CheckProfile(int repetitions) {
        this.repetitions = repetitions;
    }

    /** Lines for stdout and docs, one per aspect. */
    List<String> lines(TestDatabase database, Metadata metadata, Connection connection) throws SQLException {
        String where = database.engine().displayName();
        List<String> lines = new ArrayList<>();
        lines.add("profile, " + where + ": catalog queries (median wall ms, rows): " + queries(database, connection));
        MappingModel mapping = new MappingReader().read(metadata);
        SchemaModel schema = new CatalogReader().read(connection, List.of());
        FkGuard guard = new FkGuard(FkGuardSettings.defaults());
        Map<String, Double> steps = new LinkedHashMap<>();
        steps.put("mapping read", cpu(() -> new MappingReader().read(metadata)));
        steps.put("catalog read (client side)", cpu(() -> new CatalogReader().read(connection, List.of())));
        steps.put("rules + report", cpu(() -> guard.check(mapping, schema)));
        steps.put("of which key matching", cpu(() -> new RuleContext(mapping, schema)));
        steps.put("of which report graph", cpu(() -> ForeignKeyGraph.of(mapping, schema)));
        lines.add("profile, " + where + ": CPU ms on the checking thread: " + joined(steps));
        RuleContext context = new RuleContext(mapping, schema);
        Map<String, Double> rules = new LinkedHashMap<>();
        for (Rule rule : BuiltInRules.all()) {
            rules.put(rule.id().value(), cpu(() -> rule.check(context)));
        }
        Map<String, Double> top = new LinkedHashMap<>();
        rules.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        lines.add(String.format(Locale.ROOT, "profile, %s: CPU ms of the %d rules %.1f, the most: %s", where,
                rules.size(), rules.values().stream().mapToDouble(Double::doubleValue).sum(), joined(top)));
        return lines;
    }

    private String queries(TestDatabase database, Connection connection) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String file : QUERY_FILES) {
            Optional<String> sql = sql(database.engine(), file);
            if (sql.isEmpty()) {
                continue;
            }
            List<Double> times = new ArrayList<>();
            int rows = 0;
            for (int i = 0; i < repetitions + 1; i++) {
                long started = System.nanoTime();
                rows = run(connection, sql.get(), catalogSchema(database, connection));
                if (i > 0) {
                    times.add((System.nanoTime() - started) / 1e6);
                }
            }
            parts.add(String.format(Locale.ROOT, "%s %.1f (%,d)", file, Stats.of(times).median(), rows));
        }
        return String.join(", ", parts);
    }

    /** The schema name as the catalog spells it, which is what the guard's queries bind. */
    private static String catalogSchema(TestDatabase database, Connection connection) throws SQLException {
        String sql = switch (database.engine()) {
            case MYSQL, MARIADB -> "SELECT DATABASE()";
            case POSTGRESQL -> "SELECT current_schema()";
            case H2 -> "SELECT SCHEMA()";
        };
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int run(Connection connection, String sql, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (statement.getParameterMetaData().getParameterCount() > 0) {
                statement.setString(1, schema);
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** The library's own query file for the engine (MariaDB's own first, then MySQL's), if it has one. */
    private static Optional<String> sql(Engine engine, String file) {
        List<String> folders = switch (engine) {
            case MYSQL -> List.of("mysql");
            case MARIADB -> List.of("mariadb", "mysql");
            case POSTGRESQL -> List.of("postgresql");
            case H2 -> List.of("h2");
        };
        for (String folder : folders) {
            try (InputStream in = CatalogReader.class.getResourceAsStream(
                    "/dev/fkguard/catalog/" + folder + "/" + file + ".sql")) {
                if (in != null) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** Median CPU milliseconds of the calling thread over the repetitions, after one warm-up. */
    private double cpu(Supplier<?> work) {
        work.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long started = threads.getCurrentThreadCpuTime();
            if (work.get() == null) {
                throw new IllegalStateException("no result");
            }
            times.add((threads.getCurrentThreadCpuTime() - started) / 1e6);
        }
        return Stats.of(times).median();
    }

    private static String joined(Map<String, Double> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((name, ms) -> parts.add(String.format(Locale.ROOT, "%s %.1f", name, ms)));
        return String.join(", ", parts);
    }
}
