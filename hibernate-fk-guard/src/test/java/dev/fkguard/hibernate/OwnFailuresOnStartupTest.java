package dev.fkguard.hibernate;

import dev.fkguard.FkGuardDriftException;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.support.GuardLog;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the guard itself fails at during startup: in warn mode it logs the failure at WARN with cause and fix and the
 * application starts; in fail mode the failure is one {@link FkGuardException} naming both.
 */
class OwnFailuresOnStartupTest {

    private static final String STARTS_ANYWAY = "The application starts anyway (hibernate.fkguard.mode=warn).";

    // --- report-dir that cannot be written ----------------------------------------------------------------------

    @AllDatabases(only = Engine.H2)
    void aReportDirThatIsAFileIsAWarningInWarnMode(TestDatabase db, @TempDir Path tmp) throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Path file = Files.writeString(tmp.resolve("reports"), "someone else's file");
        String warning = startsWithOneWarning(db, Map.of(FkGuardSettings.MODE, "warn",
                FkGuardSettings.REPORT_DIR, file.toString()), "[output-write]");
        assertTrue(warning.startsWith("hibernate-fk-guard [output-write]: the report directory " + file.toAbsolutePath()
                + " (hibernate.fkguard.report-dir) is not a directory\nFix: point hibernate.fkguard.report-dir at a"
                + " directory (it is created if missing), or remove the setting."), warning);
        assertTrue(warning.endsWith(STARTS_ANYWAY), warning);
        assertEquals("someone else's file", Files.readString(file));
    }

    @AllDatabases(only = Engine.H2)
    void aReportDirThatIsAFileStopsACleanStartInFailMode(TestDatabase db, @TempDir Path tmp) throws IOException {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        Path file = Files.writeString(tmp.resolve("reports"), "x");
        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                Map.of(FkGuardSettings.REPORT_DIR, file.toString()), StartupEntities.ALL).close());
        assertEquals(FkGuardException.Code.OUTPUT_WRITE, e.code());
        assertTrue(e.getMessage().startsWith("hibernate-fk-guard [output-write]: the report directory "
                + file.toAbsolutePath() + " (hibernate.fkguard.report-dir) is not a directory\nFix: "), e.getMessage());
    }

    /** Root may write almost anywhere, but nobody can create a directory below a regular file. */
    @AllDatabases(only = Engine.H2)
    void aReportDirThatCannotBeCreatedIsAWarningInWarnModeAndOneMessageInFailMode(TestDatabase db, @TempDir Path tmp)
            throws IOException {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Path below = file.resolve("reports");
        String expected = "hibernate-fk-guard [output-write]: the report directory " + below.toAbsolutePath()
                + " (hibernate.fkguard.report-dir) cannot be created: " + file.toAbsolutePath()
                + " is a file, not a directory\nFix: ";

        String warning = startsWithOneWarning(db, Map.of(FkGuardSettings.MODE, "warn",
                FkGuardSettings.REPORT_DIR, below.toString()), "[output-write]");
        assertTrue(warning.startsWith(expected), warning);

        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                Map.of(FkGuardSettings.REPORT_DIR, below.toString()), StartupEntities.ALL).close());
        assertEquals(FkGuardException.Code.OUTPUT_WRITE, e.code());
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    /** Drift is the reason to stop; the report that could not be written goes with it, not instead of it. */
    @AllDatabases(only = Engine.H2)
    void driftInFailModeStillStopsWithTheFindingsWhenTheReportDirIsAFile(TestDatabase db, @TempDir Path tmp)
            throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Path file = Files.writeString(tmp.resolve("reports"), "x");
        FkGuardDriftException e = assertThrows(FkGuardDriftException.class, () -> GuardRun.startSessionFactory(db,
                Map.of(FkGuardSettings.REPORT_DIR, file.toString()), StartupEntities.ALL).close());
        assertTrue(e.getMessage().contains("[delete-rule-mismatch]"), e.getMessage());
        assertEquals(1, e.getSuppressed().length);
        assertEquals(FkGuardException.Code.OUTPUT_WRITE, ((FkGuardException) e.getSuppressed()[0]).code());
    }

    // --- the guard failing inside the check ---------------------------------------------------------------------

    /**
     * A JDBC connection whose metadata call throws an unchecked exception (as wrappers of drivers that do not
     * implement it do): the check fails inside the guard, with no SQLException to translate. Hibernate itself boots,
     * since it reads no JDBC metadata here. Both ways the check runs: beside the boot and after it.
     */
    @AllDatabases(only = Engine.H2)
    void anUncheckedFailureInsideTheCheckIsAWarningInWarnMode(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        for (String concurrent : List.of("true", "false")) {
            String warning = startsWithOneWarning(db, withBrokenMetadata(db, Map.of(FkGuardSettings.MODE, "warn",
                    FkGuardSettings.CONCURRENT_CHECK, concurrent)), "[internal-error]");
            assertTrue(warning.startsWith("hibernate-fk-guard [internal-error]: failed while checking the database:"
                    + " java.lang.UnsupportedOperationException: getMetaData is not supported\nFix: this is a bug in"
                    + " hibernate-fk-guard, or a mapping or JDBC driver it cannot handle yet; please report it"),
                    concurrent + ": " + warning);
            assertTrue(warning.endsWith(STARTS_ANYWAY), warning);
        }
    }

    /** Reports of an earlier check must not pass for this one's when this one could not run. */
    @AllDatabases(only = Engine.H2)
    void aCheckThatCouldNotRunLeavesNoEarlierReportsBehind(TestDatabase db, @TempDir Path dir) throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Files.writeString(dir.resolve("fkguard-report.txt"), "hibernate-fk-guard: mapping and H2 agree (3 checked).");
        Files.writeString(dir.resolve("fkguard-migration.sql"), "ALTER TABLE order_items DROP CONSTRAINT x;");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        startsWithOneWarning(db, withBrokenMetadata(db, Map.of(FkGuardSettings.MODE, "warn",
                FkGuardSettings.REPORT_DIR, dir.toString())), "[internal-error]");
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("notes.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @AllDatabases(only = Engine.H2)
    void anUncheckedFailureInsideTheCheckIsOneGuardExceptionInFailMode(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        for (String concurrent : List.of("true", "false")) {
            FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                    withBrokenMetadata(db, Map.of(FkGuardSettings.CONCURRENT_CHECK, concurrent)),
                    StartupEntities.ALL).close());
            assertEquals(FkGuardException.Code.INTERNAL, e.code(), concurrent + ": " + e);
            assertInstanceOf(UnsupportedOperationException.class, e.getCause());
            assertTrue(e.getMessage().contains("set hibernate.fkguard.mode=warn (the failure is logged and the"
                    + " application starts)"), e.getMessage());
        }
    }

    // --- the guard failing while it reads the mapping -----------------------------------------------------------

    /**
     * Another integration adds to Hibernate's boot model a foreign key the guard cannot read (one without columns;
     * Hibernate itself never uses it, as no schema tool runs). Reading the mapping fails inside the guard, during
     * integration, before any check starts.
     */
    @AllDatabases(only = Engine.H2)
    void aMappingTheGuardCannotReadIsAWarningInWarnModeAndOneMessageInFailMode(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        String problem = "hibernate-fk-guard [internal-error]: failed while reading the mapping:"
                + " java.lang.IllegalArgumentException: a foreign key needs at least one column";
        try (GuardLog log = GuardLog.capture();
             SessionFactory factory = startWithAColumnlessKey(db, Map.of(FkGuardSettings.MODE, "warn"))) {
            assertFalse(factory.isClosed());
            List<String> warnings = log.warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith(problem), warnings.get(0));
            assertTrue(warnings.get(0).endsWith(STARTS_ANYWAY), warnings.get(0));
            assertInstanceOf(IllegalArgumentException.class, log.thrownWith(problem), "the stack trace is logged");
            // A test of the running application still learns that the guard could not read its mapping.
            FkGuardException later = assertThrows(FkGuardException.class,
                    () -> dev.fkguard.junit.FkGuardAssertions.assertNoDrift(factory));
            assertEquals(FkGuardException.Code.INTERNAL, later.code());
        }
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> startWithAColumnlessKey(db, Map.of()).close());
        assertEquals(FkGuardException.Code.INTERNAL, e.code());
        assertTrue(e.getMessage().startsWith(problem), e.getMessage());
    }

    private static SessionFactory startWithAColumnlessKey(TestDatabase db, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(db.hibernateProperties());
        all.putAll(settings);
        org.hibernate.boot.registry.BootstrapServiceRegistry bootstrap =
                new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder()
                        .applyIntegrator(new ColumnlessForeignKeyIntegrator()).build();
        org.hibernate.boot.registry.StandardServiceRegistry registry =
                new org.hibernate.boot.registry.StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
        try {
            org.hibernate.boot.MetadataSources sources = new org.hibernate.boot.MetadataSources(registry);
            for (Class<?> entity : StartupEntities.ALL) {
                sources.addAnnotatedClass(entity);
            }
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            org.hibernate.boot.registry.StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Runs before the guard's integrator (Hibernate calls integrators given to the bootstrap registry first). */
    private static final class ColumnlessForeignKeyIntegrator implements org.hibernate.integrator.spi.Integrator {

        @Override
        public void integrate(org.hibernate.boot.Metadata metadata,
                              org.hibernate.boot.spi.BootstrapContext bootstrapContext,
                              org.hibernate.engine.spi.SessionFactoryImplementor sessionFactory) {
            org.hibernate.mapping.Table orders = metadata.getEntityBinding(
                    StartupEntities.PurchaseOrder.class.getName()).getTable();
            org.hibernate.mapping.Table customers = metadata.getEntityBinding(
                    StartupEntities.Customer.class.getName()).getTable();
            orders.createForeignKey("fk_added_elsewhere", List.of(), StartupEntities.Customer.class.getName(), null)
                    .setReferencedTable(customers);
        }

        @Override
        public void disintegrate(org.hibernate.engine.spi.SessionFactoryImplementor sessionFactory,
                                 org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
            // nothing held
        }
    }

    /** Starts a factory under {@code settings}, which must come up; returns the one warning containing {@code code}. */
    private static String startsWithOneWarning(TestDatabase db, Map<String, Object> settings, String code) {
        try (GuardLog log = GuardLog.capture()) {
            try (SessionFactory factory = GuardRun.startSessionFactory(db, settings, StartupEntities.ALL)) {
                assertFalse(factory.isClosed());
            }
            List<String> failures = log.warnings().stream().filter(w -> w.contains(code)).toList();
            assertEquals(1, failures.size(), log.warnings().toString());
            return failures.get(0);
        }
    }

    private static Map<String, Object> withBrokenMetadata(TestDatabase db, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put(AvailableSettings.CONNECTION_PROVIDER, new BrokenMetadataConnections(db));
        all.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        all.put(AvailableSettings.DIALECT, "org.hibernate.dialect.H2Dialect");
        return all;
    }

    /** Real connections to the test database, except that {@code getMetaData()} throws. */
    private static final class BrokenMetadataConnections implements ConnectionProvider {

        private static final long serialVersionUID = 1L;

        private final transient TestDatabase db;

        BrokenMetadataConnections(TestDatabase db) {
            this.db = db;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = db.connect();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getMetaData")) {
                            throw new UnsupportedOperationException("getMetaData is not supported");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
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
            throw new UnsupportedOperationException();
        }
    }
}
