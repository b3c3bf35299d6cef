package dev.fkguard.build.isolated;

import dev.fkguard.build.isolated.sample.Author;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each front's failures name the settings as its users write them: {@code -Dfkguard.*} for the Maven plugin,
 * {@code --options} for the command line; never the startup check's {@code hibernate.fkguard.*} properties.
 */
class FrontSpellingTest {

    private static final Path TEST_CLASSES = Path.of(Author.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath());
    private static final String URL = "jdbc:h2:mem:front-spelling;DB_CLOSE_DELAY=-1";
    private static final String STARTUP = "hibernate.fkguard.";
    /** What the command line sends: the keys it has options of its own for (its Option table). */
    private static final List<String> CLI_OPTIONS = List.of("hibernate.fkguard.report-dir", "hibernate.fkguard.fail-on",
            "hibernate.fkguard.mode", "hibernate.fkguard.schemas", "hibernate.fkguard.baseline",
            "hibernate.fkguard.migration-format", "hibernate.fkguard.migration-scope");

    private Connection keep;

    @BeforeEach
    void driftingDatabase() throws SQLException {
        keep = DriverManager.getConnection(URL, "sa", "");
        try (Statement statement = keep.createStatement()) {
            statement.execute("CREATE TABLE authors (id BIGINT PRIMARY KEY);"
                    + " CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL);"
                    + " CREATE INDEX ix_books_author ON books (author_id);");
        }
    }

