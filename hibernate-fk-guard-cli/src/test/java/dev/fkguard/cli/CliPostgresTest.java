package dev.fkguard.cli;

import dev.fkguard.cli.CliProcess.Run;
import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DatabaseServers;
import dev.fkguard.testing.Engine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar against a real PostgreSQL server, with the driver it brings, on the Maven plugin's sample projects: the
 * clean shop's and flyway-postgresql-drift's migrations each made into a schema of their own by Flyway. An existing
 * database is checked read only, as at startup: by a user that may only read, and a user that may not even read the
 * catalog is told which grant it lacks. One server for the class.
 */
class CliPostgresTest {

    private static DatabaseServer server;
    /** flyway-postgresql-drift's classes and libraries, for the read-only users' checks. */
    private static String driftClassPath;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = DatabaseServers.start(Engine.POSTGRESQL);
        driftClassPath = SampleProject.named("flyway-postgresql-drift").build(shared.resolve("drift"));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSampleProjectsOnPostgresql() throws Exception {
        SampleProject clean = SampleProject.named("flyway-h2-clean");
        SampleProject drift = SampleProject.named("flyway-postgresql-drift");
        server.createSchema("shop_clean");
        server.createSchema("shop_drift");
        clean.migrate(server.jdbcUrl("shop_clean"), server.adminUser(), server.adminPassword(), "shop_clean");
        drift.migrate(server.jdbcUrl("shop_drift"), server.adminUser(), server.adminPassword(), "shop_drift");
        Map<String, String> environment = Map.of("PGPASSWORD_FOR_TEST", server.adminPassword());

        Run agree = CliProcess.run(dir, environment, "check", "--jdbc-url", server.jdbcUrl("shop_clean"),
                "--user", server.adminUser(), "--password-env", "PGPASSWORD_FOR_TEST",
                "--classpath", clean.build(dir.resolve("clean")));
        assertEquals(0, agree.exit(), agree.both());
        assertTrue(agree.out().contains("agree (1 mapped foreign key checked)"), agree.both());
        // The application's slf4j-api (here without a provider) says nothing: the CLI picks slf4j's no-op.
        assertFalse(agree.err().contains("SLF4J"), agree.both());

        Run found = CliProcess.run(dir, environment, "check", "--jdbc-url", server.jdbcUrl("shop_drift"),
                "--user", server.adminUser(), "--password-env", "PGPASSWORD_FOR_TEST",
                "--classpath", driftClassPath);
        assertEquals(1, found.exit(), found.both());
        assertTrue(found.out().contains("comparing the mapping with PostgreSQL"), found.both());
        assertTrue(found.out().contains(CliSampleProjectsTest.PLANTED), found.both());

        String missing = server.adminJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/no_such_database$1");
        Run refused = CliProcess.run(dir, environment, "check", "--jdbc-url", missing, "--user",
                server.adminUser(), "--classpath", driftClassPath);
        assertEquals(2, refused.exit(), refused.both());
        assertTrue(refused.err().contains("could not connect to " + missing), refused.both());
        assertTrue(refused.err().contains("\"no_such_database\" does not exist"), refused.both());
    }

