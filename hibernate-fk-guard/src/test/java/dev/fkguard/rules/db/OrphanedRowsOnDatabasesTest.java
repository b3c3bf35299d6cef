package dev.fkguard.rules.db;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.data.DataCheckSettings;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrphanedRowsOnDatabasesTest {

    private static final FkGuardSettings DATA_CHECKS = FkGuardSettings.defaults()
            .withDataChecks(new DataCheckSettings(true, 10));

    /** Parent 1 exists; children 2 and 3 point at parents that do not; child 4 has no parent at all. */
    private static void childrenWithOrphans(TestDatabase db) {
        db.execute(PARENTS, children(""),
                "INSERT INTO parents (id, name) VALUES (1, 'one')",
                "INSERT INTO children (id, parent_id) VALUES (1, 1)",
                "INSERT INTO children (id, parent_id) VALUES (2, 99)",
                "INSERT INTO children (id, parent_id) VALUES (3, 98)",
                "INSERT INTO children (id, parent_id) VALUES (4, NULL)");
    }

    @AllDatabases
    void orphansOfAMissingKeyAreCountedAndTheSampleQueryShowsThem(TestDatabase db) throws SQLException {
        childrenWithOrphans(db);
        Report report = GuardRun.check(db, DATA_CHECKS, Entities.Parent.class, Entities.Child.class);
        List<Finding> orphans = GuardRun.of(report, "orphaned-rows");
        assertEquals(1, orphans.size(), GuardRun.lines(report)::toString);
        String line = GuardRun.lines(report).stream().filter(l -> l.contains("[orphaned-rows]")).findFirst().orElseThrow();
        assertTrue(line.startsWith("ERROR [orphaned-rows] children.parent_id → parents.id: 2 rows of children"
                + " reference a parents row that does not exist; the database has no constraint, and these rows block"
                + " adding it;"), line);
        assertEquals(List.of(2L, 3L), idsReturnedBy(db, sampleQuery(orphans.get(0))));
        assertTrue(GuardRun.ruleIds(report).contains("ERROR missing-foreign-key"), GuardRun.ruleIds(report)::toString);
    }

    @AllDatabases
    void aRelationWithoutConstraintIsCheckedToo(TestDatabase db) throws SQLException {
        childrenWithOrphans(db);
        Report report = GuardRun.check(db, DATA_CHECKS, Entities.Parent.class, GraphEntities.UnguardedChild.class);
        // Without a constraint orphans may be kept on purpose (an event log): a warning, not a refused startup.
        assertEquals(List.of("WARNING orphaned-rows"), GuardRun.ruleIds(report));
        Finding finding = report.findings().get(0);
        assertTrue(finding.message().contains("the mapping (UnguardedChild.parent) has no constraint"), finding.message());
        assertTrue(finding.fix().contains("nothing else guards a relation without a constraint"), finding.fix());
        assertEquals(List.of(2L, 3L), idsReturnedBy(db, sampleQuery(finding)));
    }

    @AllDatabases
    void quietWithDataChecksOffAndWithoutOrphans(TestDatabase db) {
        childrenWithOrphans(db);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class,
                GraphEntities.UnguardedChild.class)), "data checks are off by default");
        db.execute("DELETE FROM children WHERE id IN (2, 3)");
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, DATA_CHECKS, Entities.Parent.class,
                GraphEntities.UnguardedChild.class)));
    }

    /** The settings reach the check when the guard runs as the Integrator. */
    @AllDatabases(only = Engine.H2)
    void theIntegratorRunsDataChecksWhenAskedTo(TestDatabase db) {
        childrenWithOrphans(db);
        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                Map.of("hibernate.fkguard.data-checks", "true", "hibernate.fkguard.data-checks.timeout-seconds", "5",
                        "hibernate.fkguard.fail-on", "warning"),
                Entities.Parent.class, GraphEntities.UnguardedChild.class).close());
        assertTrue(e.getMessage().contains("WARNING [orphaned-rows] children.parent_id → parents.id: 2 rows of children"),
                e.getMessage());
    }

    private static String sampleQuery(Finding finding) {
        String fix = finding.fix();
        String start = "look at them with ";
        return fix.substring(fix.indexOf(start) + start.length(), fix.indexOf("; then"));
    }

    private static List<Long> idsReturnedBy(TestDatabase db, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong("id"));
            }
        }
        ids.sort(null);
        return ids;
    }
}
