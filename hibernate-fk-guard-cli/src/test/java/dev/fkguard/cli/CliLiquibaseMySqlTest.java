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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar on the plugin's Liquibase + MySQL sample project, against a real MySQL 8 server: its database made by
 * Liquibase from the project's own changelog, the planted drift found (exit 1), the Liquibase changelog the jar
 * writes run by Liquibase, and the next check clean (exit 0). An existing database is checked read only, as at
 * startup: by a user with SELECT only, and a user without it is told the grant. One server for the class.
 */
class CliLiquibaseMySqlTest {

    private static final String FOUND_TYPE = "ERROR [column-type-mismatch] purchase_orders.customer_id → customers.id";
    private static final String FOUND_MISSING = "ERROR [missing-foreign-key] purchase_orders.customer_id → customers.id";

    private static DatabaseServer server;
    private static SampleProject project;
    /** The project's classes and libraries. */
    private static String classPath;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = DatabaseServers.start(Engine.MYSQL);
        project = SampleProject.named("liquibase-mysql-migration");
        classPath = project.build(shared.resolve("app"));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theLiquibaseProjectOnMySqlIsFoundFixedByItsOwnChangelogAndThenAgrees() throws Exception {
        String url = projectDatabase("shop_lb");
        Map<String, String> environment = Map.of("MYSQL_PASSWORD_FOR_TEST", server.adminPassword());
        Path reports = dir.resolve("reports");
        List<String> check = List.of("check", "--jdbc-url", url, "--user", server.adminUser(), "--password-env",
                "MYSQL_PASSWORD_FOR_TEST", "--classpath", classPath);

        Run found = CliProcess.run(dir, environment, concat(check, "--report-dir", reports.toString(),
                "--migration-format", "liquibase"));
        assertEquals(1, found.exit(), found.both());
        assertTrue(found.out().contains("comparing the mapping with MySQL schema shop_lb"), found.both());
        assertTrue(found.out().contains(FOUND_TYPE), found.both());
        assertTrue(found.out().contains(FOUND_MISSING), found.both());

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

    /** The project's database made by Liquibase, as the application does, in a schema of its own. */
    private static String projectDatabase(String schema) throws Exception {
        server.createSchema(schema);
        liquibaseUpdate(server.jdbcUrl(schema), server, project.directory().resolve("src/main/resources"),
                "db/changelog/db.changelog-master.yaml");
        return server.jdbcUrl(schema);
    }

    /**
     * A user with SELECT on the database and nothing else: the full check runs and exits 1 with both findings, and
     * the schema is as it was (any write would have failed for this user anyway).
     */
    @Test
    void aUserThatMayOnlySelectGetsTheFullCheckAndChangesNothing() throws Exception {
        String url = projectDatabase("shop_lb_read");
        ReadOnlyUsers.createReader(server, "shop_lb_read", "shop_reader");
        List<String> before = ReadOnlyUsers.snapshot(server, "shop_lb_read");

        Run found = CliProcess.run(dir, Map.of("READER_PASSWORD", ReadOnlyUsers.READER_PASSWORD), "check",
                "--jdbc-url", url, "--user", "shop_reader", "--password-env", "READER_PASSWORD",
                "--classpath", classPath);
        assertEquals(1, found.exit(), found.both());
        assertTrue(found.out().contains("comparing the mapping with MySQL schema shop_lb_read"), found.both());
        assertTrue(found.out().contains(FOUND_TYPE), found.both());
        assertTrue(found.out().contains(FOUND_MISSING), found.both());
        assertEquals(before, ReadOnlyUsers.snapshot(server, "shop_lb_read"));
    }

    /**
     * A user without SELECT: refused the database its URL names, or, connected to the server with the schema named,
     * shown none of its tables by information_schema. Each is exit 2 naming the grant, never every key reported
     * missing, never a stack trace.
     */
    @Test
    void aUserThatMayNotSelectIsToldTheGrant() throws Exception {
        String url = projectDatabase("shop_lb_hidden");
        ReadOnlyUsers.createBlind(server, "shop_blind");
        Map<String, String> environment = Map.of("BLIND_PASSWORD", ReadOnlyUsers.BLIND_PASSWORD);

        Run refused = CliProcess.run(dir, environment, "check", "--jdbc-url", url, "--user", "shop_blind",
                "--password-env", "BLIND_PASSWORD", "--classpath", classPath);
        assertEquals(2, refused.exit(), refused.both());
        assertTrue(refused.err().contains("[database-unreachable]: could not connect to " + url + ": Access denied"
                + " for user 'shop_blind'@'%' to database 'shop_lb_hidden'"), refused.both());
        assertTrue(refused.err().contains("\nFix: the login worked but the user may not use this database; grant it"
                + " read access (GRANT SELECT ON `shop_lb_hidden`.* TO 'shop_blind'@'%')"), refused.both());
        assertFalse(refused.both().contains("\tat "), refused.both());

        Run blind = CliProcess.run(dir, environment, "check", "--jdbc-url", server.adminJdbcUrl(), "--user",
                "shop_blind", "--password-env", "BLIND_PASSWORD", "--schemas", "shop_lb_hidden",
                "--classpath", classPath);
        assertEquals(2, blind.exit(), blind.both());
        assertTrue(blind.err().contains("[catalog-access]"), blind.both());
        assertTrue(blind.err().contains("none of the 2 mapped tables"), blind.both());
        assertTrue(blind.err().contains("GRANT SELECT ON shop_lb_hidden.* TO shop_blind"), blind.both());
        assertFalse(blind.both().contains("missing-foreign-key"), blind.both());
        assertFalse(blind.both().contains("\tat "), blind.both());
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
