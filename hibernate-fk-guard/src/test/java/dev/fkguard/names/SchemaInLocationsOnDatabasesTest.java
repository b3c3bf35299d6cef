package dev.fkguard.names;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.JsonReport;
import dev.fkguard.report.MarkdownReport;
import dev.fkguard.report.Report;
import dev.fkguard.report.SarifReport;
import dev.fkguard.report.TableGroupedTextReport;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.fkguard.names.NameEntities.CRM;
import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.createCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.dropCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.isMySqlFamily;
import static dev.fkguard.names.NamesOnDatabasesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finding on a table outside the connection's default schema is located with its schema in every report, as the
 * migration names that table, so a reader (and a SARIF viewer) never has to guess which of two same-name tables it
 * means; a table in the default schema stays unqualified, as the migration writes it. A baseline line that names the
 * schema accepts the finding there, a schema whose case the engine keeps written in double quotes.
 */
class SchemaInLocationsOnDatabasesTest {

    private static final Class<?>[] ENTITIES = {NameEntities.DCustomer.class, NameEntities.DNote.class};
    private static final String CREATE = "CREATE TABLE %1$s.customers (id BIGINT PRIMARY KEY)"
            + ";CREATE TABLE %1$s.notes (id BIGINT PRIMARY KEY, customer_id BIGINT)";

    @AllDatabases
    void aFindingOutsideTheDefaultSchemaIsLocatedWithItsSchemaInEveryReport(TestDatabase db, @TempDir Path dir)
            throws IOException {
        createCrm(db);
        try {
            db.execute(String.format(CREATE, CRM).split(";"));
            Report report = check(db, defaultSchema(db, CRM), ENTITIES);
            Finding finding = single(report, "missing-foreign-key");
            String where = CRM + ".notes.customer_id → " + CRM + ".customers.id";
            assertLocatedAs(report, where);
            assertTrue(GuardRun.sql(report, finding).toLowerCase(Locale.ROOT).contains("alter table " + CRM + ".notes"),
                    () -> GuardRun.sql(report, finding));
            String sarif = lower(new SarifReport().render(report));
            assertTrue(sarif.contains("\"missing-foreign-key:" + CRM + ".notes(customer_id)->" + CRM
                    + ".customers(id)\""), sarif);

            // A line naming the schema accepts it there; one naming another schema does not (and is stale).
            Path baseline = dir.resolve("baseline.txt");
            Map<String, Object> guard = Map.of(FkGuardSettings.BASELINE, baseline.toString());
            String line = "missing-foreign-key|notes|customer_id|customers|id|";
            Files.writeString(baseline, line + CRM + "\n");
            Report accepted = NamesOnDatabasesTest.check(db, defaultSchema(db, CRM), guard, ENTITIES);
            assertEquals(List.of(), accepted.findings().stream().map(Finding::format).toList());
            assertEquals(1, accepted.baselined().size());
            Files.writeString(baseline, line + db.schema() + "\n");
            Report elsewhere = NamesOnDatabasesTest.check(db, defaultSchema(db, CRM), guard, ENTITIES);
            assertEquals(List.of("missing-foreign-key", "stale-baseline-entry"),
                    elsewhere.findings().stream().map(f -> f.rule().value()).sorted().toList());
        } finally {
            dropCrm(db);
        }
    }

    @AllDatabases
    void aFindingInTheDefaultSchemaStaysUnqualified(TestDatabase db) {
        db.execute(String.format(CREATE, db.schema()).split(";"));
        Report report = check(db, Map.of(), ENTITIES);
        single(report, "missing-foreign-key");
        assertLocatedAs(report, "notes.customer_id → customers.id");
        // SARIF's fully qualified name and fingerprint name the default schema too, as the catalog stores it.
        String sarif = lower(new SarifReport().render(report));
        assertFalse(sarif.contains(lower(db.schema()) + ".notes.customer_id"), sarif);
        String schema = lower(db.schema());
        assertTrue(sarif.contains("\"missing-foreign-key:" + schema + ".notes(customer_id)->" + schema
                + ".customers(id)\""), sarif);
    }

    /**
     * A mapping that names the default schema ({@code hibernate.default_schema} or {@code @Table(schema)}) says the
     * same as one that does not: the text report's table heading is unqualified, as its lines are.
     */
    @AllDatabases
    void aTableHeadingNamesTheDefaultSchemaAsItsLinesDo(TestDatabase db) {
        db.execute(String.format(CREATE, db.schema()).split(";"));
        Report report = check(db, defaultSchema(db, db.schema()), ENTITIES);
        single(report, "missing-foreign-key");
        String text = lower(new TableGroupedTextReport().render(report));
        assertTrue(text.contains("\nnotes (1 finding)\n"), text);
        assertTrue(text.contains("] notes.customer_id → customers.id"), text);
    }

    /**
     * PostgreSQL and H2 keep the case of a quoted schema, MySQL and MariaDB (with {@code lower_case_table_names=0},
     * as the harness starts them) of every database name: {@code Tenant_A} is not {@code tenant_a}. A baseline line
     * names such a schema as table names are, in double quotes with its case.
     */
    @AllDatabases
    void aBaselineLineNamesASchemaThatKeepsItsCaseInQuotes(TestDatabase db, @TempDir Path dir) throws IOException {
        boolean mysql = isMySqlFamily(db);
        assertEquals(0, mysql ? db.lowerCaseTableNames() : 0, "the harness starts MySQL/MariaDB case-sensitive");
        String schema = mysql ? "`Tenant_A`" : "\"Tenant_A\"";
        String drop = mysql ? "DROP DATABASE IF EXISTS " + schema : "DROP SCHEMA IF EXISTS " + schema + " CASCADE";
        db.execute(drop, (mysql ? "CREATE DATABASE " : "CREATE SCHEMA ") + schema);
        try {
            db.execute(String.format(CREATE, schema).split(";"));
            Path baseline = dir.resolve("baseline.txt");
            Map<String, Object> guard = Map.of(FkGuardSettings.BASELINE, baseline.toString());
            String line = "missing-foreign-key|notes|customer_id|customers|id|";

            Files.writeString(baseline, line + "\"Tenant_A\"\n");
            Report accepted = NamesOnDatabasesTest.check(db, defaultSchema(db, schema), guard, ENTITIES);
            assertEquals(List.of(), accepted.findings().stream().map(Finding::format).toList());
            assertEquals(1, accepted.baselined().size());

            // The same letters in another case name another schema.
            Files.writeString(baseline, line + "\"TENANT_a\"\n");
            Report other = NamesOnDatabasesTest.check(db, defaultSchema(db, schema), guard, ENTITIES);
            assertEquals(List.of("missing-foreign-key", "stale-baseline-entry"),
                    other.findings().stream().map(f -> f.rule().value()).sorted().toList());
            String console = new ConsoleReport().render(other);
            assertTrue(console.contains("Tenant_A.notes.customer_id"), console);
        } finally {
            db.execute(drop);
        }
    }


    /** The console line (and so the startup failure), the text, Markdown, JSON and SARIF reports all say it so. */
    private static void assertLocatedAs(Report report, String where) {
        for (String rendered : List.of(new ConsoleReport().render(report), new TableGroupedTextReport().render(report),
                new MarkdownReport().render(report), new JsonReport().render(report),
                new SarifReport().render(report))) {
            assertTrue(lower(rendered).contains(where), () -> where + " not in:\n" + rendered);
        }
    }

    private static Map<String, Object> defaultSchema(TestDatabase db, String schema) {
        return Map.of(isMySqlFamily(db) ? "hibernate.default_catalog" : "hibernate.default_schema", schema);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