    /**
     * flyway-postgresql-drift as its user fixes it: the jar writes the Flyway migration (--migration-format flyway),
     * the user copies it into the project's migrations, Flyway applies it, and the next check agrees (exit 0).
     */
    @Test
    void theFlywayMigrationTheJarWritesIsAppliedByFlywayAndTheNextCheckAgrees() throws Exception {
        SampleProject drift = SampleProject.named("flyway-postgresql-drift");
        server.createSchema("shop_fix");
        String url = server.jdbcUrl("shop_fix");
        drift.migrate(url, server.adminUser(), server.adminPassword(), "shop_fix");
        Map<String, String> environment = Map.of("PGPASSWORD_FOR_TEST", server.adminPassword());
        List<String> check = List.of("check", "--jdbc-url", url, "--user", server.adminUser(), "--password-env",
                "PGPASSWORD_FOR_TEST", "--classpath", driftClassPath);
        Path reports = dir.resolve("reports");

        List<String> writing = new ArrayList<>(check);
        writing.addAll(List.of("--report-dir", reports.toString(), "--migration-format", "flyway"));
        Run found = CliProcess.run(dir, environment, writing.toArray(String[]::new));
        assertEquals(1, found.exit(), found.both());
        assertTrue(found.out().contains(CliSampleProjectsTest.PLANTED), found.both());

        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        try (Stream<Path> files = Files.list(drift.directory().resolve("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
        List<Path> written;
        try (Stream<Path> files = Files.list(reports)) {
            written = files.filter(f -> f.getFileName().toString().matches("V[0-9_.]+__fkguard.*\\.sql")).toList();
        }
        assertEquals(1, written.size(), () -> "one Flyway migration in " + reports + ": " + written);
        Files.copy(written.get(0), migrations.resolve(written.get(0).getFileName()));
        int applied = Flyway.configure().dataSource(url, server.adminUser(), server.adminPassword())
                .schemas("shop_fix").locations("filesystem:" + migrations.toAbsolutePath()).load().migrate()
                .migrationsExecuted;
        assertEquals(1, applied, "Flyway applies the written migration after the project's V1");

        Run agree = CliProcess.run(dir, environment, check.toArray(String[]::new));
        assertEquals(0, agree.exit(), agree.both() + "\n--- migration\n" + Files.readString(written.get(0)));
        assertTrue(agree.out().contains("agree (1 mapped foreign key checked)"), agree.both());
    }

    /**
     * The drift project's database, read by a role with CONNECT, USAGE and SELECT only: the full check runs and
     * exits 1 with the finding, and the schema is as it was (any write would have failed for this role anyway).
     */
    @Test
    void aUserThatMayOnlyReadGetsTheFullCheckAndChangesNothing() throws Exception {
        SampleProject drift = SampleProject.named("flyway-postgresql-drift");
        server.createSchema("shop_read");
        drift.migrate(server.jdbcUrl("shop_read"), server.adminUser(), server.adminPassword(), "shop_read");
        ReadOnlyUsers.createReader(server, "shop_read", "shop_reader");
        List<String> before = ReadOnlyUsers.snapshot(server, "shop_read");

        Run found = CliProcess.run(dir, Map.of("READER_PASSWORD", ReadOnlyUsers.READER_PASSWORD), "check",
                "--jdbc-url", server.jdbcUrl("shop_read"), "--user", "shop_reader", "--password-env",
                "READER_PASSWORD", "--classpath", driftClassPath);
        assertEquals(1, found.exit(), found.both());
        assertTrue(found.out().contains("1 finding comparing the mapping with PostgreSQL schema shop_read"),
                found.both());
        assertTrue(found.out().contains(CliSampleProjectsTest.PLANTED), found.both());
        assertEquals(before, ReadOnlyUsers.snapshot(server, "shop_read"));
    }

    /**
     * A role that may log in but not connect to the database (no CONNECT, which is all the catalog read needs): exit
     * 2 naming the grant, no stack trace.
     */
    @Test
    void aUserThatMayNotConnectToTheDatabaseIsToldTheGrant() throws Exception {
        SampleProject drift = SampleProject.named("flyway-postgresql-drift");
        server.createSchema("shop_hidden");
        drift.migrate(server.jdbcUrl("shop_hidden"), server.adminUser(), server.adminPassword(), "shop_hidden");
        ReadOnlyUsers.createBlind(server, "shop_blind");

        Run denied = CliProcess.run(dir, Map.of("BLIND_PASSWORD", ReadOnlyUsers.BLIND_PASSWORD), "check",
                "--jdbc-url", server.jdbcUrl("shop_hidden"), "--user", "shop_blind", "--password-env",
                "BLIND_PASSWORD", "--classpath", driftClassPath);
        assertEquals(2, denied.exit(), denied.both());
        assertTrue(denied.err().contains("[database-unreachable]: could not connect to "
                + server.jdbcUrl("shop_hidden") + ": FATAL: permission denied for database"), denied.both());
        assertTrue(denied.err().contains("\nFix: the login worked but the user may not use this database; grant it"
                + " read access (GRANT CONNECT ON DATABASE \"postgres\" TO shop_blind)"), denied.both());
        assertFalse(denied.both().contains("\tat "), denied.both());
    }
}
