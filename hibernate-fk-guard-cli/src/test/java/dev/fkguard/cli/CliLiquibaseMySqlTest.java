package dev.fkguard.cli;

import dev.fkguard.cli.CliProcess.Run;
import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DatabaseServers;
import dev.fkguard.testing.Engine;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar on the plugin's Liquibase + MySQL sample project, against a real MySQL 8 server: its database made by
 * Liquibase from the project's own changelog, the planted drift found (exit 1), the Liquibase changelog the jar
 * writes run by Liquibase, and the next check clean (exit 0).
 */
class CliLiquibaseMySqlTest {

    @TempDir
    Path dir;

    @Test
    void theLiquibaseProjectOnMySqlIsFoundFixedByItsOwnChangelogAndThenAgrees() throws Exception {
        try (DatabaseServer server = DatabaseServers.start(Engine.MYSQL)) {
            SampleProject project = SampleProject.named("liquibase-mysql-migration");
            server.createSchema("shop_lb");
            String url = server.jdbcUrl("shop_lb");
            liquibaseUpdate(url, server, project.directory().resolve("src/main/resources"),
                    "db/changelog/db.changelog-master.yaml");
            String classPath = project.build(dir.resolve("app"));
            Map<String, String> environment = Map.of("MYSQL_PASSWORD_FOR_TEST", server.adminPassword());
            Path reports = dir.resolve("reports");
            List<String> check = List.of("check", "--jdbc-url", url, "--user", server.adminUser(), "--password-env",
                    "MYSQL_PASSWORD_FOR_TEST", "--classpath", classPath);

            Run found = CliProcess.run(dir, environment, concat(check, "--report-dir", reports.toString(),
                    "--migration-format", "liquibase"));
            assertEquals(1, found.exit(), found.both());
            assertTrue(found.out().contains("comparing the mapping with MySQL schema shop_lb"), found.both());
            assertTrue(found.out().contains("ERROR [column-type-mismatch] purchase_orders.customer_id → customers.id"),
                    found.both());
            assertTrue(found.out().contains("ERROR [missing-foreign-key] purchase_orders.customer_id → customers.id"),
                    found.both());

            Path changelog;
            try (Stream<Path> files = Files.list(reports)) {
                List<Path> written = files.filter(f -> f.getFileName().toString().matches("fkguard-changelog-[0-9]+\\.yaml"))
                        .toList();
                assertEquals(1, written.size(), () -> "one changelog in " + reports + ": " + written);
                changelog = written.get(0);
            }
            liquibaseUpdate(url, server, reports, changelog.getFileName().toString());

            Run agree = CliProcess.run(dir, environment, check.toArray(String[]::new));
            assertEquals(0, agree.exit(), agree.both() + "\n--- changelog\n" + Files.readString(changelog));
            assertTrue(agree.out().contains("agree (1 mapped foreign key checked)"), agree.both());
        }
    }

    /** Runs a changelog as {@code liquibase update} would, from {@code directory}. */
    @SuppressWarnings("deprecation") // Liquibase 4's CommandScope needs its Scope set up; this does the same.
    private static void liquibaseUpdate(String url, DatabaseServer server, Path directory, String changelog)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(url, server.adminUser(), server.adminPassword())) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(directory), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
    }

    private static String[] concat(List<String> first, String... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toArray(String[]::new);
    }
}
