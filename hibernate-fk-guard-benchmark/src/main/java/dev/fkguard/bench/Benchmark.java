package dev.fkguard.bench;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.bench.HibernateBoot.Guard;
import dev.fkguard.report.Report;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.StandaloneServer;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the guard costs at startup, measured side by side in one run (absolute times on shared machines are noise,
 * ratios are not). See docs/performance.md for the method; run with
 * {@code mvn -q -pl hibernate-fk-guard-benchmark -am -Pbench -DskipTests verify [-Dfkguard.bench.quick=true]}.
 */
public final class Benchmark {

    private final boolean quick = Boolean.getBoolean("fkguard.bench.quick");
    private final List<Integer> sizes = sizes(quick);
    private final int warmups = quick ? 1 : 2;
    private final Path output = Path.of(System.getProperty("fkguard.bench.output", "docs/performance.md"));
    private final List<Engine> engines = engines();
    private final Map<Engine, String> versions = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> heapLines = new ArrayList<>();
    private final List<String> profileLines = new ArrayList<>();
    private final List<String> liquibaseLines = new ArrayList<>();
    private final Map<Engine, String> liquibaseMedians = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        // Hibernate logs through JUL here; its INFO lines per boot would bury the table.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
        for (java.util.logging.Handler handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.SEVERE);
        }
        String tenants = System.getProperty("fkguard.bench.tenants", "");
        if (!tenants.isBlank()) {
            // The schema-per-tenant case instead of the size sweep: -Dfkguard.bench.tenants=1000.
            new TenantBenchmark(Integer.parseInt(tenants.strip()), engines()).run();
            return;
        }
        if (Boolean.getBoolean("fkguard.bench.profile")) {
            // Only where one check's CPU time and allocation go, per engine and size: minutes, not the full run.
            new Benchmark().profile();
            return;
        }
        new Benchmark().run();
    }

    /** The profile alone (-Dfkguard.bench.profile=true), at every size of the run, printed, no docs written. */
    private void profile() throws Exception {
        try (Servers servers = new Servers(engines)) {
            Map<Integer, ClassLoader> loaders = compileEntities();
            servers.awaitAll();
            for (Engine engine : engines) {
                StandaloneServer server = servers.get(engine);
                for (int size : sizes) {
                    TestDatabase database = createSchema(server, new GeneratedModel(size));
                    GeneratedModel model = new GeneratedModel(size);
                    HibernateBoot boot = new HibernateBoot(loaders.get(size), model.classNames(), database);
                    StandardServiceRegistry registry = boot.registry();
                    try (Connection connection = database.connect()) {
                        new CheckProfile(size >= 5000 ? 3 : 5).lines(database, boot.metadata(registry), connection)
                                .forEach(System.out::println);
                    } finally {
                        StandardServiceRegistryBuilder.destroy(registry);
                    }
                    if (engine == Engine.H2 && size <= PROFILED_SIZE) {
                        // What a start pays: the read once, cold. Engine-independent (it reads no catalog).
                        System.out.println("profile, " + FirstMappingRead.line(entityRoot, size, FRESH_JVMS));
                    }
                    server.release(database);
                }
            }
        }
    }

    /** The size the targets are set at, profiled to show where the check's time goes. */
    private static final int PROFILED_SIZE = 1000;

    /** Fresh JVMs per size for the first mapping read: a cold JVM's CPU time varies by ±20 % from one to the next. */
    private static final int FRESH_JVMS = 7;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final long MYSQL_BUFFER_POOL_BYTES = 512L * 1024 * 1024;

    /**
     * Quick mode runs the per-table path at this size only: at N=1000 a single run takes seconds on MySQL, more than a
     * one-minute run can spare; the full run measures every size.
     */
    private static final int QUICK_PER_TABLE_MAX_SIZE = 100;

    /**
     * Warm-up rounds before the boots are measured. One boot builds a whole SessionFactory, and on a fresh JVM boots
     * keep getting faster for a dozen rounds (JIT, heap sizing): seen at N = 1000 on H2 falling from 2.9 s to 0.45 s
     * over 15 boots, while two rounds left the measured pairs inside that fall. N = 5000 runs after N = 1000 on the
     * same JVM, so its code is warm already.
     */
    private int bootWarmups(int size) {
        if (quick) {
            return 1;
        }
        return size >= 5000 ? 2 : 6;
    }

    /** Measured boot rounds: one boot's noise on two cores is tens of per cent, so the medians need many pairs. */
    private int bootRounds(int size) {
        if (quick) {
            return 3;
        }
        return size >= 5000 ? 3 : 11;
    }

    private int repetitions(int size) {
        if (quick) {
            return 3;
        }
        return size >= 5000 ? 3 : 7;
    }

    private void run() throws Exception {
        try (Servers servers = new Servers(engines)) {
            Map<Engine, CompletableFuture<Map<Integer, TestDatabase>>> prepared = new LinkedHashMap<>();
            if (quick) {
                // Quick mode also creates every schema before measuring anything, all engines side by side and
                // while the entities compile (the DDL is the servers' work, ten seconds of it on MySQL). Full mode
                // creates each schema just before it is measured, so no larger schema exists while a smaller one
                // is measured.
                for (Engine engine : engines) {
                    prepared.put(engine, servers.onServer(engine, this::createSchemas));
                }
            }
            Map<Integer, ClassLoader> loaders = compileEntities();
            // Nothing is measured while a server starts or a schema is created in the background.
            servers.awaitAll();
            CompletableFuture.allOf(prepared.values().toArray(new CompletableFuture[0])).join();
            log(quick ? "servers up, all schemas created" : "servers up");
            for (Engine engine : engines) {
                StandaloneServer server = servers.get(engine);
                Map<Integer, TestDatabase> databases = quick ? prepared.get(engine).join() : Map.of();
                for (int size : sizes) {
                    GeneratedModel model = new GeneratedModel(size);
                    TestDatabase database = databases.containsKey(size) ? databases.get(size)
                            : createSchema(server, model);
                    rows.add(measure(engine, model, loaders.get(size), database, size == sizes.get(sizes.size() - 1)));
                    server.release(database);
                }
            }
        }
        String table = table();
        String exponents = exponents();
        String headline = headline();
        System.out.println();
        System.out.println(table);
        System.out.println(exponents);
        heapLines.forEach(System.out::println);
        profileLines.forEach(System.out::println);
        if (quick) {
            liquibaseLines.add(LIQUIBASE_QUICK);
        }
        liquibaseLines.forEach(System.out::println);
        writeDocs(table, exponents);
        System.out.println(headline);
    }

    private record Row(Engine engine, int size, int tables, int foreignKeys, Stats bootWithout, Stats bootWith,
                       Stats overheadPercent, Stats afterBootOverheadPercent, Stats window, Stats onBootThread,
                       Stats onBootThreadPercent, Stats mappingRead, Stats catalogRead, Stats rules, Stats check,
                       Stats checkCpu, Stats checkAllocated, Stats perTableMetadata, Stats speedUp, int findings) {
    }

    private Row measure(Engine engine, GeneratedModel model, ClassLoader loader, TestDatabase database,
                        boolean largest) throws SQLException {
        int size = model.size();
        HibernateBoot boot = new HibernateBoot(loader, model.classNames(), database);
        int reps = repetitions(size);
        // 1. Boots, interleaved without/with so drift on the machine hits both alike; overhead per pair. Quick mode
        // warms up with a single boot with the guard: it loads the entity classes and runs every code path once.
        for (int i = 0; i < bootWarmups(size); i++) {
            if (!quick) {
                boot.boot(Guard.NONE);
                boot.boot(Guard.AFTER_BOOT);
            }
            boot.boot(Guard.CONCURRENT);
        }
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        List<Double> overhead = new ArrayList<>();
        List<Double> afterBootOverhead = new ArrayList<>();
        List<Double> window = new ArrayList<>();
        List<Double> onBootThread = new ArrayList<>();
        List<Double> onBootThreadPercent = new ArrayList<>();
        List<Guard> order = new ArrayList<>(quick ? List.of(Guard.NONE, Guard.CONCURRENT)
                : List.of(Guard.NONE, Guard.CONCURRENT, Guard.AFTER_BOOT));
        for (int i = 0; i < bootRounds(size); i++) {
            Map<Guard, HibernateBoot.Boot> round = new java.util.EnumMap<>(Guard.class);
            for (Guard guard : order) {
                round.put(guard, boot.boot(guard));
            }
            // Every other round runs in the reverse order: a trend still left (heap growth, late JIT) favours neither.
            java.util.Collections.reverse(order);
            HibernateBoot.Boot off = round.get(Guard.NONE);
            HibernateBoot.Boot on = round.get(Guard.CONCURRENT);
            without.add(off.millis());
            window.add(off.afterIntegrationMillis());
            with.add(on.millis());
            overhead.add(100 * (on.millis() - off.millis()) / off.millis());
            onBootThread.add(on.guardOnBootThreadMillis());
            onBootThreadPercent.add(100 * on.guardOnBootThreadMillis() / off.millis());
            if (!quick) {
                double after = round.get(Guard.AFTER_BOOT).millis();
                afterBootOverhead.add(100 * (after - off.millis()) / off.millis());
            }
        }
        // 2./3. The check's phases on their own, and per-table JDBC metadata against the bulk reader.
        StandardServiceRegistry registry = boot.registry();
        try {
            Metadata metadata = boot.metadata(registry);
            FkGuard guard = new FkGuard(FkGuardSettings.defaults());
            List<Double> mapping = new ArrayList<>();
            List<Double> catalog = new ArrayList<>();
            List<Double> rules = new ArrayList<>();
            List<Double> check = new ArrayList<>();
            List<Double> checkCpu = new ArrayList<>();
            List<Double> checkAllocated = new ArrayList<>();
            List<Double> perTable = new ArrayList<>();
            List<Double> speedUp = new ArrayList<>();
            int findings = 0;
            try (Connection connection = database.connect()) {
                for (int i = 0; i < warmups + reps; i++) {
                    FreshCatalog.prepare(database, connection);
                    // CPU time and allocation of the thread: unlike wall time, not inflated by a busy machine.
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
                    long t0 = System.nanoTime();
                    MappingModel mappingModel = new MappingReader().read(metadata);
                    long t1 = System.nanoTime();
                    SchemaModel schema = new CatalogReader().read(connection, List.of());
                    long t2 = System.nanoTime();
                    Report report = guard.check(mappingModel, schema);
                    long t3 = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
                    long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated0;
                    findings = report.findings().size();
                    if (i < warmups) {
                        // Quick mode times the per-table path once, in the last round: a run costs seconds on
                        // MySQL at N=1000. (A sample of the tables would be faster but not honest: a sample's tables
                        // fit in MySQL's buffer pool, 64 MB in the harness, where all 1050 do not: 2-3x faster.)
                        if (!quick) {
                            perTableImportedKeys(connection, database, schema);
                        }
                        continue;
                    }
                    mapping.add((t1 - t0) / 1e6);
                    catalog.add((t2 - t1) / 1e6);
                    rules.add((t3 - t2) / 1e6);
                    check.add((t3 - t0) / 1e6);
                    checkCpu.add(cpu / 1e6);
                    checkAllocated.add(allocated / 1e6);
                    if (!quick || (i == warmups + reps - 1 && size <= QUICK_PER_TABLE_MAX_SIZE)) {
                        perTableImportedKeys(connection, database, schema);
                        long t4 = System.nanoTime();
                        perTable.add((t4 - t3) / 1e6);
                        speedUp.add((double) (t4 - t3) / (t2 - t1));
                    }
                }
                if (largest) {
                    heapLines.add(heap(engine, size, metadata, guard, database, connection));
                }
                if (size == PROFILED_SIZE) {
                    profileLines.addAll(new CheckProfile(quick ? 3 : 5).lines(database, metadata, connection));
                }
                if (!quick) {
                    liquibaseLines.add(liquibase(engine, size, new LiquibaseDiff(metadata, loader), metadata, guard,
                            connection));
                }
            }
            Row row = new Row(engine, size, model.tableCount(), model.foreignKeyCount(), Stats.of(without),
                    Stats.of(with), Stats.of(overhead), Stats.ofAny(afterBootOverhead), Stats.of(window),
                    Stats.of(onBootThread), Stats.of(onBootThreadPercent), Stats.of(mapping), Stats.of(catalog),
                    Stats.of(rules), Stats.of(check), Stats.of(checkCpu), Stats.of(checkAllocated),
                    Stats.ofAny(perTable), Stats.ofAny(speedUp), findings);
            log(engine.displayName() + " N=" + size + ": boot " + row.bootWithout().millis() + " / "
                    + row.bootWith().millis() + " ms, overhead " + row.overheadPercent().percent() + " % (check after"
                    + " the boot: " + row.afterBootOverheadPercent().percent() + " %; boot after integration "
                    + row.window().millis() + " ms; on the booting thread " + row.onBootThread().millis() + " ms = "
                    + row.onBootThreadPercent().percent() + " % of the boot), check "
                    + row.check().millis() + " ms (mapping " + row.mappingRead().millis() + ", catalog "
                    + row.catalogRead().millis() + ", rules " + row.rules().millis() + "; CPU "
                    + row.checkCpu().millis() + " ms, allocated " + row.checkAllocated().millis()
                    + " MB), per-table metadata "
                    + row.perTableMetadata().millis() + " ms, findings " + findings);
            return row;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * What an unoptimised guard would do to learn the same as the bulk reader: per table, its columns, primary key,
     * indexes and imported keys through {@link DatabaseMetaData}. Fails unless it sees every foreign key column.
     */
    private static void perTableImportedKeys(Connection connection, TestDatabase database, SchemaModel schema)
            throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean catalogs = database.engine() == Engine.MYSQL || database.engine() == Engine.MARIADB;
        String catalog = catalogs ? database.schema() : null;
        String schemaName = catalogs ? null : database.schema();
        int rows = 0;
        for (Table table : schema.tables()) {
            String name = table.ref().name();
            drain(meta.getColumns(catalog, schemaName, name, null));
            drain(meta.getPrimaryKeys(catalog, schemaName, name));
            drain(meta.getIndexInfo(catalog, schemaName, name, false, true));
            rows += drain(meta.getImportedKeys(catalog, schemaName, name));
        }
        int expected = schema.foreignKeys().stream().mapToInt(fk -> fk.columns().size()).sum();
        if (rows != expected) {
            throw new IllegalStateException("per-table metadata saw " + rows + " key columns, not " + expected);
        }
    }

    private static int drain(ResultSet rs) throws SQLException {
        int rows = 0;
        try (rs) {
            while (rs.next()) {
                rs.getString(1);
                rows++;
            }
        }
        return rows;
    }

    /**
     * 4. Heap of one check at the largest size: bytes the check allocates (thread allocation counter), the peak of the
     * heap pools while it runs above the heap in use before it (after a full GC; pools' peaks summed, so an upper
     * bound), and what its result retains (after another full GC).
     */
    private static String heap(Engine engine, int size, Metadata metadata, FkGuard guard, TestDatabase database,
                               Connection connection) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        FreshCatalog.prepare(database, connection);
        long before = settledHeap();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        MappingModel mapping = new MappingReader().read(metadata);
        SchemaModel schema = new CatalogReader().read(connection, List.of());
        Report report = guard.check(mapping, schema);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before;
        long retained = settledHeap() - before;
        if (report.foreignKeysChecked() < 0 || schema.tables().isEmpty()) {
            throw new IllegalStateException("unexpected report");
        }
        return String.format(Locale.ROOT, "heap of one check, %s N=%d: allocates %.0f MB, peak %.0f MB above the"
                        + " settled heap (upper bound), result retains %.1f MB",
                engine.displayName(), size, allocated / 1e6, peak / 1e6, retained / 1e6);
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Where {@link #compileEntities()} put the entity classes, for fresh JVMs that read the same mapping. */
    private Path entityRoot;

    private Map<Integer, ClassLoader> compileEntities() throws IOException {
        entityRoot = Files.createTempDirectory("fkguard-bench-entities");
        EntityCompiler compiler = new EntityCompiler(entityRoot);
        Map<Integer, ClassLoader> loaders = new LinkedHashMap<>();
        for (int size : sizes) {
            long started = System.nanoTime();
            loaders.put(size, compiler.compile(new GeneratedModel(size)));
            log("compiled " + size + " entities in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        return loaders;
    }

    private Map<Integer, TestDatabase> createSchemas(StandaloneServer server) {
        Map<Integer, TestDatabase> databases = new LinkedHashMap<>();
        for (int size : sizes) {
            databases.put(size, createSchema(server, new GeneratedModel(size)));
        }
        return databases;
    }

    private static long bufferPoolMegabytes(TestDatabase database) {
        try (Connection connection = database.server().connectAsAdmin();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT @@GLOBAL.innodb_buffer_pool_size")) {
            rs.next();
            return rs.getLong(1) / (1024 * 1024);
        } catch (SQLException e) {
            throw new IllegalStateException("reading MySQL's buffer pool size", e);
        }
    }

    /** A fresh schema holding the generated tables, FKs inside CREATE TABLE, sent in JDBC batches. */
    private TestDatabase createSchema(StandaloneServer server, GeneratedModel model) {
        long started = System.nanoTime();
        TestDatabase database = server.freshDatabase();
        if (database.engine() == Engine.MYSQL) {
            // See METHOD: the harness's 64 MB pool is a test economy no production server has.
            database.server().executeAsAdmin("SET GLOBAL innodb_buffer_pool_size = " + MYSQL_BUFFER_POOL_BYTES);
            log("MySQL: InnoDB buffer pool " + bufferPoolMegabytes(database) + " MB");
        }
        List<String> ddl = model.ddl(database.engine());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            int pending = 0;
            for (String sql : ddl) {
                statement.addBatch(sql);
                if (++pending == 200) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            statement.executeBatch();
            versions.putIfAbsent(database.engine(), connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("creating the N=" + model.size() + " schema on " + database, e);
        }
        log(database.engine().displayName() + ": created " + model.tableCount() + " tables, "
                + model.foreignKeyCount() + " FKs in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return database;
    }

    private String table() {
        StringBuilder text = new StringBuilder();
        text.append("| Engine | N | tables | FKs | boot, no guard (ms) | boot, with guard (ms) | overhead % |"
                + " overhead %, check after boot | boot after integration, no guard (ms) |"
                + " on the booting thread: mapping read + wait (ms) | the same, % of the boot | check (ms) | mapping / catalog / rules (ms) | CPU of one check (ms) | allocated by one check (MB) | per-table DatabaseMetaData (ms) |"
                + " bulk reader speed-up | findings |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %.0f / %.0f"
                            + " / %.0f | %s | %s | %s | %s | %d |%n",
                    r.engine().displayName(), r.size(), r.tables(), r.foreignKeys(), r.bootWithout().millis(),
                    r.bootWith().millis(), r.overheadPercent().percent(), r.afterBootOverheadPercent().percent(),
                    r.window().millis(), r.onBootThread().millisPrecise(), r.onBootThreadPercent().percent(),
                    r.check().millis(),
                    r.mappingRead().median(), r.catalogRead().median(), r.rules().median(),
                    r.checkCpu().millis(), r.checkAllocated().millis(), r.perTableMetadata().millis(), r.speedUp().ratio(), r.findings()));
        }
        return text.toString();
    }

    /** 3. Growth: least-squares slope of log(check time) over log(N); 1 means linear. */
    private String exponents() {
        StringBuilder text = new StringBuilder();
        for (Engine engine : engines) {
            List<Row> mine = rows.stream().filter(r -> r.engine() == engine).toList();
            text.append(String.format(Locale.ROOT, "growth exponent of the check, %s (N=%s): %.2f (catalog read"
                            + " %.2f, rules %.2f, mapping read %.2f)%n", engine.displayName(),
                    mine.stream().map(r -> String.valueOf(r.size())).reduce((a, b) -> a + "/" + b).orElse(""),
                    slope(mine, Row::check), slope(mine, Row::catalogRead), slope(mine, Row::rules),
                    slope(mine, Row::mappingRead)));
        }
        return text.toString();
    }

    private static double slope(List<Row> rows, java.util.function.Function<Row, Stats> metric) {
        int n = rows.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Row r : rows) {
            double x = Math.log(r.size());
            double y = Math.log(Math.max(metric.apply(r).median(), 0.01));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private String headline() {
        return rows.stream().filter(r -> r.engine() == Engine.MYSQL && r.size() == 1000).findFirst()
                .map(r -> String.format(Locale.ROOT, "overhead: %.1f %% of SessionFactory boot (N=1000, MySQL)",
                        r.overheadPercent().median()))
                .orElse("overhead: n/a % of SessionFactory boot (N=1000, MySQL) — MySQL or N=1000 not in this run");
    }

    /**
     * Liquibase is measured up to this N: its diff takes tens of seconds per run at N=1000 on MySQL already, so
     * N=5000 would add many minutes to a run for a ratio the smaller sizes show well enough.
     */
    private static final int LIQUIBASE_MAX_SIZE = 1000;

    /** Quick mode leaves Liquibase out: a diff costs seconds even at N=100, more than a quick run can spare. */
    private static final String LIQUIBASE_QUICK = "Liquibase Hibernate diff: not measured in quick mode (the full"
            + " run measures it at N ≤ " + LIQUIBASE_MAX_SIZE + ")";

    /** A warm-up diff slower than this is reported as it is instead of repeated. */
    private static final double LIQUIBASE_REPEAT_LIMIT_MS = 60_000;

    /**
     * 5. Liquibase's Hibernate diff against the guard's check, alternating on the same metadata and connection; the
     * ratio is taken per repetition.
     */
    private String liquibase(Engine engine, int size, LiquibaseDiff diff, Metadata metadata, FkGuard guard,
                             Connection connection) {
        String label = "Liquibase Hibernate diff, " + engine.displayName() + " N=" + size + ": ";
        if (size > LIQUIBASE_MAX_SIZE) {
            return label + "not measured (capped at N ≤ " + LIQUIBASE_MAX_SIZE
                    + Optional.ofNullable(liquibaseMedians.get(engine)).map(m -> "; " + m).orElse("") + ")";
        }
        int warmupRuns = 1;
        int reps = 3;
        try {
            List<LiquibaseDiff.Outcome> outcomes = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < warmupRuns + reps; i++) {
                long t0 = System.nanoTime();
                Report report = guard.check(new MappingReader().read(metadata),
                        new CatalogReader().read(connection, List.of()));
                double check = (System.nanoTime() - t0) / 1e6;
                if (!report.findings().isEmpty()) {
                    throw new IllegalStateException("the guard found drift on the clean schema");
                }
                LiquibaseDiff.Outcome outcome = diff.run(connection);
                if (i == 0) {
                    log(label + "first run " + Math.round(outcome.totalMillis()) + " ms, differences "
                            + outcome.differences() + (outcome.examples().isEmpty() ? "" : ", e.g. "
                            + outcome.examples()));
                }
                if (i >= warmupRuns) {
                    outcomes.add(outcome);
                    ratios.add(outcome.totalMillis() / check);
                } else if (outcome.totalMillis() > LIQUIBASE_REPEAT_LIMIT_MS) {
                    return label + String.format(Locale.ROOT, "%.0f ms, one cold run (over %.0f s: not repeated)",
                            outcome.totalMillis(), LIQUIBASE_REPEAT_LIMIT_MS / 1000);
                }
            }
            Stats millis = Stats.of(outcomes.stream().map(LiquibaseDiff.Outcome::totalMillis).toList());
            liquibaseMedians.put(engine, String.format(Locale.ROOT, "at N=%d one diff took %.0f ms", size,
                    millis.median()));
            LiquibaseDiff.Outcome last = outcomes.get(outcomes.size() - 1);
            return label + String.format(Locale.ROOT, "%s ms (Hibernate snapshot %.0f / database snapshot %.0f /"
                                    + " compare %.0f), %s the guard's check; FKs: %d mapped, %d in the database,"
                                    + " %d missing or unexpected; reported differences: %s", millis.millis(),
                            median(outcomes, LiquibaseDiff.Outcome::referenceSnapshotMillis),
                            median(outcomes, LiquibaseDiff.Outcome::databaseSnapshotMillis),
                            median(outcomes, LiquibaseDiff.Outcome::compareMillis), Stats.of(ratios).ratio(),
                            last.referenceForeignKeys(),
                            last.databaseForeignKeys(), last.missingOrUnexpectedForeignKeys(),
                            last.differences().isEmpty() ? "none" : last.differences());
        } catch (Exception | LinkageError e) {
            log(label + "failed: " + e);
            e.printStackTrace();
            return label + "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static double median(List<LiquibaseDiff.Outcome> outcomes,
                                 java.util.function.ToDoubleFunction<LiquibaseDiff.Outcome> phase) {
        return Stats.of(outcomes.stream().map(o -> phase.applyAsDouble(o)).toList()).median();
    }


    private void writeDocs(String table, String exponents) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n")
                .append("What hibernate-fk-guard costs at startup, measured side by side in one run of the benchmark"
                        + " (`hibernate-fk-guard-benchmark`). Absolute times on a shared machine are noise; read the"
                        + " ratios. This file is written by the benchmark; rerun it to refresh.\n\n")
                .append("```\nmvn -q -pl hibernate-fk-guard-benchmark -am -Pbench -DskipTests verify"
                        + "                          # full: N = 100, 1000, 5000\n"
                        + "mvn -q -pl hibernate-fk-guard-benchmark -am -Pbench -DskipTests verify"
                        + " -Dfkguard.bench.quick=true  # quick: N = 100, 1000\n```\n\n")
                .append("Engines can be narrowed with `-Dfkguard.bench.engines=H2,MYSQL`; the `FKGUARD_TEST_*`"
                        + " variables of the test harness point it at external servers.\n\n")
                .append("## This run\n\n")
                .append("- Mode: ").append(modeText()).append('\n')
                .append("- Date: ").append(LocalDate.now()).append('\n')
                .append("- Machine: ").append(runtime.availableProcessors()).append(" cores, ")
                .append(String.format(Locale.ROOT, "%.1f GB RAM", os.getTotalMemorySize() / 1e9)).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(" (").append(System.getProperty("os.arch")).append("), shared with other jobs\n")
                .append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", heap -Xms1g -Xmx2g, G1\n")
                .append("- Hibernate ORM ").append(org.hibernate.Version.getVersionString()).append('\n');
        engines.stream().filter(versions::containsKey).forEach(engine -> md.append("- ")
                .append(engine.displayName()).append(": ").append(versions.get(engine)).append('\n'));
        md.append("\n## Results\n\nEach cell: median [min–max] over the repetitions.\n\n").append(table).append('\n')
                .append("```\n").append(exponents);
        heapLines.forEach(line -> md.append(line).append('\n'));
        profileLines.forEach(line -> md.append(line).append('\n'));
        liquibaseLines.forEach(line -> md.append(line).append('\n'));
        md.append(headline()).append("\n```\n\n")
                .append(METHOD);
        Files.createDirectories(output.toAbsolutePath().getParent());
        md.append(keptSection());
        Files.writeString(output, md.toString());
        log("wrote " + output.toAbsolutePath().normalize());
    }

    private static final String METHOD = """
            ## Method

            - **Model.** N generated entities (`GeneratedModel`): every entity after the first has two many-to-one
              references to earlier entities; every tenth has a two-column embedded id and is referenced through a
              composite key; every tenth references itself; every twentieth owns a many-to-many with a junction table.
              About 2.2 foreign keys per entity. The Java sources are compiled in-process with `javax.tools` (once per
              N, not measured) and loaded through their own class loader: the same annotated classes an application
              has. The schema is created by the benchmark with every foreign key inside `CREATE TABLE` (JDBC batches of
              200), plus FK indexes on PostgreSQL and H2, so the guard finds nothing: the clean path every start takes.
            - **Servers.** The test harness's servers (`dev.fkguard.testing.StandaloneServer`): H2 in memory, embedded
              PostgreSQL, MariaDB and MySQL 8, each on the same machine as the benchmark. They start side by side on
              background threads while the entities compile, and stay idle while other engines are measured.
            - **Quick mode** (under a minute): N = 100 and 1000; every schema is created before anything is measured
              (all engines side by side); one warm-up boot with the guard instead of a warm-up pair; no boots
              with the check after the boot; the per-table path runs once, at N = 100 only (at N = 1000 it takes
              seconds on MySQL); no Liquibase. Its numbers are a smoke check; the full run is the reference.
            - **1. Boot overhead.** A complete native Hibernate boot (service registry, metadata, SessionFactory,
              `hbm2ddl=none`) with the guard (`mode=fail`, all default rules) and without it. "Without" hides the
              guard's service-loader entries from Hibernate, as if its jar were absent (stricter than `mode=off`,
              which still reads the mapping). With `hbm2ddl` off the check runs beside the rest of the SessionFactory
              build (the default); "check after boot" is the same boot with `concurrent-check=false`, the way the
              check runs when `hbm2ddl` writes to the schema. Boots rotate without / with / with-after-boot after
              warm-up rounds (a fresh JVM's boots keep getting faster for a dozen rounds), every other round in the
              reverse order; each overhead is computed against the boot without the guard of the same round,
              `(with - without) / without`, and its median and range are reported. "Boot after integration" is the
              part of the boot without the guard that follows Hibernate's call of the integrators (persisters,
              metamodel): the time a concurrent check can hide in. "On the booting thread" is what the concurrent
              check itself says it cost the boot (its log line's timings, read from the factory's `LatestCheck`):
              the mapping read, which must run on the booting thread while Hibernate's boot model is still unchanged,
              plus the time the boot waited for the catalog read and rules at its end. Unlike the overhead, it does
              not move with the boot's own noise; what the overhead holds beyond it is the check competing for the
              machine's cores.
            - **Check phases.** The same three steps the startup check takes, timed one by one on a warm JVM: the
              mapping read (`MappingReader`), the catalog read (`CatalogReader`), and rules plus report
              (`FkGuard.check(mapping, schema)`). "check" is their sum. "CPU of one check" and "allocated by
              one check" are the checking thread's CPU time and allocated bytes over the same three steps
              (`com.sun.management.ThreadMXBean`): on a busy machine wall times and overheads grow with the
              other work, these two much less, so they compare runs made on different days.
            - **Profile only** (`-Dfkguard.bench.profile=true`; printed, docs not written): the profile below at
              every size of the run, engine by engine, without the boots; with H2 in the run, also the mapping read in
              7 fresh JVMs per size up to N = 1000 (`FirstMappingRead`): its first read, as a start pays it, and a warm
              read after 150 more.
            - **2. Bulk reader vs per-table metadata.** `CatalogReader.read` (tables, columns, indexes and foreign keys
              of the whole schema) against what the same information costs through `DatabaseMetaData`, table by table
              (`getColumns`, `getPrimaryKeys`, `getIndexInfo`, `getImportedKeys`), on the same connection,
              alternating; the speed-up is computed per repetition.
            - **Profile** (N = 1000). Each of the engine's catalog queries run on its own (median wall time: the
              server's work plus the transfer, and the rows it returns), then the CPU time and the bytes allocated
              of one whole check and of each of its steps on the calling thread (CPU time, unlike wall time, does not
              grow with other work on the machine; on H2 in memory the "client side" of the catalog read includes
              the engine running the queries on the same thread), and the rules that cost the most.
            - **MySQL buffer pool.** The test harness starts MySQL with a 64 MB InnoDB buffer pool to save memory in
              tests; the benchmark raises it to 512 MB (`SET GLOBAL`) before creating its schemas, as a production
              server holds its catalog in memory. With 64 MB the 1,050 tables do not fit, which slowed the per-table
              path 2–3 times and flattered the bulk reader's speed-up.
            - **3. Growth.** The least-squares slope of log(check time) over log(N); 1 is linear.
            - **4. Heap.** At the largest N, after three `System.gc()`: bytes the check allocates (the thread's
              allocation counter), the peak of the heap pools during the check above the settled heap (pool peaks
              summed, so an upper bound that includes garbage not yet collected), and what the check's result keeps
              after another full GC.
            - **5. Liquibase.** liquibase-core 4.33.0 with liquibase-hibernate6 4.33.0 (`LiquibaseDiff`): what
              Liquibase's `diff` command runs (snapshots of both sides with every name quoted, then
              `DiffGeneratorFactory.compare`), limited to the object types the guard compares: tables, columns,
              primary keys, indexes and foreign keys. The reference side is liquibase-hibernate's `HibernateDatabase`
              fed the same `Metadata` the guard reads (instead of a `hibernate:classic:` configuration, so the time is
              the diff's and not a second Hibernate boot); the target is Liquibase's own database implementation on
              the benchmark's connection. After one warm-up, 3 diffs alternate with 3 guard checks (mapping + catalog +
              rules) and the ratio diff / check is computed per pair. Measured at N ≤ 1000 only, and not in quick
              mode: at N = 1000 one diff takes tens of seconds on MySQL, nearly all of it Liquibase's database
              snapshot, so N = 5000 would add many minutes for no new insight. Sanity check: on the clean
              schema it sees every foreign key on both sides and none missing or unexpected. What it does report is
              its own noise, counted per kind in the line: columns whose `order` / `certainDataType` / type spelling
              differ (`bigint` vs `int8` or `BIGINT(19)`), foreign keys whose delete and update rule the mapping leaves
              unset while the database says NO ACTION (RESTRICT on MySQL/MariaDB), the indexes that back the foreign
              keys (the mapping declares none), and on PostgreSQL the primary keys' index method (`using btree`).
            """;

    /** Marks the end of what the benchmark writes: what follows it in the file is kept by every run. */
    private static final String KEPT = "<!-- Written by hand, kept by the benchmark: -->";

    /** The hand-written part of the existing file (runs compared over time), from its marker on. */
    private String keptSection() throws IOException {
        if (!Files.exists(output)) {
            return "";
        }
        String existing = Files.readString(output);
        int at = existing.indexOf(KEPT);
        return at < 0 ? "" : "\n" + existing.substring(at);
    }

    /** What this run measured, sizes and engines included: a narrowed run must not claim the full set. */
    private String modeText() {
        String engineNames = engines.stream().map(Engine::displayName)
                .collect(java.util.stream.Collectors.joining(", "));
        if (quick) {
            boolean perTable = sizes.stream().anyMatch(size -> size <= QUICK_PER_TABLE_MAX_SIZE);
            return "**quick** (N = " + sizesText() + " on " + engineNames + "; 1 warm-up, 3 repetitions, boots in"
                    + " alternating order; no"
                    + " check-after-boot boots; "
                    + (perTable ? "per-table metadata once, at N ≤ " + QUICK_PER_TABLE_MAX_SIZE
                            : "no per-table metadata")
                    + "; no Liquibase)";
        }
        boolean large = sizes.stream().anyMatch(size -> size >= 5000);
        boolean liquibase = sizes.stream().anyMatch(size -> size <= LIQUIBASE_MAX_SIZE);
        return "full (N = " + sizesText() + " on " + engineNames + "; boots: 6 warm-up rounds and 11 measured rounds"
                + " in alternating order" + (large ? ", 2 and 3 at N ≥ 5000" : "")
                + "; check phases: 2 warm-ups, 7 repetitions" + (large ? ", 3 at N ≥ 5000" : "")
                + (liquibase ? "; Liquibase at N ≤ " + LIQUIBASE_MAX_SIZE + ": 1 warm-up, 3 repetitions" : "")
                + ")";
    }

    /** The sizes this run measured, as the Mode line prints them: a narrowed run must not claim the full set. */
    private String sizesText() {
        return sizes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    /** -Dfkguard.bench.sizes=1000 narrows the sizes, e.g. for profiling one of them. */
    private static List<Integer> sizes(boolean quick) {
        String configured = System.getProperty("fkguard.bench.sizes", "").trim();
        if (!configured.isEmpty()) {
            return java.util.Arrays.stream(configured.split(",")).map(String::trim).map(Integer::valueOf).toList();
        }
        return quick ? List.of(100, 1000) : List.of(100, 1000, 5000);
    }

    private static List<Engine> engines() {
        List<Engine> chosen = new ArrayList<>();
        for (String name : System.getProperty("fkguard.bench.engines", "H2,POSTGRESQL,MARIADB,MYSQL").split(",")) {
            if (!name.isBlank()) {
                chosen.add(Engine.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        }
        return chosen;
    }

    private static void log(String message) {
        double elapsed = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        System.err.println(String.format(Locale.ROOT, "[bench %6.1fs] ", elapsed) + message);
    }
}
