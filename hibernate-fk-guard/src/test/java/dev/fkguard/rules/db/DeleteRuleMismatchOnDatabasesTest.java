package dev.fkguard.rules.db;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.util.List;
import java.util.Map;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.PARENT_ID_INDEX;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeleteRuleMismatchOnDatabasesTest {

    /** What each engine stores for a constraint written without ON DELETE, in its own word. */
    private static String omittedRule(TestDatabase db) {
        return db.engine() == Engine.MARIADB ? "restrict" : "no action";
    }

    @AllDatabases
    void onDeleteCascadeWithoutDatabaseCascadeIsAnError(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.CascadeChild.class);
        assertEquals(List.of("ERROR [delete-rule-mismatch] children.parent_id → parents.id: db rule "
                + omittedRule(db) + ", mapping @ondelete(cascade); hibernate leaves the children to the database, so"
                + " deleting a parent fails."), GuardRun.lines(report).stream()
                .map(line -> line.substring(0, line.indexOf(" fix: "))).toList());
        assertTrue(GuardRun.lines(report).get(0).endsWith("re-create fk_children_parent with on delete cascade."),
                GuardRun.lines(report).get(0));
        assertTrue(GuardRun.sql(report, report.findings().get(0)).contains("ON DELETE CASCADE;"),
                () -> GuardRun.sql(report, report.findings().get(0)));
    }

    /**
     * Hibernate deletes the children before the parent, so the refusing key breaks nothing: no finding by default;
     * the suggestion to cascade in the database too comes only when switched on.
     */
    @AllDatabases
    void ormCascadeOverARefusingConstraintIsAnInfoSuggestionOnlyWhenSwitchedOn(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.ruleIds(GuardRun.check(db, Entities.CascadingParent.class,
                Entities.ChildOfCascadingParent.class)));
        FkGuardSettings switchedOn = FkGuardSettings.fromProperties(
                Map.of("hibernate.fkguard.rules.cascade-remove-without-on-delete", "info"), BuiltInRules.all());
        Report report = GuardRun.check(db, switchedOn, Entities.CascadingParent.class,
                Entities.ChildOfCascadingParent.class);
        assertEquals(List.of("INFO cascade-remove-without-on-delete"), GuardRun.ruleIds(report));
        assertTrue(report.findings().get(0).message().contains("cascade = REMOVE and orphanRemoval without @OnDelete"),
                report.findings().get(0).message());
    }

    @AllDatabases
    void databaseSetNullTheMappingDoesNotKnowIsAWarning(TestDatabase db) {
        db.execute(PARENTS, children(fk("SET NULL")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertEquals(List.of("WARNING delete-rule-mismatch"), GuardRun.ruleIds(report));
        assertTrue(report.findings().get(0).message().startsWith("DB rule SET NULL, mapping has no @OnDelete"),
                report.findings().get(0).message());
    }

    @AllDatabases
    void quietWhenTheDatabaseDoesWhatTheMappingSays(TestDatabase db) {
        db.execute(PARENTS, children(fk("CASCADE")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.CascadeChild.class)));
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.CascadingParent.class,
                Entities.ChildOfCascadingParent.class)), "ORM cascade over database cascade is consistent");
    }

    @AllDatabases
    void quietForRestrictAndNoActionAlike(TestDatabase db) {
        db.execute(PARENTS, children(fk("RESTRICT")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
        db.execute("DROP TABLE children", children(fk("NO ACTION")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    /**
     * A declared RESTRICT over the engine's NO ACTION: the same on MySQL and MariaDB (both checked at once); on
     * PostgreSQL and H2, NO ACTION is checked at the end of the statement, so the report says so (INFO), in the
     * engine's own word, and the fix spells RESTRICT out.
     */
    @AllDatabases
    void declaredRestrictOverNoActionDiffersOnlyWhereTheEngineChecksThemApart(TestDatabase db) {
        db.execute(PARENTS, children(fk("NO ACTION")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.RestrictChild.class);
        if (db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB) {
            assertEquals(List.of(), GuardRun.lines(report));
            return;
        }
        assertEquals(List.of("INFO delete-rule-mismatch"), GuardRun.ruleIds(report));
        String line = GuardRun.lines(report).get(0);
        assertTrue(line.contains("db rule no action, mapping @ondelete(restrict); both refuse the delete"), line);
        assertTrue(line.contains("on delete restrict"), line);
        RemedyRun.apply(db, report, "delete-rule-mismatch");
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.RestrictChild.class)));
    }
}
