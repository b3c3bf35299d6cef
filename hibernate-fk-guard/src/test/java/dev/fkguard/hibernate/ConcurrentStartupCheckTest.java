package dev.fkguard.hibernate;

import dev.fkguard.FkGuardDriftException;
import dev.fkguard.FkGuardException;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the startup check runs beside the rest of Hibernate's boot, and when it waits for it. Which thread opens a
 * connection shows it: the concurrent check opens its own on the thread "hibernate-fk-guard-check".
 */
class ConcurrentStartupCheckTest {

    private static final String CHECK_THREAD = "hibernate-fk-guard-check";

    @AllDatabases(only = Engine.H2)
    void withoutSchemaToolingTheCheckRunsBesideTheBootAndStillFailsIt(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        ThreadRecordingConnections connections = new ThreadRecordingConnections(db);
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> start(db, connections, Map.of()).close());
        assertTrue(e.getMessage().contains("ERROR [delete-rule-mismatch] order_items.order_id → orders.id"),
                e.getMessage());
        assertTrue(connections.threads().contains(CHECK_THREAD), connections.threads().toString());
    }

    @AllDatabases(only = Engine.H2)
    void validateLeavesTheSchemaAloneSoTheCheckRunsBesideTheBoot(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        ThreadRecordingConnections connections = new ThreadRecordingConnections(db);
        try (SessionFactory factory = start(db, connections, Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            assertFalse(factory.isClosed());
        }
        assertTrue(connections.threads().contains(CHECK_THREAD), connections.threads().toString());
    }

    /** Were the check to run beside hbm2ddl, it would read a schema still being created and fail. */
    @AllDatabases(only = Engine.H2)
    void schemaToolingThatWritesMakesTheCheckWaitForIt(TestDatabase db) {
        for (Map<String, Object> tooling : java.util.List.<Map<String, Object>>of(
                Map.of("hibernate.hbm2ddl.auto", "create"),
                Map.of("hibernate.hbm2ddl.auto", "update"),
                Map.of("jakarta.persistence.schema-generation.database.action", "drop-and-create"))) {
            ThreadRecordingConnections connections = new ThreadRecordingConnections(db);
            try (SessionFactory factory = start(db, connections, tooling)) {
                assertFalse(factory.isClosed());
            }
            assertFalse(connections.threads().contains(CHECK_THREAD), tooling + ": " + connections.threads());
        }
    }

    @AllDatabases(only = Engine.H2)
    void concurrentCheckFalseRunsTheCheckAfterTheBoot(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        ThreadRecordingConnections connections = new ThreadRecordingConnections(db);
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> start(db, connections, Map.of("hibernate.fkguard.concurrent-check", "false")).close());
        assertTrue(e.getMessage().contains("[delete-rule-mismatch]"), e.getMessage());
        assertFalse(connections.threads().contains(CHECK_THREAD), connections.threads().toString());
    }

    @AllDatabases(only = Engine.H2)
    void aConcurrentCheckThatCannotReadTheCatalogFailsStartupWithItsOwnMessage(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        ThreadRecordingConnections connections = new ThreadRecordingConnections(db);
        FkGuardException e = assertThrows(FkGuardException.class, () -> start(db, connections,
                Map.of("hibernate.fkguard.schemas", "no_such_schema")).close());
        // The catalog problem itself, as the check on the booting thread would report it: not a drift report, and
        // not a generic failure of the thread the check ran on.
        assertFalse(e instanceof FkGuardDriftException, e.getMessage());
        assertEquals(FkGuardException.Code.CATALOG_ACCESS, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("hibernate-fk-guard [catalog-access]: sees none of the 3 mapped tables ("),
                e.getMessage());
        // The unquoted schema entry is folded as H2 folds names.
        assertTrue(e.getMessage().contains(" in H2 NO_SUCH_SCHEMA as user ")
                && e.getMessage().contains("hibernate.fkguard.schemas"), e.getMessage());
        assertTrue(connections.threads().contains(CHECK_THREAD), connections.threads().toString());
    }

    /** A factory that fails for its own reasons after integration leaves no check behind and shows its own error. */
    @AllDatabases(only = Engine.H2)
    void aFactoryFailingAfterIntegrationAbandonsTheCheck(TestDatabase db) throws InterruptedException {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        ThreadRecordingConnections connections = new ThreadRecordingConnections(db);
        Map<String, Object> all = new HashMap<>();
        all.put(AvailableSettings.CONNECTION_PROVIDER, connections);
        RuntimeException e = assertThrows(RuntimeException.class, () -> GuardRun.startSessionFactory(db, all,
                StartupEntities.Customer.class, StartupEntities.PurchaseOrder.class, StartupEntities.OrderLine.class,
                WithBrokenQuery.class).close());
        assertFalse(e instanceof FkGuardException, e.toString());
        assertTrue(String.valueOf(e.getMessage()).contains("broken"), e.toString());
        assertTrue(connections.threads().contains(CHECK_THREAD), connections.threads().toString());
        for (Thread thread : checkThreads()) {
            thread.join(10_000);
            assertFalse(thread.isAlive(), "the abandoned check still runs");
        }
    }

    private static Set<Thread> checkThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(CHECK_THREAD))
                .collect(java.util.stream.Collectors.toSet());
    }

    @jakarta.persistence.Entity(name = "WithBrokenQuery")
    @jakarta.persistence.Table(name = "customers")
    @jakarta.persistence.NamedQuery(name = "broken", query = "select x from NoSuchEntity x")
    static class WithBrokenQuery {
        @jakarta.persistence.Id
        Long id;
    }

    private static SessionFactory start(TestDatabase db, ConnectionProvider provider, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put(AvailableSettings.CONNECTION_PROVIDER, provider);
        return GuardRun.startSessionFactory(db, all, StartupEntities.ALL);
    }

    /** A plain DriverManager provider, as small applications configure, that notes the threads it served. */
    private static final class ThreadRecordingConnections implements ConnectionProvider {

        private static final long serialVersionUID = 1L;

        private final transient TestDatabase db;
        private final Set<String> threads = ConcurrentHashMap.newKeySet();

        ThreadRecordingConnections(TestDatabase db) {
            this.db = db;
        }

        Set<String> threads() {
            return Set.copyOf(threads);
        }

        @Override
        public Connection getConnection() throws SQLException {
            threads.add(Thread.currentThread().getName());
            return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        }

        @Override
        public void closeConnection(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> unwrapType) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> unwrapType) {
            throw new UnsupportedOperationException("not a wrapper");
        }
    }
}
