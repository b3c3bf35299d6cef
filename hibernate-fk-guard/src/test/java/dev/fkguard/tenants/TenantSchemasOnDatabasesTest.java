package dev.fkguard.tenants;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.JsonReport;
import dev.fkguard.report.MarkdownReport;
import dev.fkguard.migration.MigrationScope;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.GoldenFiles;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schema-per-tenant on every engine (H2 and PostgreSQL schemas, MySQL and MariaDB databases): one unqualified model,
 * thirty tenant schemas matched by a pattern, each checked against the mapping; drift planted in a few is reported
 * in exactly those, folded where identical, the migration fixes every one, and the catalog is read with as many
 * round trips for three tenants as for thirty.
 */
class TenantSchemasOnDatabasesTest {

    private static final int TENANTS = 30;
    private static final Class<?>[] ENTITIES = {TenantEntities.TnCustomer.class, TenantEntities.TnOrder.class};

    @AllDatabases
    void driftIsReportedInExactlyTheDriftedTenantsFoldedAndFixedEverywhere(TestDatabase db) {
        String prefix = prefix(db);
        List<String> tenants = createTenants(db, prefix);
        try {
            String pattern = prefix + "_tenant_*";
            Report clean = check(db, pattern);
            assertEquals(List.of(), formatted(clean));
            assertEquals(tenants, clean.database().tenants().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
            assertEquals(TENANTS, clean.foreignKeysChecked());

            // Two tenants lose their key, a third gets a delete rule the mapping does not know.
            String t07 = tenants.get(6);
            String t19 = tenants.get(18);
            String t23 = tenants.get(22);
            db.execute(dropKey(db, t07), dropKey(db, t19), dropKey(db, t23), "ALTER TABLE " + t23 + ".tn_orders ADD"
                    + " CONSTRAINT fk_tn_orders_customer FOREIGN KEY (customer_id) REFERENCES " + t23
                    + ".tn_customers (id) ON DELETE CASCADE");
            Report drifted = check(db, pattern);
            Map<String, List<String>> bySchema = drifted.findings().stream().collect(Collectors.groupingBy(
                    f -> f.location().table().schema().orElse("?").toLowerCase(Locale.ROOT),
                    java.util.TreeMap::new, Collectors.mapping(f -> f.rule().value(), Collectors.toList())));
            assertEquals(Map.of(t07, List.of("missing-foreign-key"), t19, List.of("missing-foreign-key"),
                    t23, List.of("delete-rule-mismatch")), bySchema, () -> String.join("\n", formatted(drifted)));
            assertTrue(drifted.findings().stream().filter(f -> f.rule().value().equals("missing-foreign-key"))
                    .allMatch(f -> dev.fkguard.support.GuardRun.sql(drifted, f).toLowerCase(Locale.ROOT).contains(
                            f.location().table().schema().orElseThrow().toLowerCase(Locale.ROOT) + ".tn_orders")),
                    () -> String.join("\n", formatted(drifted)));

            Function<String, String> stable = text -> stable(db, prefix, drifted, text);
            assertGolden("tenants/" + engine(db) + ".txt", stable.apply(new ConsoleReport().render(drifted)));
            assertGolden("tenants/" + engine(db) + ".md", stable.apply(new MarkdownReport().render(drifted)));
            String json = new JsonReport().render(drifted);
            for (String tenant : List.of(t07, t19, t23)) {
                assertTrue(Pattern.compile("\"schema\" ?: ?\"" + Pattern.quote(stored(db, tenant)) + "\"")
                        .matcher(json).find(), () -> tenant + " missing in JSON:\n" + json);
            }

            // The migration names each tenant's table and fixes what fails startup; t23's database CASCADE, which
            // the mapping does not declare, is a warning whose only schema change would weaken the database: it stays.
            MigrationPlan plan = PlannedFixes.of(drifted).plan();
            assertEquals(1, plan.outOfScope());
            plan.statements().stream().map(Statement::sql).forEach(db::execute);
            Report after = check(db, pattern);
            assertEquals(List.of("delete-rule-mismatch"), after.findings().stream().map(f -> f.rule().value()).toList(),
                    () -> String.join("\n", formatted(after)));
            assertEquals(t23, after.findings().get(0).location().table().schema().orElseThrow()
                    .toLowerCase(Locale.ROOT));
            assertEquals(List.of(), PlannedFixes.of(after.withMigrationScope(MigrationScope.ALL)).plan().statements());
        } finally {
            dropTenants(db, prefix);
        }
    }

    /**
     * The rules run once per group of tenants alike but for their schema: a tenant that differs from the others only
     * in a column (no key dropped) is a group of its own and gets its finding, and a second tenant like it, in a group
     * whose first tenant has findings, is checked and reported too.
     */
    @AllDatabases
    void aTenantDifferingOnlyInAColumnAmongIdenticalOnesGetsItsOwnFinding(TestDatabase db) {
        String prefix = prefix(db);
        List<String> tenants = createTenants(db, prefix);
        try {
            String pattern = prefix + "_tenant_*";
            String t01 = tenants.get(0);
            String t17 = tenants.get(16);
            db.execute(notNull(db, t17));
            Report one = check(db, pattern);
            assertEquals(List.of(t17 + " nullability-mismatch"), schemasAndRules(one),
                    () -> String.join("\n", formatted(one)));
            assertEquals(TENANTS, one.foreignKeysChecked());

            db.execute(notNull(db, t01));
            Report two = check(db, pattern);
            assertEquals(List.of(t01 + " nullability-mismatch", t17 + " nullability-mismatch"), schemasAndRules(two),
                    () -> String.join("\n", formatted(two)));
        } finally {
            dropTenants(db, prefix);
        }
    }

    private static String notNull(TestDatabase db, String tenant) {
        return "ALTER TABLE " + tenant + ".tn_orders " + (isMySqlFamily(db) ? "MODIFY customer_id BIGINT NOT NULL"
                : "ALTER COLUMN customer_id SET NOT NULL");
    }

    /** {@code tenant rule} per finding, the tenant lower case, sorted. */
    private static List<String> schemasAndRules(Report report) {
        return report.findings().stream().map(f -> f.location().table().schema().orElse("?").toLowerCase(Locale.ROOT)
                + " " + f.rule().value()).sorted().toList();
    }

    @AllDatabases
    void aBaselineLineNamingASchemaAcceptsItsFindingInThatTenantOnly(TestDatabase db, @TempDir Path dir)
            throws IOException {
        String prefix = prefix(db);
        List<String> tenants = createTenants(db, prefix);
        try {
            String pattern = prefix + "_tenant_*";
            String t07 = tenants.get(6);
            String t19 = tenants.get(18);
            db.execute(dropKey(db, t07), dropKey(db, t19));
            String line = "missing-foreign-key|tn_orders|customer_id|tn_customers|id";
            Path baseline = dir.resolve("baseline.txt");
            Map<String, Object> guard = Map.of(FkGuardSettings.BASELINE, baseline.toString());

            // Named schema: accepted in t07 only; t19's finding stays, and the line is not stale.
            Files.writeString(baseline, line + "|" + t07 + "\n");
            Report oneTenant = check(db, pattern, guard);
            assertEquals(List.of(t19), schemas(oneTenant.findings()), () -> String.join("\n", formatted(oneTenant)));
            assertEquals(List.of(t07), schemas(oneTenant.baselined()));

            // No schema: accepted in every tenant, and not stale in the 28 tenants that have no such finding.
            Files.writeString(baseline, line + "\n");
            Report everyTenant = check(db, pattern, guard);
            assertEquals(List.of(), formatted(everyTenant));
            assertEquals(List.of(t07, t19), schemas(everyTenant.baselined()));

            // A schema where the finding is not: stale there, and t07's and t19's findings are new.
            Files.writeString(baseline, line + "|" + tenants.get(0) + "\n");
            Report elsewhere = check(db, pattern, guard);
            assertEquals(List.of("missing-foreign-key", "missing-foreign-key", "stale-baseline-entry"),
                    elsewhere.findings().stream().map(f -> f.rule().value()).sorted().toList(),
                    () -> String.join("\n", formatted(elsewhere)));
        } finally {
            dropTenants(db, prefix);
        }
    }

    /** The tenants of findings, lower case, sorted. */
    private static List<String> schemas(List<dev.fkguard.rule.Finding> findings) {
        return findings.stream().map(f -> f.location().table().schema().orElse("?").toLowerCase(Locale.ROOT))
                .sorted().toList();
    }

    @AllDatabases
    void theCatalogIsReadWithTheSameRoundTripsForThreeTenantsAsForThirty(TestDatabase db) {
        String prefix = prefix(db);
        createTenants(db, prefix);
        try {
            Counted three = counted(db, prefix + "_tenant_*0");
            Counted thirty = counted(db, prefix + "_tenant_*");
            assertEquals(3, three.report().database().tenants().size());
            assertEquals(TENANTS, thirty.report().database().tenants().size());
            assertEquals(List.of(), formatted(thirty.report()));
            assertEquals(three.roundTrips(), thirty.roundTrips(), "round trips for 3 and for 30 tenant schemas");
            assertTrue(thirty.roundTrips() <= 12, "round trips: " + thirty.roundTrips());
        } finally {
            dropTenants(db, prefix);
        }
    }

    @AllDatabases
    void patternsFollowTheEnginesCaseRules(TestDatabase db) {
        String prefix = prefix(db);
        createTenants(db, prefix);
        // A schema spelled like the tenants but for case, created quoted: another schema where the engine compares
        // schema names with case (H2, PostgreSQL, MySQL with lower_case_table_names=0), the same spelling otherwise.
        String twin = prefix + "_Tenant_zz";
        boolean caseSensitive = !isMySqlFamily(db) || db.lowerCaseTableNames() == 0;
        String twinSql = quote(db, twin);
        db.execute(createSchema(db, twinSql), "CREATE TABLE " + twinSql + ".tn_customers (id BIGINT PRIMARY KEY)",
                "CREATE TABLE " + twinSql + ".tn_orders (id BIGINT PRIMARY KEY, customer_id BIGINT)");
        try {
            // Unquoted, the pattern folds as the engine folds names (H2: upper case; PostgreSQL: lower case).
            List<String> matched = check(db, prefix + "_tenant_*").database().tenants();
            assertEquals(TENANTS + (caseSensitive ? 0 : 1), matched.size(), matched::toString);
            assertEquals(caseSensitive, matched.stream().noneMatch(s -> s.equalsIgnoreCase(twin)), matched::toString);
            if (caseSensitive) {
                // Quoted, it keeps its case: only the twin.
                List<String> exact = check(db, quote(db, prefix + "_Tenant_*")).database().tenants();
                assertEquals(List.of(twin), exact);
            }
        } finally {
            db.execute(dropSchema(db, twinSql));
            dropTenants(db, prefix);
        }
    }

    private static String quote(TestDatabase db, String name) {
        return isMySqlFamily(db) ? "`" + name + "`" : "\"" + name + "\"";
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private record Counted(Report report, int roundTrips) {
    }

    private static Counted counted(TestDatabase db, String pattern) {
        try (Connection connection = db.connect()) {
            CountingConnection counting = new CountingConnection(connection);
            Report report = check(db, pattern, counting.connection());
            return new Counted(report, counting.roundTrips());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Report check(TestDatabase db, String pattern) {
        return check(db, pattern, Map.of());
    }

    private static Report check(TestDatabase db, String pattern, Map<String, Object> guard) {
        try (Connection connection = db.connect()) {
            return check(db, pattern, connection, guard);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Report check(TestDatabase db, String pattern, Connection connection) {
        return check(db, pattern, connection, Map.of());
    }

    private static Report check(TestDatabase db, String pattern, Connection connection, Map<String, Object> guard) {
        Map<String, Object> all = new HashMap<>(db.hibernateProperties());
        all.put(FkGuardSettings.MODE, "off");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : ENTITIES) {
                sources.addAnnotatedClass(entity);
            }
            Metadata metadata = sources.buildMetadata();
            Map<String, Object> properties = new HashMap<>(guard);
            properties.put(FkGuardSettings.RULES + "missing-foreign-key-index", "off");
            properties.put(FkGuardSettings.SCHEMAS, pattern);
            // The goldens name files from the repository root wherever the test classes were loaded from.
            properties.put(FkGuardSettings.SOURCE_ROOT, dev.fkguard.support.RepositoryRoot.get().toString());
            FkGuardSettings settings = FkGuardSettings.fromProperties(properties, BuiltInRules.all());
            return new FkGuard(settings).check(metadata, connection);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Tenant names in lower case, as the tests write them (H2 stores them upper-cased). */
    private static List<String> createTenants(TestDatabase db, String prefix) {
        dropTenants(db, prefix);
        List<String> tenants = IntStream.rangeClosed(1, TENANTS)
                .mapToObj(i -> String.format(Locale.ROOT, "%s_tenant_%02d", prefix, i)).toList();
        List<String> sql = new ArrayList<>();
        for (String tenant : tenants) {
            sql.add(createSchema(db, tenant));
            sql.add("CREATE TABLE " + tenant + ".tn_customers (id BIGINT PRIMARY KEY)");
            sql.add("CREATE TABLE " + tenant + ".tn_orders (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                    + " CONSTRAINT fk_tn_orders_customer FOREIGN KEY (customer_id) REFERENCES " + tenant
                    + ".tn_customers (id))");
        }
        db.execute(sql.toArray(String[]::new));
        return tenants;
    }

    private static void dropTenants(TestDatabase db, String prefix) {
        db.execute(IntStream.rangeClosed(1, TENANTS)
                .mapToObj(i -> dropSchema(db, String.format(Locale.ROOT, "%s_tenant_%02d", prefix, i)))
                .toArray(String[]::new));
    }

    private static String createSchema(TestDatabase db, String name) {
        return (isMySqlFamily(db) ? "CREATE DATABASE " : "CREATE SCHEMA ") + name;
    }

    private static String dropSchema(TestDatabase db, String name) {
        return isMySqlFamily(db) ? "DROP DATABASE IF EXISTS " + name : "DROP SCHEMA IF EXISTS " + name + " CASCADE";
    }

    private static String dropKey(TestDatabase db, String tenant) {
        return "ALTER TABLE " + tenant + ".tn_orders " + (isMySqlFamily(db) ? "DROP FOREIGN KEY " : "DROP CONSTRAINT ")
                + "fk_tn_orders_customer";
    }

    /** The tenants' prefix: the test's own schema on a shared server; H2's database is the test's alone. */
    private static String prefix(TestDatabase db) {
        return db.engine() == Engine.H2 ? "fkg" : db.schema();
    }

    private static String stored(TestDatabase db, String name) {
        return db.engine() == Engine.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static boolean isMySqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }


    private static String engine(TestDatabase db) {
        return db.engine().name().toLowerCase(Locale.ROOT);
    }

    /** The output without what changes from run to run: the test schema's name and the server's version. */
    private static String stable(TestDatabase db, String prefix, Report report, String text) {
        return text.replace(report.database().version(), "<version>")
                .replaceAll("(?i)" + Pattern.quote(prefix.replace("_", "\\_")) + "\\\\_", "<p>\\\\_")
                .replaceAll("(?i)" + Pattern.quote(prefix) + "_", "<p>_")
                .replaceAll("(?i)\\b" + Pattern.quote(db.schema()) + "\\b", "<db>");
    }

    private static List<String> formatted(Report report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.format()).toList();
    }

    /** Compares with golden/{name}; {@code -Dfkguard.golden.update=true} rewrites the file instead. */
    private static void assertGolden(String name, String actual) {
        GoldenFiles.assertMatches(name, actual);
    }
}
