package dev.fkguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fkguard.cli.CliProcess.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar run as a user runs it ({@code java -jar}), against H2 file databases made here, with the sample
 * application on {@code --classpath}.
 */
class CliProcessTest {

    static final String TABLES = "CREATE TABLE authors (id BIGINT PRIMARY KEY);"
            + " CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL);"
            + " CREATE INDEX ix_books_author ON books (author_id);";
    static final String KEY = " ALTER TABLE books ADD CONSTRAINT fk_books_author FOREIGN KEY (author_id)"
            + " REFERENCES authors (id);";
    static final String FINDING = "ERROR [missing-foreign-key] books.author_id → authors.id";

    @TempDir
    static Path shared;
    private static String classPath;
    private static String cleanUrl;
    private static String driftUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void sampleApplicationAndDatabases() throws IOException, SQLException {
        classPath = SampleApplication.build(shared.resolve("app"));
        cleanUrl = database(shared.resolve("clean"), TABLES + KEY, "sa", "");
        driftUrl = database(shared.resolve("drift"), TABLES, "sa", "");
    }

    private static String database(Path file, String sql, String user, String password) throws SQLException {
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return url;
    }

    private Run cli(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return CliProcess.run(dir, environment, args);
    }

    private Run check(String url, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("check", "--jdbc-url", url, "--user", "sa", "--classpath",
                classPath));
        args.addAll(List.of(more));
        return cli(Map.of(), args.toArray(String[]::new));
    }

    @Test
    void aCleanSchemaAgreesWithExitZero() throws Exception {
        Run run = check(cleanUrl, "--packages", "com.acme");
        assertEquals(0, run.exit(), run.both());
        assertFalse(run.out().contains("[missing-foreign-key]"), run.both());
        assertTrue(run.err().contains("checking 2 mapped classes against " + cleanUrl), run.both());
        assertTrue(java.util.regex.Pattern.compile("hibernate-fk-guard checked in \\d+ ms: mapping \\d+ ms, catalog"
                + " \\d+ ms, rules \\d+ ms\\.").matcher(run.err()).find(), run.both());
    }

    @Test
    void plantedDriftExitsOneWithTheStartupMessage() throws Exception {
        Run run = check(driftUrl, "--report-dir", "reports");
        assertEquals(1, run.exit(), run.both());
        assertTrue(run.out().contains(FINDING), run.both());
        // How to go on is said in the command line's options, never as the startup check's Hibernate properties.
        assertTrue(run.out().contains("to exit 0 anyway add --mode warn, or adjust one rule with --rules"
                + " <rule-id>=warning|info|off."), run.both());
        assertFalse(run.both().contains("hibernate.fkguard."), run.both());
        assertTrue(Files.isRegularFile(dir.resolve("reports/fkguard-report.sarif")), run.both());
        assertTrue(Files.isRegularFile(dir.resolve("reports/fkguard-migration.sql")), run.both());
    }

    @Test
    void anApplicationWithTheGuardOnItsClassPathIsCheckedByTheJarsOwnCopy() throws Exception {
        Path app = dir.resolve("app-with-startup-check");
        String withLibrary = SampleApplication.build(app);
        SampleApplication.addStartupCheck(app);
        SampleApplication.addOtherGuardVersion(app);
        Run drift = cli(Map.of(), "check", "--jdbc-url", driftUrl, "--user", "sa", "--classpath", withLibrary);
        assertEquals(1, drift.exit(), drift.both());
        assertTrue(drift.out().contains(FINDING), drift.both());
    }

    @Test
    void findingsBelowFailOnExitZero() throws Exception {
        Run run = check(driftUrl, "--rules", "missing-foreign-key=warning");
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.out().contains("WARNING [missing-foreign-key] books.author_id → authors.id"), run.both());
    }

    @Test
    void jsonGoesToStandardOutputAndParses() throws Exception {
        Run run = check(driftUrl, "--format", "json");
        assertEquals(1, run.exit(), run.both());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertTrue(report.toString().contains("missing-foreign-key"), run.out());
        assertTrue(run.err().contains(FINDING), run.both());
    }

    @Test
    void sarifAndMarkdownGoToStandardOutputAndTheMessageToStandardError() throws Exception {
        Run sarif = check(driftUrl, "--format", "sarif");
        assertEquals(1, sarif.exit(), sarif.both());
        JsonNode log = new ObjectMapper().readTree(sarif.out());
        assertEquals("2.1.0", log.path("version").asText(), sarif.out());
        assertEquals("missing-foreign-key", log.path("runs").path(0).path("results").path(0).path("ruleId").asText(),
                sarif.out());
        assertTrue(sarif.err().contains(FINDING), sarif.both());

        Run markdown = check(driftUrl, "--format", "markdown");
        assertEquals(1, markdown.exit(), markdown.both());
        assertTrue(markdown.out().startsWith("## hibernate-fk-guard: "), markdown.out());
        assertTrue(markdown.out().contains("missing-foreign-key"), markdown.out());
        assertTrue(markdown.err().contains(FINDING), markdown.both());
    }

    @Test
    void thePasswordComesFromTheNamedEnvironmentVariable() throws Exception {
        String url = database(dir.resolve("secured"), TABLES + KEY, "app", "s3cret");
        List<String> args = List.of("check", "--jdbc-url", url, "--user", "app", "--password-env", "SHOP_DB_PASSWORD",
                "--classpath", classPath);
        Run right = cli(Map.of("SHOP_DB_PASSWORD", "s3cret"), args.toArray(String[]::new));
        assertEquals(0, right.exit(), right.both());
        Run wrong = cli(Map.of("SHOP_DB_PASSWORD", "guess"), args.toArray(String[]::new));
        assertEquals(2, wrong.exit(), wrong.both());
        assertTrue(wrong.err().contains("could not connect to " + url), wrong.both());
        Run unset = cli(Map.of(), args.toArray(String[]::new));
        assertEquals(2, unset.exit(), unset.both());
        assertTrue(unset.err().contains("the environment variable SHOP_DB_PASSWORD (--password-env) is not set"),
                unset.both());
    }

    @Test
    void anUnreachableDatabaseIsExitTwoWithAFix() throws Exception {
        Run run = check("jdbc:postgresql://127.0.0.1:1/shop");
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("could not connect to jdbc:postgresql://127.0.0.1:1/shop"), run.both());
        assertTrue(run.err().contains("\nFix: check the JDBC URL, user and password (--jdbc-url, --user,"
                + " --password-env)"), run.both());
        assertFalse(run.err().contains("\tat "), run.both());
    }

    @Test
    void anUnknownOptionIsExitTwo() throws Exception {
        Run run = check(cleanUrl, "--fail_on", "warning");
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().startsWith("hibernate-fk-guard-cli: unknown option --fail_on.\nFix: see --help"),
                run.both());
    }

    @Test
    void invalidSettingsAreExitTwoNamedAsOptions() throws Exception {
        Run run = check(cleanUrl, "--fail-on", "info", "--setting", "fial-on=warning");
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("--fail-on: invalid value 'info'; valid values: error, warning"), run.both());
        assertTrue(run.err().contains("--setting fial-on: unknown setting; valid settings: --mode, --fail-on,"
                + " --rules <rule-id>, --schemas,"), run.both());
        assertFalse(run.both().contains("hibernate.fkguard."), run.both());
    }

    @Test
    void aMissingClassPathEntryIsExitTwo() throws Exception {
        Run run = cli(Map.of(), "check", "--jdbc-url", cleanUrl, "--classpath", "missing.jar" + File.pathSeparator
                + classPath);
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("the --classpath entry missing.jar does not exist"), run.both());
    }

    @Test
    void librariesAloneHaveNoEntities() throws Exception {
        String librariesOnly = classPath.substring(classPath.indexOf(File.pathSeparator) + 1);
        Run run = cli(Map.of(), "check", "--jdbc-url", cleanUrl, "--user", "sa", "--classpath", librariesOnly);
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("hibernate-fk-guard-cli: no entities found"), run.both());
        assertTrue(run.err().contains("Fix: name the application's classes directory or jar directly on"
                + " --classpath"), run.both());
    }

    @Test
    void anEmptyClassPathIsExitTwo() throws Exception {
        Run run = cli(Map.of(), "check", "--jdbc-url", cleanUrl, "--classpath", "");
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("--classpath is missing"), run.both());
    }

    /**
     * The command line's paths are the working directory's: its options' and those of the application's own
     * settings alike, here a relative baseline in the application's persistence.xml, written where the check runs.
     */
    @Test
    void aRelativeBaselineOfTheApplicationIsInTheWorkingDirectory() throws Exception {
        Path app = dir.resolve("app-with-baseline");
        SampleApplication.build(app);
        Files.writeString(Files.createDirectories(app.resolve("classes/META-INF")).resolve("persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="shop">
                    <class>com.acme.shop.Author</class>
                    <class>com.acme.shop.Book</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                    <properties>
                      <property name="hibernate.fkguard.baseline" value="config/fkguard-baseline.txt"/>
                      <property name="hibernate.fkguard.baseline.write" value="true"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        Path work = Files.createDirectories(dir.resolve("work"));
        Run run = CliProcess.run(work, Map.of(), "check", "--jdbc-url", driftUrl, "--user", "sa", "--classpath",
                app.resolve("classes") + File.pathSeparator + app.resolve("lib") + File.separator + "*");
        Path baseline = work.resolve("config/fkguard-baseline.txt");
        assertTrue(Files.isRegularFile(baseline), run.both());
        assertTrue(Files.readString(baseline).contains("missing-foreign-key|books|author_id|authors|id"),
                Files.readString(baseline));
        assertTrue(run.err().contains("hibernate.fkguard.baseline (persistence.xml) = " + baseline), run.both());
    }

    @Test
    void helpListsEveryOption() throws Exception {
        Run run = cli(Map.of(), "--help");
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.out().contains("Relative paths, those of the options and those the application's own"
                + " settings name\n"), run.out());
        for (Option option : Option.values()) {
            assertTrue(run.out().contains("  " + option.spelled()), option.spelled() + "\n" + run.out());
        }
    }
}