    @AfterEach
    void dropIt() throws SQLException {
        try (Statement statement = keep.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        keep.close();
    }

    private static Map<String, Object> answer(String front, Map<String, String> settings) {
        return answer(front, settings, Optional.empty());
    }

    /** @param format the report the front prints ({@code rendered}), if any */
    private static Map<String, Object> answer(String front, Map<String, String> settings, Optional<String> format) {
        Map<String, Object> request = new HashMap<>();
        request.put("front", front);
        request.put("goal", "check");
        request.put("classRoots", List.of(TEST_CLASSES.toString()));
        request.put("packages", List.of(Author.class.getPackageName()));
        request.put("settings", settings);
        request.put("database", "jdbc");
        request.put("jdbcUrl", URL);
        request.put("user", "sa");
        if (front.equals("cli")) {
            request.put("settingOptions", CLI_OPTIONS);
        }
        format.ifPresent(f -> request.put("format", f));
        return BuildCheck.run(request, (level, message) -> { });
    }

    private static String message(String front, Map<String, String> settings) {
        String message = answer(front, settings).get("message").toString();
        assertFalse(message.contains(STARTUP), "the startup spelling leaked:\n" + message);
        return message;
    }

    @Test
    void mavenNamesAnUnknownSettingAsItsProperty() {
        String message = message("maven", Map.of("hibernate.fkguard.fial-on", "warning"));
        assertTrue(message.startsWith("hibernate-fk-guard [invalid-setting]: invalid settings:"), message);
        assertTrue(message.contains("-Dfkguard.fial-on: unknown setting; valid settings: -Dfkguard.mode,"
                + " -Dfkguard.fail-on, -Dfkguard.rules.<rule-id>,"), message);
        assertTrue(message.contains("invalid settings stop the build in every mode"), message);
        assertTrue(message.contains("<settings><fail-on>warning</fail-on></settings>"), message);
    }

    @Test
    void mavenNamesABadValueAsItsProperty() {
        String message = message("maven", Map.of("hibernate.fkguard.mode", "loud",
                "hibernate.fkguard.rules.missing-foreign-key", "fatal"));
        assertTrue(message.contains("-Dfkguard.mode: invalid value 'loud'; valid values: fail, warn, off"), message);
        assertTrue(message.contains("-Dfkguard.rules.missing-foreign-key: invalid value 'fatal'"), message);
    }

    @Test
    void mavenDriftSaysHowToPassTheBuildWithItsProperties() {
        Map<String, Object> answer = answer("maven", Map.of());
        String message = answer.get("message").toString();
        assertEquals("drift", answer.get("outcome"), message);
        assertFalse(message.contains(STARTUP), message);
        assertTrue(message.contains("at least error (-Dfkguard.fail-on) and -Dfkguard.mode=fail (the default)"),
                message);
        assertTrue(message.contains("the baseline file (-Dfkguard.baseline; -Dfkguard.baseline.write=true writes"),
                message);
        assertTrue(message.contains("to pass the build anyway set -Dfkguard.mode=warn, or adjust one rule with"
                + " -Dfkguard.rules.<rule-id>=warning|info|off."), message);
        assertTrue(message.contains("Set -Dfkguard.report-dir=<directory> (and"
                + " -Dfkguard.migration-format=sql|flyway|liquibase)"), message);
    }

    /**
     * A warning with a schema fix outside the migration scope, which the migration does not fix: its lines name the
     * scope and the baseline as the front spells them, in the message and in the report files alike.
     */
    @Test
    void aFindingOutsideTheMigrationScopeNamesTheScopeAndTheBaselineAsTheFrontSpellsThem(@TempDir Path dir)
            throws SQLException, IOException {
        try (Statement statement = keep.createStatement()) {
            statement.execute("ALTER TABLE books ADD COLUMN legacy_author_id BIGINT;"
                    + " ALTER TABLE books ADD CONSTRAINT fk_books_legacy FOREIGN KEY (legacy_author_id)"
                    + " REFERENCES authors (id)");
        }
        Path reports = dir.resolve("reports");
        String maven = message("maven", Map.of("hibernate.fkguard.report-dir", reports.toString()));
        assertTrue(maven.contains("WARNING [unexpected-foreign-key]"), maven);
        assertTrue(maven.contains("Left out of the migration: out of scope: -Dfkguard.migration-scope is failing:"), maven);
        assertTrue(maven.contains("an entry in the baseline file (-Dfkguard.baseline)."), maven);
        String markdown = Files.readString(reports.resolve("fkguard-report.md"));
        assertTrue(markdown.contains("out of scope: -Dfkguard.migration-scope is failing:"), markdown);
        assertFalse(markdown.contains(STARTUP), markdown);
        String cli = message("cli", Map.of());
        assertTrue(cli.contains("Left out of the migration: out of scope: --migration-scope is failing:"), cli);
        assertTrue(cli.contains("an entry in the baseline file (--baseline)."), cli);
    }

    /**
     * A finding accepted in the baseline is a suppressed SARIF result whose justification names the baseline setting
     * as the front spells it, in the plugin's report file and in the command line's --format sarif alike.
     */
    @Test
    void sarifSaysABaselinedFindingIsAcceptedInTheBaselineAsTheFrontSpellsIt(@TempDir Path dir) throws IOException {
        Path baseline = dir.resolve("fkguard-baseline.txt");
        answer("maven", Map.of("hibernate.fkguard.baseline", baseline.toString(),
                "hibernate.fkguard.baseline.write", "true"));
        assertTrue(Files.readString(baseline).contains("missing-foreign-key"), Files.readString(baseline));
        Path reports = dir.resolve("reports");
        answer("maven", Map.of("hibernate.fkguard.baseline", baseline.toString(),
                "hibernate.fkguard.report-dir", reports.toString()));
        String maven = Files.readString(reports.resolve("fkguard-report.sarif"));
        assertTrue(maven.contains("\"justification\": \"accepted in the baseline file (-Dfkguard.baseline)\""),
                maven);
        assertFalse(results(maven).contains("(hibernate.fkguard.baseline)"), maven);
        Map<String, String> cliSettings = Map.of("hibernate.fkguard.baseline", baseline.toString());
        String cli = answer("cli", cliSettings, Optional.of("sarif")).get("rendered").toString();
        assertTrue(cli.contains("\"justification\": \"accepted in the baseline file (--baseline)\""), cli);
        assertFalse(results(cli).contains("(hibernate.fkguard.baseline)"), cli);
    }

    /**
     * The SARIF's results, without the rules' help: that is the shipped rule page, written in startup's words for
     * every front (its examples show startup's messages).
     */
    private static String results(String sarif) {
        int results = sarif.indexOf("\"results\"");
        assertTrue(results > 0, sarif);
        return sarif.substring(results);
    }

    /**
     * A mapped table the database lacks: the rule's fix names the schemas setting, which each front's message and
     * reports spell as its users write it (startup's words are the rule's own, unchanged).
     */
    @Test
    void aMissingTablesFixNamesTheSchemasSettingAsTheFrontSpellsIt(@TempDir Path dir) throws SQLException,
            IOException {
        try (Statement statement = keep.createStatement()) {
            statement.execute("DROP TABLE books");
        }
        Path reports = dir.resolve("reports");
        String maven = message("maven", Map.of("hibernate.fkguard.report-dir", reports.toString()));
        assertTrue(maven.contains("table books was not found in the database"), maven);
        assertTrue(maven.contains("or check -Dfkguard.schemas and the user's privileges."), maven);
        for (String report : List.of("fkguard-report.json", "fkguard-report.md", "fkguard-report.sarif")) {
            String text = Files.readString(reports.resolve(report));
            assertTrue(text.contains("or check -Dfkguard.schemas and the user's privileges."), report + ":\n" + text);
            assertFalse(text.contains("check hibernate.fkguard.schemas"), report + ":\n" + text);
        }
        String cli = message("cli", Map.of());
        assertTrue(cli.contains("or check --schemas and the user's privileges."), cli);
    }

    /**
     * The baseline file's own failure names the baseline settings as the front spells them, and how to write the file
     * in the front's words: one run of the build or of the check, not of startup.
     */
    @Test
    void aMissingBaselineFileIsNamedWithTheFrontsSettings(@TempDir Path dir) {
        Map<String, String> missing = Map.of("hibernate.fkguard.baseline", dir.resolve("missing.txt").toString());
        String maven = message("maven", missing);
        assertTrue(maven.startsWith("hibernate-fk-guard [invalid-baseline]: the baseline file "), maven);
        assertTrue(maven.contains("Fix: create it from the current findings by running the build once with"
                + " -Dfkguard.baseline.write=true, or remove -Dfkguard.baseline."), maven);
        assertFalse(maven.contains("start"), maven);
        String cli = message("cli", missing);
        assertTrue(cli.contains("Fix: create it from the current findings by running the check once with"
                + " --setting baseline.write=true, or remove --baseline."), cli);
        assertFalse(cli.contains("start"), cli);
    }

    /** A baseline that cannot be written says so in the front's words too, not the running application's. */
    @Test
    void aBaselineThatCannotBeWrittenIsNamedWithTheFrontsSettings(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("config"), "a file");
        Map<String, String> unwritable = Map.of("hibernate.fkguard.baseline",
                notADirectory.resolve("fkguard-baseline.txt").toString(), "hibernate.fkguard.baseline.write", "true");
        String maven = message("maven", unwritable);
        assertTrue(maven.startsWith("hibernate-fk-guard [output-write]: cannot write the baseline file "), maven);
        assertTrue(maven.contains("Fix: make -Dfkguard.baseline name a file that can be written there."), maven);
        assertFalse(maven.contains("application"), maven);
    }

