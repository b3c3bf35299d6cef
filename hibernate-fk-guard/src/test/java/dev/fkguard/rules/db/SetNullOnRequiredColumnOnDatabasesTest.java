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

class SetNullOnRequiredColumnOnDatabasesTest {

    /** PostgreSQL and H2 accept SET NULL on a NOT NULL column; the delete fails later. */
    @AllDatabases(only = {Engine.POSTGRESQL, Engine.H2})
    void databaseSetNullOnNotNullColumnIsAnError(TestDatabase db) {
        db.execute(PARENTS, children("BIGINT", "NOT NULL", fk("SET NULL")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.SetNullChild.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [set-null-on-required-column] children.parent_id → parents.id:"
                + " database constraint fk_children_parent has on delete set null but parent_id is not null"), lines.get(0));
        assertTrue(lines.get(0).contains("fix: allow null in children.parent_id, or change the rule"), lines.get(0));
        assertTrue(GuardRun.sql(report, report.findings().get(0)).toLowerCase(java.util.Locale.ROOT)
                .contains("drop not null") || GuardRun.sql(report, report.findings().get(0)).contains(" NULL;"),
                () -> GuardRun.sql(report, report.findings().get(0)));
    }

    @AllDatabases
    void mappingSetNullOnRequiredAssociationIsAnError(TestDatabase db) {
        db.execute(PARENTS, children("BIGINT", "NULL", fk("SET NULL")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.RequiredSetNullChild.class);
        List<String> rules = GuardRun.ruleIds(report);
        assertTrue(rules.contains("ERROR set-null-on-required-column"), rules::toString);
        assertTrue(GuardRun.of(report, "set-null-on-required-column").get(0).message()
                .contains("declares @OnDelete(SET_NULL) on a column it maps as not nullable"), rules::toString);
    }

    @AllDatabases
    void quietOnANullableColumn(TestDatabase db) {
        db.execute(PARENTS, children("BIGINT", "NULL", fk("SET NULL")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.SetNullChild.class)));
    }
}
