package dev.fkguard.names;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.fkguard.names.NameEntities.CRM;
import static dev.fkguard.names.NamesOnDatabasesTest.assertClean;
import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.createCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.dropCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.dropKey;
import static dev.fkguard.names.NamesOnDatabasesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code schemas=sales,crm} with a table {@code notes} in both, only the application's ({@code sales}, the test
 * schema) mapped: a drift planted on the mapped {@code notes} is fixed by a migration that leaves crm's key — same
 * constraint name, same column, a same-name target, its own delete rule — exactly as it was, read back from crm's
 * own catalog (PostgreSQL and H2 schemas, MySQL and MariaDB databases).
 */
class SameNameInTwoSchemasOnDatabasesTest {

    private static final Class<?>[] ENTITIES = {NameEntities.OCustomer.class, NameEntities.ONote.class};
    private static final List<String> CRM_KEYS = List.of("notes fk_notes_customer set null");

    @AllDatabases
    void theMigrationForTheMappedNotesLeavesCrmsKeyAsItWas(TestDatabase db) {
        createCrm(db);
        try {
            db.execute("CREATE TABLE " + CRM + ".customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + CRM + ".notes (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                            + " CONSTRAINT fk_notes_customer FOREIGN KEY (customer_id) REFERENCES " + CRM
                            + ".customers (id) ON DELETE SET NULL)",
                    "CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE notes (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                            + " CONSTRAINT fk_notes_customer FOREIGN KEY (customer_id) REFERENCES customers (id)"
                            + " ON DELETE CASCADE)");
            Map<String, Object> guard = Map.of(FkGuardSettings.SCHEMAS, db.schema() + "," + CRM);
            assertClean(check(db, Map.of(), guard, ENTITIES));
            assertEquals(CRM_KEYS, crmKeys(db));

            // The mapped key loses its ON DELETE CASCADE: the fix re-creates the mapped key, never crm's.
            db.execute(dropKey(db, "notes", "fk_notes_customer"), "ALTER TABLE notes ADD CONSTRAINT"
                    + " fk_notes_customer FOREIGN KEY (customer_id) REFERENCES customers (id)");
            Report weakened = check(db, Map.of(), guard, ENTITIES);
            assertOnTheMappedNotes(db, single(weakened, "delete-rule-mismatch"));
            applyPlan(db, weakened);
            assertEquals(CRM_KEYS, crmKeys(db));
            assertClean(check(db, Map.of(), guard, ENTITIES));

            // The mapped key is gone while crm's, spelled the same, stays: the fix adds the mapped one only.
            db.execute(dropKey(db, "notes", "fk_notes_customer"));
            Report missing = check(db, Map.of(), guard, ENTITIES);
            assertOnTheMappedNotes(db, single(missing, "missing-foreign-key"));
            applyPlan(db, missing);
            assertEquals(CRM_KEYS, crmKeys(db));
            assertClean(check(db, Map.of(), guard, ENTITIES));
        } finally {
            dropCrm(db);
        }
    }

    private static void assertOnTheMappedNotes(TestDatabase db, Finding finding) {
        assertEquals("notes", finding.location().table().name().toLowerCase(Locale.ROOT), finding.format());
        assertFalse(finding.location().table().schema().map(s -> s.equalsIgnoreCase(CRM)).orElse(false),
                finding.format());
    }

    /** Runs the migration the report plans, as a user would, after checking it names nothing in crm. */
    private static void applyPlan(TestDatabase db, Report report) {
        MigrationPlan plan = PlannedFixes.of(report).plan();
        List<String> sql = plan.statements().stream().map(Statement::sql).toList();
        assertFalse(sql.isEmpty(), "no migration planned");
        assertFalse(sql.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(CRM)), String.join("\n", sql));
        sql.forEach(db::execute);
    }

    /** crm's foreign keys as its own catalog lists them: table, constraint, delete rule (lower case). */
    private static List<String> crmKeys(TestDatabase db) {
        String sql = "SELECT tc.table_name, rc.constraint_name, rc.delete_rule"
                + " FROM information_schema.referential_constraints rc"
                + " JOIN information_schema.table_constraints tc ON tc.constraint_schema = rc.constraint_schema"
                + " AND tc.constraint_name = rc.constraint_name"
                + " WHERE rc.constraint_schema = ? ORDER BY tc.table_name, rc.constraint_name";
        List<String> keys = new ArrayList<>();
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, db.engine() == Engine.H2 ? CRM.toUpperCase(Locale.ROOT) : CRM);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add((rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3))
                            .toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }
}
