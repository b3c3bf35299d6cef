package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard only reads: an application connected as a user with SELECT privileges and nothing else still gets the
 * full check. Any write the guard attempted would fail here. (The embedded MariaDB runs without grant tables, and H2
 * has no server users, so the two engines with real privilege systems prove it.)
 */
class ReadOnlyUserTest {

    private static TestDatabase readOnlyUser(TestDatabase db) {
        String user = db.schema().toLowerCase() + "_ro";
        String password = "ro-secret";
        if (db.engine() == Engine.MYSQL) {
            db.server().executeAsAdmin(
                    "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                    "GRANT SELECT ON `" + db.schema() + "`.* TO '" + user + "'@'%'");
        } else {
            db.server().executeAsAdmin(
                    "CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'",
                    "GRANT USAGE ON SCHEMA " + db.schema() + " TO " + user,
                    "GRANT SELECT ON ALL TABLES IN SCHEMA " + db.schema() + " TO " + user);
        }
        return db.as(user, password);
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.POSTGRESQL})
    void aSelectOnlyUserGetsTheFullCheck(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        TestDatabase readOnly = readOnlyUser(db);
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> GuardRun.startSessionFactory(readOnly, Map.of(), StartupEntities.ALL).close());
        assertTrue(e.getMessage().contains("[delete-rule-mismatch] order_items.order_id → orders.id"), e.getMessage());
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.POSTGRESQL})
    void aSelectOnlyUserStartsOnAMatchingSchema(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        try (SessionFactory factory = GuardRun.startSessionFactory(readOnlyUser(db), Map.of(), StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
        }
    }

    /** MySQL hides tables a user has no privilege on: the guard must say so, not report every key as missing. */
    @AllDatabases(only = Engine.MYSQL)
    void aUserWhoSeesNoTableGetsOneClearMessage(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        String user = db.schema().toLowerCase() + "_blind";
        db.server().executeAsAdmin("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw'",
                "GRANT USAGE ON *.* TO '" + user + "'@'%'");
        // The user may not even open the schema, so it connects to the server and names the schema in the settings.
        Map<String, Object> settings = Map.of(
                "jakarta.persistence.jdbc.url", db.server().adminJdbcUrl(),
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", "pw",
                "hibernate.fkguard.schemas", db.schema());
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> GuardRun.startSessionFactory(db, settings, StartupEntities.ALL).close());
        assertTrue(e.getMessage().contains("none of the 3 mapped tables"), e.getMessage());
        assertTrue(e.getMessage().contains("GRANT SELECT"), e.getMessage());
    }
}