    @Test
    void theCommandLineNamesAnUnknownSettingAsItsOptions() {
        String message = message("cli", Map.of("hibernate.fkguard.fial-on", "warning"));
        assertTrue(message.contains("--setting fial-on: unknown setting; valid settings: --mode, --fail-on, --rules"
                + " <rule-id>, --schemas, --setting cascade-delete-fan-out.max-depth,"), message);
        assertTrue(message.contains("invalid settings stop the check in every mode"), message);
        assertTrue(message.contains("On the command line a setting is an option: --fail-on warning"), message);
    }

    @Test
    void theCommandLineNamesABadValueAsItsOption() {
        String message = message("cli", Map.of("hibernate.fkguard.fail-on", "info",
                "hibernate.fkguard.rules.missing-foreign-key", "fatal", "hibernate.fkguard.data-checks", "maybe",
                "hibernate.fkguard.baseline.write", "true"));
        assertTrue(message.contains("--fail-on: invalid value 'info'; valid values: error, warning"), message);
        assertTrue(message.contains("--rules missing-foreign-key: invalid value 'fatal'"), message);
        assertTrue(message.contains("--setting data-checks: invalid value 'maybe'"), message);
        assertTrue(message.contains("--setting baseline.write=true needs --baseline <file>"), message);
    }

