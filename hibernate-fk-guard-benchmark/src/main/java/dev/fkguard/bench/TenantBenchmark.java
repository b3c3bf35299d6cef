package dev.fkguard.bench;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.StandaloneServer;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import com.sun.management.ThreadMXBean;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Schema-per-tenant: one 20-entity model on many tenant schemas (PostgreSQL schemas, MySQL databases), the check
 * matching them all with one pattern. Prints, per engine, the check's time beside Hibernate's own boot of the model
 * (which reads no schema), and beside the check of a single tenant, so the ratios show whether the check stays below
 * the boot and linear in the number of tables. Printed ratios, not a timed test. Run with
 * {@code mvn -q -pl hibernate-fk-guard-benchmark -am -Pbench -DskipTests verify -Dfkguard.bench.tenants=1000
 * -Dfkguard.bench.engines=POSTGRESQL,MYSQL}.
 */
final class TenantBenchmark {

    private static final int ENTITIES = 20;
    private static final int REPETITIONS = 5;

    private final int tenants;
    private final List<Engine> engines;
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    TenantBenchmark(int tenants, List<Engine> engines) {
        this.tenants = tenants;
        this.engines = engines;
    }

    void run() throws Exception {
        GeneratedModel model = new GeneratedModel(ENTITIES);
        ClassLoader loader = new EntityCompiler(Files.createTempDirectory("fkguard-bench-tenants")).compile(model);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-11s %8s %8s %10s %10s %12s %10s %14s %13s %13s", "engine", "tenants",
                "tables", "boot ms", "check ms", "check/boot", "1 tenant", "per tenant ×", "check CPU ms",
                "allocated MB"));
        try (Servers servers = new Servers(engines)) {
            servers.awaitAll();
            for (Engine engine : engines) {
                StandaloneServer server = servers.get(engine);
                TestDatabase database = server.freshDatabase();
                String prefix = database.schema() + "_tn";
                try {
                    create(database, model, prefix);
                    HibernateBoot boot = new HibernateBoot(loader, model.classNames(), database);
                    MappingModel mapping;
                    StandardServiceRegistry registry = boot.registry();
                    try {
                        mapping = new MappingReader().read(boot.metadata(registry));
                    } finally {
                        StandardServiceRegistryBuilder.destroy(registry);
                    }
                    List<Double> boots = new ArrayList<>();
                    List<Double> all = new ArrayList<>();
                    List<Double> one = new ArrayList<>();
                    List<Double> cpu = new ArrayList<>();
                    List<Double> allocated = new ArrayList<>();
                    check(database, mapping, prefix + "_*");
                    for (int i = 0; i < REPETITIONS; i++) {
                        boots.add(boot.boot(HibernateBoot.Guard.NONE).millis());
                        long thread = Thread.currentThread().getId();
                        long cpuBefore = threads.getThreadCpuTime(thread);
                        long bytesBefore = threads.getThreadAllocatedBytes(thread);
                        all.add(timed(() -> check(database, mapping, prefix + "_*")));
                        cpu.add((threads.getThreadCpuTime(thread) - cpuBefore) / 1e6);
                        allocated.add((threads.getThreadAllocatedBytes(thread) - bytesBefore) / 1e6);
                        one.add(timed(() -> check(database, mapping, String.format(Locale.ROOT, "%s_%04d*", prefix,
                                1))));
                    }
                    double bootMs = median(boots);
                    double allMs = median(all);
                    double oneMs = median(one);
                    lines.add(String.format(Locale.ROOT,
                            "%-11s %8d %8d %10.0f %10.0f %12.2f %10.1f %14.1f %13.0f %13.1f",
                            engine.displayName(), tenants, tenants * model.tableCount(), bootMs, allMs, allMs / bootMs,
                            oneMs, allMs / oneMs, median(cpu), median(allocated)));
                    log(lines.get(lines.size() - 1));
                } finally {
                    drop(database, prefix);
                    server.release(database);
                }
            }
        }
        System.out.println();
        System.out.println("Schema-per-tenant: " + ENTITIES + " entities (" + model.tableCount()
                + " tables) on each tenant schema; medians of " + REPETITIONS + " runs. boot = Hibernate's boot of the"
                + " model without the guard; check = the guard on every tenant (one pattern); 1 tenant = the same"
                + " check on one; per tenant × = check / 1 tenant (linear: close to the tenant count or below); check"
                + " CPU and allocated = the checking thread's, over the check on every tenant (the servers' own work"
                + " is not in it).");
        lines.forEach(System.out::println);
    }

    private void create(TestDatabase database, GeneratedModel model, String prefix) throws SQLException {
        long started = System.nanoTime();
        boolean mysql = database.engine() == Engine.MYSQL || database.engine() == Engine.MARIADB;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (int i = 1; i <= tenants; i++) {
                String schema = String.format(Locale.ROOT, "%s_%04d", prefix, i);
                statement.execute((mysql ? "CREATE DATABASE " : "CREATE SCHEMA ") + schema);
                statement.execute(mysql ? "USE " + schema : "SET search_path TO " + schema);
                for (String sql : model.ddl(database.engine())) {
                    statement.addBatch(sql);
                }
                statement.executeBatch();
            }
        }
        log(database.engine().displayName() + ": created " + tenants + " tenants × " + model.tableCount()
                + " tables in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void drop(TestDatabase database, String prefix) {
        boolean mysql = database.engine() == Engine.MYSQL || database.engine() == Engine.MARIADB;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (mysql) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            for (int i = 1; i <= tenants; i++) {
                String schema = String.format(Locale.ROOT, "%s_%04d", prefix, i);
                statement.execute(mysql ? "DROP DATABASE IF EXISTS " + schema
                        : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            log("could not drop the tenant schemas: " + e.getMessage());
        }
    }

    private static Report check(TestDatabase database, MappingModel mapping, String pattern) {
        FkGuardSettings settings = FkGuardSettings.fromProperties(Map.of(FkGuardSettings.SCHEMAS, pattern,
                FkGuardSettings.RULES + "missing-foreign-key-index", "off"), BuiltInRules.all());
        try (Connection connection = database.connect()) {
            Report report = new FkGuard(settings).check(mapping, connection);
            if (!report.isClean()) {
                throw new IllegalStateException("the tenant model drifts: " + report.findings().get(0).format());
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void log(String message) {
        double elapsed = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        System.err.println(String.format(Locale.ROOT, "[bench %6.1fs] ", elapsed) + message);
    }
}
