package dev.fkguard.names;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationFile;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One migration names each table one way. Its remedies see a table from both sides: the key to add as the mapping
 * writes it ({@code sp_orders}), the key to drop as the catalog stores it (H2: {@code SP_ORDERS}); a file mixing
 * the two reads as two tables. Here one table gets a replaced key (its delete rule), a dropped one (not mapped) and
 * an added one (missing), in the connection's schema and, on H2, in another one named by
 * {@code hibernate.default_schema} as a Spring Boot application names it.
 */
class OneSpellingPerTableOnDatabasesTest {

    private static final String SCHEMA = "fkg_spell";
    private static final Map<String, Object> SCOPE_ALL = Map.of(FkGuardSettings.MIGRATION_SCOPE, "all");

    @Entity(name = "SpCustomer")
    @Table(name = "sp_customers")
    static class Customer {
        @Id
        Long id;
    }

    @Entity(name = "SpOrder")
    @Table(name = "sp_orders")
    static class Order {
        @Id
        Long id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "customer_id")
        @OnDelete(action = OnDeleteAction.CASCADE)
        Customer customer;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "referrer_id")
        Customer referrer;
        /** A plain column the database gives a key the mapping does not have. */
        @Column(name = "legacy_id")
        Long legacyId;
    }

    private static String tables(String prefix) {
        return "CREATE TABLE " + prefix + "sp_customers (id BIGINT NOT NULL PRIMARY KEY);"
                + " CREATE TABLE " + prefix + "sp_orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL,"
                + " referrer_id BIGINT, legacy_id BIGINT,"
                + " CONSTRAINT fk_sp_orders_customer FOREIGN KEY (customer_id) REFERENCES " + prefix
                + "sp_customers (id),"
                + " CONSTRAINT fk_sp_orders_legacy FOREIGN KEY (legacy_id) REFERENCES " + prefix + "sp_customers (id));"
                + " CREATE INDEX ix_sp_orders_customer ON " + prefix + "sp_orders (customer_id);"
                + " CREATE INDEX ix_sp_orders_referrer ON " + prefix + "sp_orders (referrer_id);"
                + " CREATE INDEX ix_sp_orders_legacy ON " + prefix + "sp_orders (legacy_id)";
    }

    @AllDatabases
    void aTableTheMigrationAltersThreeWaysIsSpelledOneWay(TestDatabase db) {
        db.execute(tables("").split(";"));
        Report before = check(db, Map.of(), SCOPE_ALL, Customer.class, Order.class);
        MigrationPlan plan = assertOneSpelling(before, "sp_orders", "sp_customers");
        run(db, plan);
        assertEquals(List.of(), fixable(check(db, Map.of(), SCOPE_ALL, Customer.class, Order.class)));
    }

    /** The Spring drift IT's case: a schema of its own, named by the default schema; H2 stores it upper-case. */
    @AllDatabases(only = Engine.H2)
    void aTableInTheDefaultSchemaHibernateIsGivenIsSpelledOneWayWithItsSchema(TestDatabase db) {
        db.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
        try {
            db.execute(tables(SCHEMA + ".").split(";"));
            Map<String, Object> hibernate = Map.of("hibernate.default_schema", SCHEMA);
            Map<String, Object> guard = Map.of(FkGuardSettings.MIGRATION_SCOPE, "all", FkGuardSettings.SCHEMAS,
                    SCHEMA);
            Report before = check(db, hibernate, guard, Customer.class, Order.class);
            MigrationPlan plan = assertOneSpelling(before, SCHEMA, "sp_orders", "sp_customers");
            run(db, plan);
            assertEquals(List.of(), fixable(check(db, hibernate, guard, Customer.class, Order.class)));
        } finally {
            db.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    /**
     * Every file of the migration (SQL, Liquibase YAML and XML) spells each table, and the schema, as the mapping
     * does, statements and comments alike.
     */
    private static MigrationPlan assertOneSpelling(Report report, String... names) {
        Set<String> rules = new TreeSet<>();
        report.findings().forEach(f -> rules.add(f.rule().value()));
        assertTrue(rules.containsAll(List.of("delete-rule-mismatch", "missing-foreign-key",
                "unexpected-foreign-key")), rules::toString);
        MigrationPlan plan = PlannedFixes.of(report).plan();
        for (MigrationFormat format : List.of(MigrationFormat.SQL, MigrationFormat.LIQUIBASE_YAML,
                MigrationFormat.LIQUIBASE_XML)) {
            String content = String.join("\n", new MigrationWriter("1").render(plan, format).stream()
                    .map(MigrationFile::content).toList());
            for (String name : names) {
                assertEquals(Set.of(name), spellings(content, name), format + ":\n" + content);
            }
        }
        return plan;
    }

    /** Each way the identifier {@code name} is written in {@code text}, found without case. */
    private static Set<String> spellings(String text, String name) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static void run(TestDatabase db, MigrationPlan plan) {
        for (Statement statement : plan.statements()) {
            String sql = statement.sql().strip();
            db.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
        }
    }

    private static List<String> fixable(Report report) {
        MigrationPlan plan = PlannedFixes.of(report).plan();
        return report.findings().stream().filter(report.migrationScope()::includes)
                .filter(f -> f.remedies().stream().anyMatch(r -> !plan.leavesOut(r))).map(Finding::format).toList();
    }
}
