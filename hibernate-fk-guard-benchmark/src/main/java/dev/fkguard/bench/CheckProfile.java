package dev.fkguard.bench;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.NameNormalizer;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.report.ForeignKeyGraph;
import dev.fkguard.rule.ForeignKeyMatcher;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.boot.Metadata;

import com.sun.management.ThreadMXBean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.Callable;

/**
 * Where the check's time goes, for the "say why with the profile": each catalog query of the engine on its
 * own (wall time: the server's work plus the transfer), and the CPU the check's steps take on the calling thread.
 * CPU time, unlike wall time, is not inflated by other work on a shared machine.
 */
final class CheckProfile {

    private static final String[] QUERY_FILES = {"tables", "columns", "indexes", "foreign-keys",
            "table-constraints", "key-columns"};

    private final int repetitions;
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    CheckProfile(int repetitions) {
        this.repetitions = repetitions;
    }

    /** Lines for stdout and docs, one per aspect. */
    List<String> lines(TestDatabase database, Metadata metadata, Connection connection) throws SQLException {
        String where = database.engine().displayName() + " N=" + metadata.getEntityBindings().size();
        List<String> lines = new ArrayList<>();
        lines.add("profile, " + where + ": catalog queries (median wall ms, rows): " + queries(database, connection));
        MappingModel mapping = new MappingReader().read(metadata);
        SchemaModel schema = new CatalogReader().read(connection, List.of());
        NameNormalizer names = new NameNormalizer(schema.database().names());
        SchemaModel normalizedSchema = names.normalize(schema);
        MappingModel normalizedMapping = names.normalize(mapping);
        FkGuard guard = new FkGuard(FkGuardSettings.defaults());
        // Every read of the catalog below starts on results H2 cannot hand out again, as a startup check's does.
        Runnable fresh = () -> FreshCatalog.prepare(database, connection);
        lines.add("profile, " + where + ": one check as the startup check runs it (mapping read, catalog read, rules,"
                + " report), CPU ms / MB allocated on the checking thread: "
                + cost(() -> guard.check(new MappingReader().read(metadata), connection), fresh));
        Map<String, Cost> steps = new LinkedHashMap<>();
        steps.put("mapping read", cost(() -> new MappingReader().read(metadata)));
        steps.put("catalog read (client side)", cost(() -> new CatalogReader().read(connection, List.of()),
                fresh));
        steps.put("rules + report", cost(() -> guard.check(mapping, schema)));
        steps.put("of which normalization", cost(() -> List.of(names.normalize(schema), names.normalize(mapping))));
        steps.put("of which key matching", cost(() -> new ForeignKeyMatcher().match(normalizedMapping,
                normalizedSchema)));
        steps.put("of which report graph", cost(() -> ForeignKeyGraph.of(normalizedMapping, normalizedSchema)));
        lines.add("profile, " + where + ": CPU ms / MB allocated per step: " + joined(steps));
        RuleContext context = new RuleContext(normalizedMapping, normalizedSchema);
        Map<String, Cost> rules = new LinkedHashMap<>();
        for (Rule rule : BuiltInRules.all()) {
            rules.put(rule.id().value(), cost(() -> rule.check(context)));
        }
        Map<String, Cost> top = new LinkedHashMap<>();
        rules.entrySet().stream().sorted(Map.Entry.<String, Cost>comparingByValue(
                        java.util.Comparator.comparingDouble(Cost::cpuMillis)).reversed()).limit(4)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        lines.add(String.format(Locale.ROOT, "profile, %s: CPU ms / MB of the %d rules %.1f / %.1f, the most: %s",
                where, rules.size(), rules.values().stream().mapToDouble(Cost::cpuMillis).sum(),
                rules.values().stream().mapToDouble(Cost::megabytes).sum(), joined(top)));
        return lines;
    }

    /** Median CPU time and allocation of one piece of work on the calling thread. */
    record Cost(double cpuMillis, double megabytes) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f / %.1f", cpuMillis, megabytes);
        }
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
                FreshCatalog.prepare(database, connection);
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
        // The library's queries name the schemas read as IN (:schemas); the profile reads the one schema.
        try (PreparedStatement statement = connection.prepareStatement(sql.replace(":schemas", "?"))) {
            for (int p = 1; p <= statement.getParameterMetaData().getParameterCount(); p++) {
                statement.setString(p, schema);
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

    /** Median CPU milliseconds and allocated megabytes of the calling thread over the repetitions, after one warm-up. */
    Cost cost(Callable<?> work) {
        return cost(work, () -> { });
    }

    /** As {@link #cost(Callable)}, running {@code before} (not measured) before each call. */
    Cost cost(Callable<?> work, Runnable before) {
        try {
            before.run();
            work.call();
            List<Double> times = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                before.run();
                long allocated = threads.getCurrentThreadAllocatedBytes();
                long started = threads.getCurrentThreadCpuTime();
                if (work.call() == null) {
                    throw new IllegalStateException("no result");
                }
                times.add((threads.getCurrentThreadCpuTime() - started) / 1e6);
                bytes.add((threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6);
            }
            return new Cost(Stats.of(times).median(), Stats.of(bytes).median());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String joined(Map<String, Cost> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((name, cost) -> parts.add(name + " " + cost));
        return String.join(", ", parts);
    }
}
