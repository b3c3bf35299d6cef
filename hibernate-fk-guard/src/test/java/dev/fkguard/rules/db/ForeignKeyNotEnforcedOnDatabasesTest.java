package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.PARENT_ID_INDEX;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForeignKeyNotEnforcedOnDatabasesTest {

    /** MyISAM accepts the FOREIGN KEY clause and throws it away: the key is missing, the engine is why. */
    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void myIsamTablesAreTheRootCauseOfTheMissingKey(TestDatabase db) {
        db.execute(PARENTS + " ENGINE=MyISAM", children(fk("")) + " ENGINE=MyISAM", PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertEquals(List.of("ERROR foreign-key-not-enforced", "ERROR missing-foreign-key",
                "ERROR foreign-key-not-enforced"), GuardRun.ruleIds(report), GuardRun.lines(report)::toString);
        List<String> lines = GuardRun.lines(report);
        assertTrue(lines.get(0).startsWith("ERROR [foreign-key-not-enforced] children: table children uses storage"
                + " engine myisam, which ignores foreign keys (myisam does not even keep their definitions, so they"
                + " are also reported missing): nothing guards children.parent_id → parents.id."), lines.get(0));
        assertTrue(lines.get(0).contains("move table children to storage engine innodb."), lines.get(0));
        assertTrue(GuardRun.sql(report, report.findings().get(0)).contains("ALTER TABLE children ENGINE=InnoDB;"),
                () -> GuardRun.sql(report, report.findings().get(0)));
        assertTrue(lines.get(2).startsWith("ERROR [foreign-key-not-enforced] parents: table parents uses storage"
                + " engine myisam"), lines.get(2));

        RemedyRun.apply(db, report, "foreign-key-not-enforced");
        assertEquals(List.of("ERROR missing-foreign-key"),
                GuardRun.ruleIds(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)),
                "on InnoDB only the key itself is left to add");
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void memoryEngineChildIsReported(TestDatabase db) {
        db.execute(PARENTS, children("") + " ENGINE=MEMORY");
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertTrue(GuardRun.lines(report).contains("ERROR [foreign-key-not-enforced] children: table children uses"
                + " storage engine memory, which ignores foreign keys (myisam does not even keep their definitions, so"
                + " they are also reported missing): nothing guards children.parent_id → parents.id. fix: move the"
                + " table to innodb (check orphaned rows first; tables on both sides of a key must be innodb): move"
                + " table children to storage engine innodb. then add the missing foreign keys."),
                GuardRun.lines(report)::toString);
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void notValidKeyIsAnErrorUntilValidated(TestDatabase db) {
        db.execute(PARENTS, children(""), PARENT_ID_INDEX,
                "ALTER TABLE children ADD " + fk("") + " NOT VALID");
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertEquals(List.of("ERROR [foreign-key-not-enforced] children.parent_id → parents.id: database constraint"
                + " fk_children_parent is not valid: new rows are checked, but rows written before it was added never"
                + " were and may point at parents that do not exist. fix: check for orphaned rows, then validate it"
                + " (takes only a share update exclusive lock): validate the existing rows against"
                + " fk_children_parent."), GuardRun.lines(report));

        RemedyRun.apply(db, report, "foreign-key-not-enforced");
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    /** InnoDB tables, valid keys and checks on: every engine is quiet. */
    @AllDatabases
    void quietOnAnEnforcingSchema(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }

    /**
     * The global setting is server-wide and the server is shared by the whole test JVM (tests run one at a time):
     * it is restored in {@code finally}, and checked to be restored.
     */
    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void globalForeignKeyChecksOffIsReportedOnce(TestDatabase db) throws SQLException {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        Report report;
        try {
            db.server().executeAsAdmin("SET GLOBAL foreign_key_checks = 0");
            report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        } finally {
            db.server().executeAsAdmin("SET GLOBAL foreign_key_checks = 1");
        }
        assertEquals(1, globalForeignKeyChecks(db), "restored for the other tests");
        assertEquals(List.of("ERROR [foreign-key-not-enforced] @@global.foreign_key_checks: the server's global"
                + " foreign_key_checks is 0, so every new connection (including the application's) enforces none of"
                + " the foreign keys the mapping relies on (1 mapped foreign key); rows can point at parents that do"
                + " not exist. usually"
                + " left over from a bulk load or restore. fix: set global foreign_key_checks = 1; (and remove it from"
                + " the server configuration if it is set there), then look for orphaned rows written meanwhile."),
                GuardRun.lines(report));
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)),
                "quiet once the checks are back on");
    }

    private static long globalForeignKeyChecks(TestDatabase db) throws SQLException {
        try (Connection connection = db.server().connectAsAdmin();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT @@GLOBAL.foreign_key_checks")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
