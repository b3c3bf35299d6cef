package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissingForeignKeyIndexOnDatabasesTest {

    /** PostgreSQL creates no index for a foreign key. */
    @AllDatabases(only = Engine.POSTGRESQL)
    void firesOnPostgresWithoutAnIndexAndTheFixCreatesOne(TestDatabase db) {
        db.execute(PARENTS, children(fk("")));
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertEquals(List.of("WARNING [missing-foreign-key-index] children.parent_id → parents.id: no index starts"
                + " with the columns of database constraint fk_children_parent; every delete or key update of a"
                + " parents row scans children and locks it meanwhile, and loading the children of one parent scans"
                + " too. fix: index the foreign key columns (on a busy postgresql table use create index"
                + " concurrently): create index idx_children_parent_id on children.parent_id."),
                GuardRun.lines(report));

        RemedyRun.apply(db, report, "missing-foreign-key-index");
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    /** An index whose leading columns are the key's serves it, whatever else follows. */
    @AllDatabases
    void quietWhenAnIndexStartsWithTheKeyColumns(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), "CREATE INDEX idx_children_parent_then_id ON children (parent_id, id)");
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void firesWhenTheKeyColumnIsNotTheLeadingColumn(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), "CREATE INDEX idx_children_id_then_parent ON children (id, parent_id)");
        assertEquals(List.of("WARNING missing-foreign-key-index"),
                GuardRun.ruleIds(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    /** InnoDB and H2 create the index with the key, so a plain key is quiet there. */
    @AllDatabases(only = {Engine.H2, Engine.MYSQL, Engine.MARIADB})
    void quietWhereTheEngineIndexesTheKeyItself(TestDatabase db) {
        db.execute(PARENTS, children(fk("")));
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    /** MariaDB lets the key's index be dropped while the checks are off; then the rule fires there too. */
    @AllDatabases(only = Engine.MARIADB)
    void firesOnMariaDbWhenTheKeysIndexWasDroppedWithChecksOff(TestDatabase db) {
        db.execute(PARENTS, children(fk("")));
        db.execute("SET foreign_key_checks = 0", "ALTER TABLE children DROP INDEX fk_children_parent",
                "SET foreign_key_checks = 1");
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertEquals(List.of("WARNING missing-foreign-key-index"), GuardRun.ruleIds(report));
        assertTrue(GuardRun.lines(report).get(0).endsWith("create index idx_children_parent_id on children.parent_id."),
                GuardRun.lines(report).get(0));
    }

    /** MySQL 8 refuses to drop the index a key needs even with the checks off: the key always has one there. */
    @AllDatabases(only = Engine.MYSQL)
    void mySqlNeverLetsTheKeysIndexGo(TestDatabase db) throws SQLException {
        db.execute(PARENTS, children(fk("")));
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET foreign_key_checks = 0");
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.execute("ALTER TABLE children DROP INDEX fk_children_parent"));
            assertTrue(refused.getMessage().contains("needed in a foreign key constraint"), refused.getMessage());
        }
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }
}
