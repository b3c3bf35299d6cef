package dev.fkguard.names;

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

import static dev.fkguard.names.NamesOnDatabasesTest.assertClean;
import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.dropKey;
import static dev.fkguard.names.NamesOnDatabasesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One table, two join columns that are an unquoted name and its quoted case twin as the engine stores them — on
 * PostgreSQL {@code parent_code} and {@code "Parent_Code"}, on H2 {@code parent_code} (stored {@code PARENT_CODE})
 * and {@code "parent_code"} — both referencing the same table, each with its own key and delete rule. The check is
 * clean when the schema matches; a key dropped or a delete rule weakened on either twin is reported on that twin's
 * column; the planned migration runs and touches only that twin's key, and the next check is clean.
 *
 * <p>Only H2 and PostgreSQL: MySQL and MariaDB compare column names without case (whatever
 * {@code lower_case_table_names} says), so such twins cannot exist there — {@code CREATE TABLE} rejects them as a
 * duplicate column ({@code NamesOnDatabasesTest#columnsThatDifferOnlyInCaseAreTwoColumns} covers that side).
 */
class JoinColumnCaseTwinsOnDatabasesTest {

    private static final String CASCADE_KEY = "fk_cw_items_parent";
    private static final String SET_NULL_KEY = "fk_cw_items_backup";
    private static final String ADD_CASCADE = "ALTER TABLE cw_items ADD CONSTRAINT " + CASCADE_KEY
            + " FOREIGN KEY (parent_code) REFERENCES cw_parents (id) ON DELETE CASCADE";

    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void eachTwinsKeyIsCheckedAndFixedOnItsOwnColumn(TestDatabase db) {
        Twins twins = Twins.on(db);
        db.execute("CREATE TABLE cw_parents (id BIGINT PRIMARY KEY)",
                "CREATE TABLE cw_items (id BIGINT PRIMARY KEY, parent_code BIGINT, " + twins.quotedSql() + " BIGINT)",
                ADD_CASCADE, addSetNull(twins));
        assertEquals(twins.asMapped(), rulesByTwin(db, twins));
        assertClean(check(db, Map.of(), twins.entities()));

        // The unquoted twin's key is dropped, then weakened; the quoted twin's key stays as it was.
        db.execute(dropKey(db, "cw_items", CASCADE_KEY));
        fixAndRecheck(db, twins, "missing-foreign-key", "parent_code", twins.quotedStored());
        db.execute(dropKey(db, "cw_items", cascadeKeyName(db)), "ALTER TABLE cw_items ADD CONSTRAINT " + CASCADE_KEY
                + " FOREIGN KEY (parent_code) REFERENCES cw_parents (id)");
        fixAndRecheck(db, twins, "delete-rule-mismatch", "parent_code", twins.quotedStored());

        // The same on the quoted twin; the unquoted twin's key stays as it was.
        db.execute(dropKey(db, "cw_items", SET_NULL_KEY));
        fixAndRecheck(db, twins, "missing-foreign-key", twins.quotedStored(), twins.unquotedStored());
        db.execute(dropKey(db, "cw_items", setNullKeyName(db)), "ALTER TABLE cw_items ADD CONSTRAINT " + SET_NULL_KEY
                + " FOREIGN KEY (" + twins.quotedSql() + ") REFERENCES cw_parents (id)");
        fixAndRecheck(db, twins, "delete-rule-mismatch", twins.quotedStored(), twins.unquotedStored());

        // Both keys gone at once: the migration adds two keys under two names, one per twin, with its own rule.
        db.execute(dropKey(db, "cw_items", cascadeKeyName(db)), dropKey(db, "cw_items", setNullKeyName(db)));
        Report bothMissing = check(db, Map.of(), twins.entities());
        assertEquals(List.of("missing-foreign-key [Parent_Code]", "missing-foreign-key [parent_code]"),
                bothMissing.findings().stream().map(f -> f.rule().value() + " " + f.location().columns()).sorted()
                        .toList());
        applyPlan(db, bothMissing);
        assertEquals(twins.asMapped(), rulesByTwin(db, twins));
        assertClean(check(db, Map.of(), twins.entities()));
    }

    /**
     * H2's own twins: {@code parent_code} unquoted, stored {@code PARENT_CODE}, and {@code "parent_code"} quoted,
     * stored as written. Hibernate refuses a mapping that names both (one logical name), so the mapping names the
     * unquoted one and the quoted twin is a column of the table with an unmapped key of its own: that key is
     * reported as unexpected on the quoted twin, never taken for the mapped key, and never changed by a fix.
     */
    @AllDatabases(only = Engine.H2)
    void onH2TheQuotedLowerCaseTwinIsNotTheUnquotedColumn(TestDatabase db) {
        db.execute("CREATE TABLE cw_parents (id BIGINT PRIMARY KEY)",
                "CREATE TABLE cw_folds (id BIGINT PRIMARY KEY, parent_code BIGINT, \"parent_code\" BIGINT,"
                        + " CONSTRAINT fk_cw_folds_parent FOREIGN KEY (parent_code) REFERENCES cw_parents (id)"
                        + " ON DELETE CASCADE,"
                        + " CONSTRAINT fk_cw_folds_backup FOREIGN KEY (\"parent_code\") REFERENCES cw_parents (id)"
                        + " ON DELETE SET NULL)");
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> check(db, Map.of(), NameEntities.CwParent.class, NameEntities.CwFoldTwins.class));
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(refused.getMessage())
                .contains("multiple physical column names"), refused.toString());

        Class<?>[] entities = {NameEntities.CwParent.class, NameEntities.CwFold.class};
        List<String> unmapped = List.of("unexpected-foreign-key [parent_code]");
        assertEquals(unmapped, rulesAndColumns(check(db, Map.of(), entities)));
        String backup = "FK_CW_FOLDS_BACKUP parent_code set null";

        // The mapped key is dropped, then weakened: reported on PARENT_CODE while the twin's key is there.
        db.execute(dropKey(db, "cw_folds", "fk_cw_folds_parent"));
        Report missing = check(db, Map.of(), entities);
        assertEquals(List.of("missing-foreign-key [PARENT_CODE]", "unexpected-foreign-key [parent_code]"),
                rulesAndColumns(missing));
        applyPlan(db, onlyFor(missing, "PARENT_CODE"));
        assertEquals(unmapped, rulesAndColumns(check(db, Map.of(), entities)));
        List<String> keys = keys(db, "CW_FOLDS");
        assertEquals(List.of("PARENT_CODE cascade", "parent_code set null"),
                keys.stream().map(k -> k.substring(k.indexOf(' ') + 1)).sorted().toList());
        assertTrue(keys.contains(backup), keys.toString());

        String mapped = keyNameOn(db, "CW_FOLDS", "PARENT_CODE");
        db.execute(dropKey(db, "cw_folds", mapped), "ALTER TABLE cw_folds ADD CONSTRAINT fk_cw_folds_parent"
                + " FOREIGN KEY (parent_code) REFERENCES cw_parents (id)");
        Report weakened = check(db, Map.of(), entities);
        assertEquals(List.of("delete-rule-mismatch [PARENT_CODE]", "unexpected-foreign-key [parent_code]"),
                rulesAndColumns(weakened));
        applyPlan(db, onlyFor(weakened, "PARENT_CODE"));
        assertEquals(unmapped, rulesAndColumns(check(db, Map.of(), entities)));
        assertTrue(keys(db, "CW_FOLDS").contains(backup), keys(db, "CW_FOLDS").toString());
    }

    private static List<String> rulesAndColumns(Report report) {
        return report.findings().stream().map(f -> f.rule().value() + " " + f.location().columns()).sorted().toList();
    }

    /** The report with only the findings on {@code column}: the unmapped twin's key is the DBA's to keep. */
    private static Report onlyFor(Report report, String column) {
        List<Finding> findings = report.findings().stream()
                .filter(f -> f.location().columns().equals(List.of(column))).toList();
        return new Report(report.database(), report.foreignKeysChecked(), findings, report.suppressed(),
                report.baselined(), report.graph(), report.schema(), report.migrationScope(), report.timings());
    }

    /**
     * Checks that exactly one {@code rule} finding is reported, on {@code drifted} (as the report names it: the
     * mapping's spelling); runs the planned migration; then checks that the database holds both twins' keys with
     * their mapped rules, the key on {@code other} (as stored) untouched, and that the next check is clean.
     */
    private static void fixAndRecheck(TestDatabase db, Twins twins, String rule, String drifted, String other) {
        List<String> otherBefore = keysOn(db, other);
        Report report = check(db, Map.of(), twins.entities());
        Finding finding = single(report, rule);
        assertEquals("cw_items", finding.location().table().name().toLowerCase(Locale.ROOT), finding.format());
        assertEquals(List.of(drifted), finding.location().columns(), finding.format());
        applyPlan(db, report);
        assertEquals(otherBefore, keysOn(db, other), "the other twin's key was touched");
        assertEquals(twins.asMapped(), rulesByTwin(db, twins));
        assertClean(check(db, Map.of(), twins.entities()));
    }

    /** Runs the migration the report plans, as a user would. */
    private static void applyPlan(TestDatabase db, Report report) {
        MigrationPlan plan = PlannedFixes.of(report).plan();
        assertEquals(List.of(), plan.refused().stream().map(Object::toString).toList());
        List<String> sql = plan.statements().stream().map(Statement::sql).toList();
        assertFalse(sql.isEmpty(), "no migration planned");
        sql.forEach(db::execute);
    }

    private static String addSetNull(Twins twins) {
        return "ALTER TABLE cw_items ADD CONSTRAINT " + SET_NULL_KEY + " FOREIGN KEY (" + twins.quotedSql() + ")"
                + " REFERENCES cw_parents (id) ON DELETE SET NULL";
    }

    /** The current name of the unquoted twin's key (the planner may have re-created it under its own name). */
    private static String cascadeKeyName(TestDatabase db) {
        return keyNameOn(db, Twins.on(db).unquotedStored());
    }

    private static String setNullKeyName(TestDatabase db) {
        return keyNameOn(db, Twins.on(db).quotedStored());
    }

    private static String keyNameOn(TestDatabase db, String column) {
        return keyNameOn(db, db.engine() == Engine.H2 ? "CW_ITEMS" : "cw_items", column);
    }

    private static String keyNameOn(TestDatabase db, String table, String column) {
        List<String> names = keys(db, table).stream().filter(k -> k.split(" ", 3)[1].equals(column)).toList();
        assertEquals(1, names.size(), () -> "keys on " + column + ": " + names);
        String name = names.get(0).substring(0, names.get(0).indexOf(' '));
        // Quoted, so that a name the planner kept in case (PostgreSQL, H2) is dropped as it is stored.
        return "\"" + name + "\"";
    }

    private static List<String> keysOn(TestDatabase db, String column) {
        return keys(db).stream().filter(k -> k.split(" ", 3)[1].equals(column)).toList();
    }

    /**
     * The foreign keys of {@code cw_items} as the engine's own catalog lists them: constraint name, column exactly as
     * stored, delete rule in lower case — read without the guard, so its name handling cannot hide a wrong fix.
     */
    private static List<String> keys(TestDatabase db) {
        return keys(db, db.engine() == Engine.H2 ? "CW_ITEMS" : "cw_items");
    }

    /** The foreign keys of {@code table} (as stored) as {@link #keys(TestDatabase)} lists them. */
    private static List<String> keys(TestDatabase db, String table) {
        String sql = "SELECT rc.constraint_name, kcu.column_name, rc.delete_rule"
                + " FROM information_schema.referential_constraints rc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = rc.constraint_schema"
                + " AND kcu.constraint_name = rc.constraint_name"
                + " WHERE rc.constraint_schema = ? AND kcu.table_name = ? ORDER BY rc.constraint_name";
        boolean h2 = db.engine() == Engine.H2;
        List<String> keys = new ArrayList<>();
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, h2 ? "PUBLIC" : db.schema());
            statement.setString(2, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1) + " " + rows.getString(2) + " "
                            + rows.getString(3).toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    /** Each key's column and delete rule, the unquoted twin's first. */
    private static List<String> rulesByTwin(TestDatabase db, Twins twins) {
        return keys(db).stream().map(k -> k.substring(k.indexOf(' ') + 1))
                .sorted(java.util.Comparator.comparing(k -> k.startsWith(twins.unquotedStored() + " ") ? 0 : 1))
                .toList();
    }

    /** The twins on one engine: how the quoted one is written in SQL, and how the catalog stores each. */
    private record Twins(String quotedSql, String unquotedStored, String quotedStored, Class<?>[] entities) {
        static Twins on(TestDatabase db) {
            Class<?>[] entities = {NameEntities.CwParent.class, NameEntities.CwItem.class};
            return db.engine() == Engine.H2
                    ? new Twins("\"Parent_Code\"", "PARENT_CODE", "Parent_Code", entities)
                    : new Twins("\"Parent_Code\"", "parent_code", "Parent_Code", entities);
        }

        /** The keys as the mapping declares them: column and delete rule, the unquoted twin first. */
        List<String> asMapped() {
            return List.of(unquotedStored + " cascade", quotedStored + " set null");
        }
    }
}
