package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;

import java.util.List;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.PARENT_ID_INDEX;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NullabilityMismatchOnDatabasesTest {

    @AllDatabases
    void requiredInTheMappingButNullableInTheDatabase(TestDatabase db) {
        db.execute(PARENTS, children("BIGINT", "NULL", fk("")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, ColumnRuleEntities.RequiredChild.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("WARNING [nullability-mismatch] children.parent_id → parents.id: parent_id"
                + " allows null in the database, but mapping requiredchild.parent requires a parents row"), lines.get(0));

        RemedyRun.apply(db, report, "nullability-mismatch");
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class,
                ColumnRuleEntities.RequiredChild.class)), "the proposed statement fixes it");
    }

    @AllDatabases
    void optionalInTheMappingButNotNullInTheDatabase(TestDatabase db) {
        db.execute(PARENTS, children("BIGINT", "NOT NULL", fk("")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("WARNING [nullability-mismatch] children.parent_id → parents.id: parent_id"
                + " is not null in the database, but mapping child.parent is optional (it may reference no parents row)"), lines.get(0));

        RemedyRun.apply(db, report, "nullability-mismatch");
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    @AllDatabases
    void quietWhenNullabilityAgrees(TestDatabase db) {
        db.execute(PARENTS, children("BIGINT", "NOT NULL", fk("")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class,
                ColumnRuleEntities.RequiredChild.class)));
    }

    /** A @MapsId key is the primary key: NOT NULL by nature, though the @OneToOne is optional. */
    @AllDatabases
    void quietOnAMapsIdPrimaryKeyColumn(TestDatabase db) {
        db.execute(PARENTS, "CREATE TABLE details (id BIGINT NOT NULL PRIMARY KEY,"
                + " CONSTRAINT fk_details_parent FOREIGN KEY (id) REFERENCES parents (id))");
        Report report = GuardRun.check(db, Entities.Parent.class, ColumnRuleEntities.ParentDetail.class);
        assertEquals(List.of(), GuardRun.lines(report));
    }
}
