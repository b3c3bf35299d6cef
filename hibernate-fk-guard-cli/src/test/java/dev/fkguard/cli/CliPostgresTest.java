package dev.fkguard.cli;

import dev.fkguard.cli.CliProcess.Run;
import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DatabaseServers;
import dev.fkguard.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar against a real PostgreSQL server, with the driver it brings, on the Maven plugin's sample projects: the
 * clean shop's and flyway-postgresql-drift's migrations each made into a schema of their own by Flyway.
 */
class CliPostgresTest {

    @TempDir
    Path dir;

    @Test
    void theSampleProjectsOnPostgresql() throws Exception {
        try (DatabaseServer server = DatabaseServers.start(Engine.POSTGRESQL)) {
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

            String driftClassPath = drift.build(dir.resolve("drift"));
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
    }
}
