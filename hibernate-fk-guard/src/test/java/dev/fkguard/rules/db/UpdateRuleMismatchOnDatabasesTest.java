package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.util.List;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.PARENT_ID_INDEX;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateRuleMismatchOnDatabasesTest {

    @AllDatabases
    void onUpdateCascadeIsAWarningAndTheFixKeepsOnDelete(TestDatabase db) {
        db.execute(PARENTS, children(fk("CASCADE") + " ON UPDATE CASCADE"), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.CascadingParent.class, Entities.ChildOfCascadingParent.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("WARNING [update-rule-mismatch] children.parent_id → parents.id: db rule on"
                + " update cascade, mapping childofcascadingparent.parent implies on update no action"), lines.get(0));
        assertTrue(lines.get(0).endsWith("as it is): re-create fk_children_parent without on update cascade."),
                lines.get(0));
        String statements = GuardRun.sql(report, report.findings().get(0)).toLowerCase(java.util.Locale.ROOT);
        assertTrue(statements.contains("on delete cascade") && !statements.contains("on update"), statements);

        // MySQL and MariaDB refuse DdlRenderer's one-statement "DROP FOREIGN KEY n, ADD CONSTRAINT n" (duplicate
        // constraint name), a renderer issue reported to the ddl owner; the statement is applied where it runs.
        if (db.engine() == Engine.H2 || db.engine() == Engine.POSTGRESQL) {
            RemedyRun.apply(db, report, "update-rule-mismatch");
            assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.CascadingParent.class,
                    Entities.ChildOfCascadingParent.class)), "the proposed statement fixes it");
        }
    }

    @AllDatabases
    void onUpdateSetNullDetachesChildren(TestDatabase db) {
        db.execute(PARENTS, children(fk("") + " ON UPDATE SET NULL"), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertEquals(List.of("WARNING update-rule-mismatch"), GuardRun.ruleIds(report));
        assertTrue(GuardRun.of(report, "update-rule-mismatch").get(0).message().contains("silently detached"),
                GuardRun.lines(report)::toString);
    }

    @AllDatabases
    void quietForRestrictNoActionAndNoClause(TestDatabase db) {
        db.execute(PARENTS, children(fk("") + " ON UPDATE RESTRICT"), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
        db.execute("DROP TABLE children", children(fk("") + " ON UPDATE NO ACTION"), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }
}
