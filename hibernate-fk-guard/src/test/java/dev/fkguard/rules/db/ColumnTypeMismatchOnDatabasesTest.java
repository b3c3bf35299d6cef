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

class ColumnTypeMismatchOnDatabasesTest {

    private static boolean mysqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }

    @AllDatabases
    void intReferencingBigintIsAnError(TestDatabase db) {
        // MySQL and MariaDB refuse the constraint itself, so there the key is missing as well.
        db.execute(PARENTS, children("INT", "NULL", mysqlFamily(db) ? "" : fk("")), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        List<String> mismatches = GuardRun.of(report, "column-type-mismatch").stream().map(f -> f.message()).toList();
        assertEquals(1, mismatches.size(), report.findings()::toString);
        assertTrue(mismatches.get(0).toLowerCase().startsWith("children.parent_id is int"), mismatches.get(0));
        assertTrue(mismatches.get(0).contains(", parents.id is BIGINT (type)")
                || mismatches.get(0).contains(", PARENTS.ID is BIGINT (type)"), mismatches.get(0));
        assertEquals(mysqlFamily(db) ? List.of("ERROR column-type-mismatch", "ERROR missing-foreign-key")
                : List.of("ERROR column-type-mismatch"), GuardRun.ruleIds(report));
    }

    /** The message is worded by direction: a narrower child cannot hold every parent key, a wider one can. */
    @AllDatabases
    void aWiderChildHoldsEveryParentKeyANarrowerOneDoesNot(TestDatabase db) {
        db.execute("CREATE TABLE parents (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40), code VARCHAR(36) NOT NULL UNIQUE)",
                "CREATE TABLE children (id BIGINT NOT NULL PRIMARY KEY, parent_id BIGINT, parent_code VARCHAR(50))");
        Report wider = GuardRun.check(db, Entities.ParentWithCode.class, Entities.ChildByCode.class);
        String widerMessage = GuardRun.of(wider, "column-type-mismatch").get(0).message();
        assertTrue(widerMessage.contains("Every parent key fits the referencing column, which is wider"), widerMessage);
        assertTrue(!widerMessage.contains("not fit"), widerMessage);
        String widerFix = GuardRun.of(wider, "column-type-mismatch").get(0).fix();
        assertTrue(widerFix.startsWith("nothing forces a change, the referencing column already holds every referenced"
                + " key"), widerFix);

        db.execute("DROP TABLE children",
                "CREATE TABLE children (id BIGINT NOT NULL PRIMARY KEY, parent_id BIGINT, parent_code VARCHAR(20))");
        Report narrower = GuardRun.check(db, Entities.ParentWithCode.class, Entities.ChildByCode.class);
        String narrowerMessage = GuardRun.of(narrower, "column-type-mismatch").get(0).message();
        assertTrue(narrowerMessage.contains("Some parent keys may not fit the referencing column (values longer than"
                + " 20 characters are cut or refused)"), narrowerMessage);
        String narrowerFix = GuardRun.of(narrower, "column-type-mismatch").get(0).fix();
        assertTrue(narrowerFix.startsWith("give the referencing column the referenced column's type"), narrowerFix);
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void signednessAndCollationCountOnMySqlFamily(TestDatabase db) {
        db.execute("CREATE TABLE parents (id BIGINT UNSIGNED NOT NULL PRIMARY KEY, name VARCHAR(40))",
                children("BIGINT", "NULL", ""), PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, Entities.Child.class);
        assertTrue(GuardRun.of(report, "column-type-mismatch").get(0).message().contains("(signedness)"),
                report.findings()::toString);
    }

    @AllDatabases
    void characterLengthCounts(TestDatabase db) {
        db.execute("CREATE TABLE parents (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40), code VARCHAR(36) NOT NULL UNIQUE)",
                "CREATE TABLE children (id BIGINT NOT NULL PRIMARY KEY, parent_id BIGINT, parent_code VARCHAR(20))");
        Report report = GuardRun.check(db, Entities.ParentWithCode.class, Entities.ChildByCode.class);
        List<String> messages = GuardRun.of(report, "column-type-mismatch").stream().map(f -> f.message()).toList();
        assertEquals(1, messages.size(), report.findings()::toString);
        assertTrue(messages.get(0).startsWith("children.parent_code is "), messages.get(0));
        assertTrue(messages.get(0).contains("(20), parents.code is "), messages.get(0));
        assertTrue(messages.get(0).contains("(36) (length)"), messages.get(0));
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void collationCountsOnMySqlFamily(TestDatabase db) {
        db.execute("CREATE TABLE parents (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40),"
                        + " code VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL UNIQUE)",
                "CREATE TABLE children (id BIGINT NOT NULL PRIMARY KEY, parent_id BIGINT,"
                        + " parent_code VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci)");
        Report report = GuardRun.check(db, Entities.ParentWithCode.class, Entities.ChildByCode.class);
        List<String> messages = GuardRun.of(report, "column-type-mismatch").stream().map(f -> f.message()).toList();
        assertEquals(1, messages.size(), report.findings()::toString);
        assertTrue(messages.get(0).contains("COLLATE utf8mb4_general_ci, parents.code is VARCHAR(36) CHARACTER SET"
                + " utf8mb4 COLLATE utf8mb4_bin (collation)"), messages.get(0));
        // Not "to VARCHAR(36) (now VARCHAR(36))": the fix names what changes.
        String fix = GuardRun.of(report, "column-type-mismatch").get(0).fix();
        assertTrue(fix.endsWith("to VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin (now VARCHAR(36) CHARACTER SET"
                + " utf8mb4 COLLATE utf8mb4_general_ci)."), fix);
        String sql = GuardRun.sql(report, report.findings().get(0));
        assertTrue(sql.contains("MODIFY COLUMN parent_code VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;"),
                sql);
    }

    /** A child both shorter and in another character set: the message names both, the fix changes both. */
    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void lengthAndCharacterSetAreBothNamed(TestDatabase db) {
        db.execute("CREATE TABLE parents (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40),"
                        + " code VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL UNIQUE)",
                "CREATE TABLE children (id BIGINT NOT NULL PRIMARY KEY, parent_id BIGINT,"
                        + " parent_code VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci)");
        Report report = GuardRun.check(db, Entities.ParentWithCode.class, Entities.ChildByCode.class);
        List<String> messages = GuardRun.of(report, "column-type-mismatch").stream().map(f -> f.message()).toList();
        assertEquals(1, messages.size(), report.findings()::toString);
        assertTrue(messages.get(0).contains("VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci, parents.code"
                + " is VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin (length and character set)"),
                messages.get(0));
        assertTrue(messages.get(0).contains("Some parent keys may not fit the referencing column"), messages.get(0));
        assertTrue(messages.get(0).contains("joins convert and cannot use the index"), messages.get(0));
        String fix = GuardRun.of(report, "column-type-mismatch").get(0).fix();
        assertTrue(fix.endsWith("change the type of children.parent_code to VARCHAR(36) CHARACTER SET utf8mb4 COLLATE"
                + " utf8mb4_bin (now VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci)."), fix);
        String sql = GuardRun.sql(report, GuardRun.of(report, "column-type-mismatch").get(0));
        assertTrue(sql.contains("MODIFY COLUMN parent_code VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;"),
                sql);
    }

    @AllDatabases
    void quietWhenTypesAgree(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class, Entities.Child.class)));
    }
}
