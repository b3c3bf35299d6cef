package dev.fkguard.junit;

import dev.fkguard.FkGuardDriftException;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.function.Executable;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assertions on real engines, for each way a test gets at the mapping. */
class FkGuardAssertionsOnDatabasesTest {

    /** The assertion's message is the startup failure's, word for word, whatever mode the factory runs in. */
    @AllDatabases
    void aDriftedSchemaFailsWithTheStartupMessageEvenWhenTheFactoryRunsInWarnMode(TestDatabase db) {
        db.execute(LibrarySchema.DRIFTED);
        FkGuardException startup = assertThrows(FkGuardException.class,
                () -> GuardRun.startSessionFactory(db, Map.of(), LibrarySchema.ENTITIES).close());
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(FkGuardSettings.MODE, "warn"),
                LibrarySchema.ENTITIES)) {
            AssertionError error = assertThrows(AssertionError.class, () -> FkGuardAssertions.assertNoDrift(factory));
            // The same findings; only the advice differs (a test relaxes its assertion, it starts no application).
            String findings = startup.getMessage().substring(0, startup.getMessage().indexOf("\nhibernate-fk-guard fails"));
            assertEquals(findings, error.getMessage().substring(0, error.getMessage().indexOf("\nassertNoDrift fails")));
            assertListsBothDrifts(error);
        }
    }

    @AllDatabases
    void aMatchingSchemaPasses(TestDatabase db) {
        db.execute(LibrarySchema.CORRECT);
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(), LibrarySchema.ENTITIES)) {
            FkGuardAssertions.assertNoDrift(factory);
        }
    }

    /** Plain Jakarta bootstrap: a named unit from META-INF/persistence.xml, connection set at run time. */
    @AllDatabases
    void persistenceXmlBootstrapInOffModeStillCapturesTheMapping(TestDatabase db) {
        db.execute(LibrarySchema.DRIFTED);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(LibrarySchema.PERSISTENCE_UNIT,
                with(db, FkGuardSettings.MODE, "off"));
        try {
            assertListsBothDrifts(assertThrows(AssertionError.class, () -> FkGuardAssertions.assertNoDrift(factory)));
        } finally {
            factory.close();
        }
    }

    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void persistenceXmlBootstrapOnAMatchingSchemaPasses(TestDatabase db) {
        db.execute(LibrarySchema.CORRECT);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(LibrarySchema.PERSISTENCE_UNIT,
                db.hibernateProperties());
        try {
            FkGuardAssertions.assertNoDrift(factory);
        } finally {
            factory.close();
        }
    }

    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void persistenceXmlBootstrapInFailModeRefusesADriftedSchema(TestDatabase db) {
        db.execute(LibrarySchema.DRIFTED);
        // JPA bootstrap wraps every failure; the guard's exception is the cause, as Spring's analyzers expect.
        PersistenceException e = assertThrows(PersistenceException.class, () -> Persistence.createEntityManagerFactory(
                LibrarySchema.PERSISTENCE_UNIT, db.hibernateProperties()).close());
        FkGuardDriftException drift = assertInstanceOf(FkGuardDriftException.class, e.getCause());
        assertTrue(drift.findings().toLowerCase(Locale.ROOT).contains(LibrarySchema.CASCADE_FINDING), drift.findings());
        assertTrue(drift.howToProceed().contains("to start anyway set hibernate.fkguard.mode=warn"),
                drift.howToProceed());
    }

    @AllDatabases
    void aDataSourceAndTheEntityClassesAreEnough(TestDatabase db) {
        db.execute(LibrarySchema.DRIFTED);
        assertListsBothDrifts(assertThrows(AssertionError.class,
                () -> FkGuardAssertions.assertNoDrift(db.dataSource(), LibrarySchema.ENTITIES)));
    }

    @AllDatabases(only = {Engine.H2, Engine.MYSQL})
    void aDataSourceOnAMatchingSchemaPasses(TestDatabase db) {
        db.execute(LibrarySchema.CORRECT);
        FkGuardAssertions.assertNoDrift(db.dataSource(), LibrarySchema.ENTITIES);
    }

    /** Rule severities given to the assertion apply; the rest still fails. */
    @AllDatabases(only = Engine.H2)
    void settingsGivenToTheAssertionApply(TestDatabase db) {
        db.execute(LibrarySchema.DRIFTED);
        Map<String, String> cascadeTolerated = Map.of(FkGuardSettings.RULES + "delete-rule-mismatch", "warning");
        AssertionError error = assertThrows(AssertionError.class,
                () -> FkGuardAssertions.assertNoDrift(db.dataSource(), cascadeTolerated, LibrarySchema.ENTITIES));
        String message = error.getMessage().toLowerCase(Locale.ROOT);
        assertTrue(message.contains(LibrarySchema.MISSING_FINDING), message);
        assertTrue(message.contains("warning [delete-rule-mismatch] books.library_id"), message);

        Map<String, String> bothTolerated = Map.of(
                FkGuardSettings.RULES + "delete-rule-mismatch", "warning",
                FkGuardSettings.RULES + "missing-foreign-key", "off");
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(FkGuardSettings.MODE, "warn"),
                LibrarySchema.ENTITIES)) {
            FkGuardAssertions.assertNoDrift(factory, bothTolerated);
            assertThrows(AssertionError.class, () -> FkGuardAssertions.assertNoDrift(factory));
        }
    }

    /** Without settings of its own the assertion uses the factory's (rule severities), never its mode. */
    @AllDatabases(only = Engine.H2)
    void theFactorysOwnRuleSettingsApply(TestDatabase db) {
        db.execute(LibrarySchema.DRIFTED);
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(
                FkGuardSettings.MODE, "off",
                FkGuardSettings.RULES + "delete-rule-mismatch", "off",
                FkGuardSettings.RULES + "missing-foreign-key", "info"), LibrarySchema.ENTITIES)) {
            FkGuardAssertions.assertNoDrift(factory);
        }
    }

    @AllDatabases(only = Engine.H2)
    void aClosedFactoryIsRefusedPlainly(TestDatabase db) {
        db.execute(LibrarySchema.CORRECT);
        SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(), LibrarySchema.ENTITIES);
        factory.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FkGuardAssertions.assertNoDrift(factory));
        assertEquals("assertNoDrift needs an open SessionFactory/EntityManagerFactory", e.getMessage());
    }

    private static Map<String, Object> with(TestDatabase db, String key, String value) {
        Map<String, Object> properties = new java.util.HashMap<>(db.hibernateProperties());
        properties.put(key, value);
        return properties;
    }

    private static void assertListsBothDrifts(AssertionError error) {
        String message = error.getMessage().toLowerCase(Locale.ROOT);
        org.junit.jupiter.api.Assertions.assertAll(
                (Executable) () -> assertTrue(message.startsWith("hibernate-fk-guard [drift]: 2 findings"), message),
                () -> assertTrue(message.contains(LibrarySchema.CASCADE_FINDING), message),
                () -> assertTrue(message.contains(LibrarySchema.MISSING_FINDING), message),
                // A test starts no application: the message says how to relax the assertion, not mode=warn.
                () -> assertTrue(message.contains("to relax the assertion, pass it settings that lower one rule"),
                        message),
                () -> assertFalse(message.contains("mode=warn"), message),
                () -> assertTrue(message.contains("@fkguardsuppress(rules = \"<rule-id>\"")
                        && message.contains("hibernate.fkguard.baseline"), message));
    }
}
