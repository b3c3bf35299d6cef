package dev.fkguard.names;

import dev.fkguard.FkGuardException;
import dev.fkguard.hibernate.LatestCheck;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.fkguard.names.NameEntities.CRM;
import static dev.fkguard.names.NamesOnDatabasesTest.createCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.dropCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.isMySqlFamily;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schemas the mapping names ({@code @Table(schema = …)}, MySQL {@code @Table(catalog = …)},
 * {@code hibernate.default_schema} / {@code default_catalog}) are read without {@code hibernate.fkguard.schemas},
 * as users meet the guard: through its Integrator while the SessionFactory starts, in warn mode. The application
 * starts, the check ran over those schemas, and its findings are the planted drift. When the guard sees none of the
 * mapped tables, the hint it gives is in the engine's own terms.
 */
class MappedSchemasOnStartupTest {

    private static final Map<String, Object> WARN = Map.of("hibernate.fkguard.mode", "warn",
            "hibernate.fkguard.rules.missing-foreign-key-index", "off");

    @AllDatabases
    void aTableMappedInAnotherSchemaIsReadAndItsKeyChecked(TestDatabase db) {
        missingKeyIntoCrmIsFound(db, Map.of());
    }

    /**
     * {@code hibernate.fkguard.schemas} names only the application's own schema: the catalog read is still the union
     * with the schemas the mapping names, so the key into crm is checked, not reported on a table "not found".
     */
    @AllDatabases
    void theSchemasSettingAddsToTheSchemasTheMappingNames(TestDatabase db) {
        missingKeyIntoCrmIsFound(db, Map.of("hibernate.fkguard.schemas", db.schema()));
    }

    private static void missingKeyIntoCrmIsFound(TestDatabase db, Map<String, Object> hibernate) {
        boolean mysql = isMySqlFamily(db);
        Class<?>[] entities = mysql
                ? new Class<?>[] {NameEntities.MCustomer.class, NameEntities.MCrmCustomer.class, NameEntities.MNote.class}
                : new Class<?>[] {NameEntities.SCustomer.class, NameEntities.SCrmCustomer.class, NameEntities.SNote.class};
        createCrm(db);
        try {
            // The key into crm is missing: only a check that reads crm can tell, and say it is that one.
            db.execute("CREATE TABLE " + CRM + ".customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE notes (id BIGINT PRIMARY KEY, customer_id BIGINT, crm_customer_id BIGINT,"
                            + " CONSTRAINT fk_notes_customer FOREIGN KEY (customer_id) REFERENCES customers (id))");
            Report report = startInWarnMode(db, hibernate, entities);
            assertTrue(report.database().schemas().stream().anyMatch(s -> s.equalsIgnoreCase(CRM)),
                    report.database().schemas().toString());
            Finding finding = single(report);
            assertEquals("missing-foreign-key", finding.rule().value(), finding.format());
            assertEquals(List.of("crm_customer_id"), lower(finding.location().columns()), finding.format());
            assertTrue(GuardRun.sql(report, finding).toLowerCase(Locale.ROOT).contains(CRM + ".customers"),
                    () -> GuardRun.sql(report, finding));
        } finally {
            dropCrm(db);
        }
    }

    @AllDatabases
    void theDefaultSchemaOfTheMappingIsReadAtStartup(TestDatabase db) {
        createCrm(db);
        try {
            db.execute("CREATE TABLE " + CRM + ".customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + CRM + ".notes (id BIGINT PRIMARY KEY, customer_id BIGINT)");
            Report report = startInWarnMode(db, defaultSchema(db), NameEntities.DCustomer.class,
                    NameEntities.DNote.class);
            Finding finding = single(report);
            assertEquals("missing-foreign-key", finding.rule().value(), finding.format());
            assertEquals("notes", finding.location().table().name().toLowerCase(Locale.ROOT));
            assertEquals(CRM, finding.location().table().schema().orElseThrow().toLowerCase(Locale.ROOT),
                    finding.format());
        } finally {
            dropCrm(db);
        }
    }

    /**
     * None of the mapped tables exists in the schema the mapping names: in warn mode the application starts, and the
     * check's failure says what to grant in the engine's own statement: MySQL/MariaDB {@code GRANT SELECT ON db.*},
     * PostgreSQL {@code GRANT USAGE ON SCHEMA}; H2, which shows its catalog to every user, no grant but its in-memory
     * pitfall.
     */
    @AllDatabases
    void seeingNoneOfTheMappedTablesGivesTheEnginesOwnHint(TestDatabase db) {
        createCrm(db);
        try {
            FkGuardException failure = failedInWarnMode(db, defaultSchema(db), NameEntities.DCustomer.class,
                    NameEntities.DNote.class);
            String message = failure.getMessage();
            assertEquals(FkGuardException.Code.CATALOG_ACCESS, failure.code(), message);
            assertTrue(message.contains("sees none of the 2 mapped tables"), message);
            String crm = db.engine() == Engine.H2 ? CRM.toUpperCase(Locale.ROOT) : CRM;
            switch (db.engine()) {
                case MYSQL, MARIADB -> {
                    assertTrue(message.contains("GRANT SELECT ON " + crm + ".* TO "), message);
                    assertFalse(message.contains("ON SCHEMA"), message);
                }
                case POSTGRESQL -> {
                    assertTrue(message.contains("GRANT USAGE ON SCHEMA " + crm + " TO "), message);
                    assertFalse(message.contains(".*"), message);
                }
                case H2 -> {
                    // H2 shows its catalog to every user: no grant, but the schema it has without the tables.
                    assertFalse(message.contains("GRANT"), message);
                    assertTrue(message.contains("no privilege is missing: this database has schemas PUBLIC, " + crm
                            + " but none of the tables in them"), message);
                    assertTrue(message.contains("DB_CLOSE_DELAY=-1"), message);
                }
            }
        } finally {
            dropCrm(db);
        }
    }

    private static Map<String, Object> defaultSchema(TestDatabase db) {
        return Map.of(isMySqlFamily(db) ? "hibernate.default_catalog" : "hibernate.default_schema", CRM);
    }

    private static Report startInWarnMode(TestDatabase db, Map<String, Object> hibernate, Class<?>... entities) {
        LatestCheck.Outcome outcome = outcome(db, hibernate, entities);
        if (outcome instanceof LatestCheck.Failed failed) {
            throw new AssertionError("the check failed: " + failed.failure().getMessage(), failed.failure());
        }
        return assertInstanceOf(LatestCheck.Checked.class, outcome).report();
    }

    private static FkGuardException failedInWarnMode(TestDatabase db, Map<String, Object> hibernate,
                                                     Class<?>... entities) {
        LatestCheck.Outcome outcome = outcome(db, hibernate, entities);
        return assertInstanceOf(LatestCheck.Failed.class, outcome, outcome::toString).failure();
    }

    /** Starts the application in warn mode (it must start) and returns what its startup check ended with. */
    private static LatestCheck.Outcome outcome(TestDatabase db, Map<String, Object> hibernate, Class<?>... entities) {
        Map<String, Object> settings = new HashMap<>(WARN);
        settings.putAll(hibernate);
        settings.put("hibernate.fkguard.concurrent-check", "false");
        try (SessionFactory factory = GuardRun.startSessionFactory(db, settings, entities)) {
            assertFalse(factory.isClosed());
            return LatestCheck.of(factory).orElseThrow().latest().orElseThrow();
        }
    }

    private static Finding single(Report report) {
        assertEquals(1, report.findings().size(), () -> String.join("\n",
                report.findings().stream().map(Finding::format).toList()));
        return report.findings().get(0);
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
