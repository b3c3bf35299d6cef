package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;

import java.util.List;

import static dev.fkguard.rules.db.ShopTables.OTHERS;
import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.PARENT_ID_INDEX;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** missing-foreign-key, unexpected-foreign-key and foreign-key-target-mismatch: the three ways keys fail to pair. */
class MissingAndUnexpectedForeignKeyOnDatabasesTest {

    @AllDatabases
    void missingForeignKeyFiresWhenTheConstraintWasNeverCreated(TestDatabase db) {
        db.execute(PARENTS, children(""), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [missing-foreign-key] children.parent_id → parents.id: mapping"
                + " child.parent (@manytoone) implies this foreign key; the database has none. fix: remove orphaned"
                // MariaDB stores RESTRICT for a key written without a rule, and the words say what it will hold.
                + " rows first, then add foreign key fk_children_parent_id children.parent_id → parents.id"),
                lines.get(0));
    }

    @AllDatabases
    void missingForeignKeyIsQuietWhenTheConstraintExists(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    @AllDatabases
    void unexpectedForeignKeyFiresForAConstraintNoMappingExplains(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.LonelyChild.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("WARNING [unexpected-foreign-key] children.parent_id → parents.id:"
                + " database constraint fk_children_parent is not explained by any mapped association"), lines.get(0));
        assertTrue(lines.get(0).contains("drop the stale constraint: drop fk_children_parent."), lines.get(0));
    }

    @AllDatabases
    void unexpectedForeignKeyIgnoresTablesTheMappingDoesNotMap(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class)));
    }

    @AllDatabases
    void targetMismatchFiresWhenTheConstraintReferencesAnotherTable(TestDatabase db) {
        db.execute(PARENTS, OTHERS, children(
                "CONSTRAINT fk_children_other FOREIGN KEY (parent_id) REFERENCES others (id)"), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [foreign-key-target-mismatch] children.parent_id → parents.id:"
                + " database constraint fk_children_other references others.id, but mapping child.parent references"
                + " parents.id"), lines.get(0));
    }
}
