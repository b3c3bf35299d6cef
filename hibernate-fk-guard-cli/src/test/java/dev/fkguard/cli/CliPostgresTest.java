package dev.fkguard.cli;

import dev.fkguard.cli.CliProcess.Run;
import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DatabaseServers;
import dev.fkguard.testing.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jar against a real PostgreSQL server, with the driver it brings. */
class CliPostgresTest {

    @TempDir
    Path dir;

    @Test
    void driftThenAgreementOnPostgresql() throws Exception {
        try (DatabaseServer server = DatabaseServers.start(Engine.POSTGRESQL)) {
            try (Connection connection = server.connectAsAdmin(); Statement statement = connection.createStatement()) {
                statement.execute(CliProcessTest.TABLES);
            }
            String[] args = {"check", "--jdbc-url", server.adminJdbcUrl(), "--user", server.adminUser(),
                    "--password-env", "PGPASSWORD_FOR_TEST", "--classpath", SampleApplication.build(dir.resolve("app"))};
            Map<String, String> environment = Map.of("PGPASSWORD_FOR_TEST", server.adminPassword());
            Run drift = CliProcess.run(dir, environment, args);
            assertEquals(1, drift.exit(), drift.both());
            assertTrue(drift.out().contains(CliProcessTest.FINDING), drift.both());
            assertTrue(drift.out().contains("PostgreSQL"), drift.both());
            try (Connection connection = server.connectAsAdmin(); Statement statement = connection.createStatement()) {
                statement.execute(CliProcessTest.KEY);
            }
            Run clean = CliProcess.run(dir, environment, args);
            assertEquals(0, clean.exit(), clean.both());
        }
    }
}
