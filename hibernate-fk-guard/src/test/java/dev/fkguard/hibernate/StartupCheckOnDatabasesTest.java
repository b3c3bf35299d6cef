package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guard as users meet it: found through ServiceLoader, run when the SessionFactory starts. */
class StartupCheckOnDatabasesTest {

    @AllDatabases
    void failModeStopsTheSessionFactoryWithTheFindingsAndTheFix(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> GuardRun.startSessionFactory(db, Map.of(), StartupEntities.ALL).close());
        String message = e.getMessage();
        assertTrue(message.startsWith("hibernate-fk-guard [drift]: 1 finding comparing the mapping with "), message);
        assertTrue(message.contains("ERROR [delete-rule-mismatch] order_items.order_id → orders.id: DB rule "), message);
        // The fix shows what the migration runs (on PostgreSQL NOT VALID, then VALIDATE).
        assertTrue(message.contains("Migration: ALTER TABLE ") && message.contains(" ON DELETE CASCADE"), message);
        assertTrue(message.contains("to start anyway set hibernate.fkguard.mode=warn"), message);
    }

    @AllDatabases
    void warnModeStartsTheApplication(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of("hibernate.fkguard.mode", "warn"),
                StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
        }
    }

    @AllDatabases
    void aMatchingSchemaStartsInFailMode(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(), StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
        }
    }

    /** The check runs after hbm2ddl, so the schema Hibernate itself creates must satisfy it on every engine. */
    @AllDatabases
    void theSchemaHibernateCreatesPassesTheCheck(TestDatabase db) {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of("hibernate.hbm2ddl.auto", "create"),
                StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
        }
    }

    @AllDatabases(only = dev.fkguard.testing.Engine.H2)
    void anUnknownSettingFailsFastWithTheValidOnes(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                Map.of("hibernate.fkguard.mode", "strict"), StartupEntities.ALL).close());
        assertEquals("hibernate-fk-guard [invalid-setting]: invalid settings:\n  - hibernate.fkguard.mode: invalid"
                + " value 'strict'; valid values: fail, warn, off\nFix: correct or remove the settings listed; invalid"
                + " settings stop startup in every mode, so a typo cannot switch the guard off unnoticed.",
                e.getMessage());
    }

    @AllDatabases(only = dev.fkguard.testing.Engine.H2)
    void offModeSkipsTheCheck(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of("hibernate.fkguard.mode", "off"),
                StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
        }
    }
}