    @Test
    void theCommandLinesDriftSaysHowToExitZeroWithItsOptions() {
        Map<String, Object> answer = answer("cli", Map.of());
        String message = answer.get("message").toString();
        assertEquals("drift", answer.get("outcome"), message);
        assertFalse(message.contains(STARTUP), message);
        assertTrue(message.contains("at least error (--fail-on) and --mode fail (the default)"), message);
        assertTrue(message.contains("the baseline file (--baseline; --setting baseline.write=true writes"), message);
        assertTrue(message.contains("to exit 0 anyway add --mode warn, or adjust one rule with"
                + " --rules <rule-id>=warning|info|off."), message);
        assertTrue(message.contains("Set --report-dir <directory> (and --migration-format sql|flyway|liquibase) to"
                + " have the full migration written there."), message);
    }

    @Test
    void aReportDirectoryThatIsAFileIsNamedAsTheOption(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "not a directory");
        String message = message("cli", Map.of("hibernate.fkguard.report-dir", file.toString()));
        assertTrue(message.contains(file + " (--report-dir) is not a directory"), message);
        assertTrue(message.contains("Fix: point --report-dir at a directory"), message);
    }

    @Test
    void aSchemaPatternThatMatchesNothingIsNamedAsTheOption() {
        String message = message("cli", Map.of("hibernate.fkguard.schemas", "tenant_*"));
        assertTrue(message.contains("matches --schemas pattern tenant_*"), message);
    }

    @Test
    void aBadSettingOfPersistenceXmlIsNamedAsWrittenThere(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/META-INF")).getParent();
        Files.writeString(classes.resolve("META-INF/persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="shop">
                    <class>%s</class>
                    <class>%s</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                    <properties>
                      <property name="hibernate.fkguard.fail_on" value="warning"/>
                      <property name="hibernate.fkguard.mode" value="loud"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """.formatted(Author.class.getName(), dev.fkguard.build.isolated.sample.Book.class.getName()));
        Map<String, Object> request = new HashMap<>(Map.of("front", "cli", "goal", "check",
                "classRoots", List.of(classes.toString()), "settings",
                Map.of("hibernate.fkguard.mode", "warm"), "database", "jdbc", "jdbcUrl", URL, "user", "sa",
                "settingOptions", CLI_OPTIONS));
        String message = BuildCheck.run(request, (level, text) -> { }).get("message").toString();
        assertTrue(message.contains("hibernate.fkguard.fail_on (persistence.xml): keys use '-' or '.', never '_' (did"
                + " you mean hibernate.fkguard.fail-on (persistence.xml)?)"), message);
        // The command line's --mode overrides the unit's: the problem is in what the command line gave.
        assertTrue(message.contains("--mode: invalid value 'warm'"), message);
        assertFalse(message.contains("hibernate.fkguard.mode"), message);
    }

    @Test
    void aSkippedCheckNamesTheFrontsSpelling() {
        assertEquals("hibernate-fk-guard: skipped (--mode off)",
                message("cli", Map.of("hibernate.fkguard.mode", "off")));
        assertEquals("hibernate-fk-guard: skipped (-Dfkguard.mode=off)",
                message("maven", Map.of("hibernate.fkguard.mode", "off")));
    }
}
