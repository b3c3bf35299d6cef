package dev.fkguard.build.isolated;

import dev.fkguard.build.isolated.sample.Author;
import dev.fkguard.build.isolated.sample.Book;
import dev.fkguard.build.isolated.scanned.Address;
import dev.fkguard.build.isolated.scanned.Shop;
import dev.fkguard.build.isolated.scanned.Stamped;
import dev.fkguard.build.isolated.scanned.archive.ArchivedShop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The isolated side called directly, in the test's class loader (the Maven ITs run it in its own): the paths no
 * sample project takes, an existing database over jdbcUrl and the failures of the build's inputs.
 */
class BuildCheckTest {

    private static final Path TEST_CLASSES = Path.of(Author.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath());
    private static final String SCHEMA = "CREATE TABLE authors (id BIGINT PRIMARY KEY);"
            + " CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL);"
            + " CREATE INDEX ix_books_author ON books (author_id);";

    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private final BiConsumer<String, String> log = (level, message) -> logged.add(level + ": " + message);

    private Map<String, Object> request(Path classes, String database) {
        Map<String, Object> request = new HashMap<>();
        request.put("goal", "check");
        request.put("classRoots", List.of(classes.toString()));
        request.put("packages", List.of(Author.class.getPackageName()));
        request.put("settings", Map.of("hibernate.fkguard.report-dir", dir.resolve("fkguard").toString()));
        request.put("database", database);
        return request;
    }

    @Test
    void anExistingDatabaseIsCheckedOverItsUrl() throws SQLException {
        String url = "jdbc:h2:mem:buildcheck-existing;DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url, "sa", ""); Statement statement = keep.createStatement()) {
            statement.execute(SCHEMA);
            Map<String, Object> request = request(TEST_CLASSES, "jdbc");
            request.put("jdbcUrl", url);
            request.put("user", "sa");
            Map<String, Object> answer = BuildCheck.run(request, log);
            assertEquals("drift", answer.get("outcome"), String.valueOf(answer.get("message")));
            assertTrue(answer.get("message").toString().contains("ERROR [missing-foreign-key] books.author_id → authors.id"),
                    answer.get("message").toString());
            assertTrue(Files.isRegularFile(dir.resolve("fkguard/fkguard-report.sarif")));
        }
    }

    @Test
    void flywayMigrationsMakeTheThrowawayDatabase() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__books.sql"), SCHEMA);
        Files.writeString(migrations.resolve("V2__key.sql"), "ALTER TABLE books ADD CONSTRAINT fk_books_author"
                + " FOREIGN KEY (author_id) REFERENCES authors (id);");
        Map<String, Object> request = request(TEST_CLASSES, "flyway");
        request.put("flywayLocations", List.of(migrations.toString()));
        Map<String, Object> answer = BuildCheck.run(request, log);
        assertEquals("clean", answer.get("outcome"), String.valueOf(answer.get("message")));
        assertTrue(logged.contains("info: hibernate-fk-guard: Flyway applied 2 migrations to the throwaway H2 database"),
                logged.toString());
    }

    @Test
    void flywayPlaceholdersGetTheApplicationsValues() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__books.sql"), SCHEMA + " ALTER TABLE books ADD CONSTRAINT"
                + " fk_books_author FOREIGN KEY (author_id) REFERENCES ${owner_table} (id) ON DELETE ${on_delete};");
        Map<String, Object> request = request(TEST_CLASSES, "flyway");
        request.put("flywayLocations", List.of(migrations.toString()));
        request.put("flywayPlaceholders", Map.of("owner_table", "authors", "on_delete", "NO ACTION"));
        Map<String, Object> answer = BuildCheck.run(request, log);
        assertEquals("clean", answer.get("outcome"), String.valueOf(answer.get("message")));
    }

    /**
     * A Liquibase change set the engine refuses is a clear failure: the changelog, the change set and the statement
     * are named, then what to do.
     */
    @Test
    void aLiquibaseChangeSetTheEngineRefusesNamesTheFileTheChangeSetAndTheStatement() throws IOException {
        Path root = Files.createDirectories(dir.resolve("resources"));
        Path changelog = Files.createDirectories(root.resolve("db/changelog")).resolve("db.changelog-master.yaml");
        Files.writeString(changelog, """
                databaseChangeLog:
                  - changeSet:
                      id: books
                      author: shop
                      changes:
                        - sql:
                            sql: %s
                  - changeSet:
                      id: broken-key
                      author: shop
                      changes:
                        - sql:
                            sql: ALTER TABLE books ADD CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES writers (id)
                """.formatted(SCHEMA));
        Map<String, Object> request = request(TEST_CLASSES, "liquibase");
        request.put("liquibaseRoot", root.toString());
        request.put("liquibaseChangelog", changelog.toString());
        Map<String, Object> answer = BuildCheck.run(request, log);
        assertEquals("failure", answer.get("outcome"), String.valueOf(answer.get("message")));
        String message = answer.get("message").toString();
        assertTrue(message.startsWith("hibernate-fk-guard-maven-plugin: the Liquibase changelog " + changelog
                + " does not run on H2, so there is no database to check:"), message);
        assertTrue(message.contains("broken-key"), message);
        assertTrue(message.contains("REFERENCES writers (id)"), message);
        assertTrue(message.contains("\nFix: correct the change set and statement named above."), message);
    }

    @Test
    void noEntitiesFailsWithAFix() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("classes"));
        Map<String, Object> answer = BuildCheck.run(request(empty, "flyway"), log);
        assertEquals("failure", answer.get("outcome"));
        String message = answer.get("message").toString();
        assertTrue(message.startsWith("hibernate-fk-guard-maven-plugin: no entities found in " + empty), message);
        assertTrue(message.contains("\nFix: "), message);
    }

    @Test
    void anUnknownSettingFailsAsAtStartupAndSaysHowTheBuildSpellsIt() throws IOException {
        Map<String, Object> request = request(TEST_CLASSES, "flyway");
        request.put("settings", Map.of("hibernate.fkguard.fail_on", "warning",
                "hibernate.fkguard.report-dir", dir.toString()));
        String message = BuildCheck.run(request, log).get("message").toString();
        assertTrue(message.startsWith("hibernate-fk-guard [invalid-setting]: invalid settings:"), message);
        assertTrue(message.contains("-Dfkguard.fail_on: keys use '-' or '.', never '_' (did you mean"
                + " -Dfkguard.fail-on?)"), message);
        assertTrue(message.contains("-Dfkguard.fail-on=warning"), message);
    }

    /**
     * The baseline persistence.xml names relative to its project is written in the project the request names (the
     * plugin's base directory), not in the directory the JVM runs in.
     */
    @Test
    void aRelativeBaselineOfTheApplicationIsInTheProjectNotTheWorkingDirectory() throws IOException, SQLException {
        Path project = Files.createDirectories(dir.resolve("shop"));
        Path classes = Files.createDirectories(project.resolve("target/classes/META-INF"));
        Files.writeString(classes.resolve("persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="shop">
                    <class>%s</class>
                    <class>%s</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                    <properties>
                      <property name="hibernate.fkguard.baseline" value="config/fkguard-baseline.txt"/>
                      <property name="hibernate.fkguard.baseline.write" value="true"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """.formatted(Author.class.getName(), Book.class.getName()));
        String url = "jdbc:h2:mem:buildcheck-baseline;DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url, "sa", ""); Statement statement = keep.createStatement()) {
            statement.execute(SCHEMA);
            Map<String, Object> request = request(classes.getParent(), "jdbc");
            request.put("jdbcUrl", url);
            request.put("user", "sa");
            request.put("baseDirectory", project.toString());
            Map<String, Object> answer = BuildCheck.run(request, log);
            Path written = project.resolve("config/fkguard-baseline.txt");
            assertTrue(Files.isRegularFile(written), answer.get("message") + "\n" + logged);
            assertTrue(Files.readString(written).contains("missing-foreign-key|books|author_id|authors|id"),
                    Files.readString(written));
            assertFalse(Files.exists(Path.of("config/fkguard-baseline.txt").toAbsolutePath()));
            assertTrue(logged.contains("info: hibernate-fk-guard: using the application's own settings"
                    + " hibernate.fkguard.baseline (persistence.xml) = " + written
                    + ", hibernate.fkguard.baseline.write (persistence.xml) = true."), logged.toString());
        }
    }

    /**
     * Without persistence.xml the scan finds what Hibernate maps: every @Entity, @Embeddable and @MappedSuperclass
     * of the compiled classes (sub-packages included), nothing else; the packages narrow it.
     */
    @Test
    void withoutPersistenceXmlTheScanFindsEntitiesEmbeddablesAndMappedSuperclassesInThePackages() {
        String scanned = Shop.class.getPackageName();
        EntitySelection all = EntitySelection.find(List.of(TEST_CLASSES), List.of(scanned), "", Front.MAVEN, log);
        assertEquals(Set.of(Shop.class, Address.class, Stamped.class, ArchivedShop.class), Set.copyOf(all.classes()));
        assertEquals(Map.of(), all.properties());
        EntitySelection archive = EntitySelection.find(List.of(TEST_CLASSES),
                List.of(ArchivedShop.class.getPackageName()), "", Front.MAVEN, log);
        assertEquals(List.of(ArchivedShop.class), archive.classes());
    }

    @Test
    void persistenceXmlListsTheClassesAndItsGuardSettingsApply() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/META-INF"));
        Files.writeString(classes.resolve("persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="shop">
                    <class>%s</class>
                    <class>%s</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                    <properties>
                      <property name="hibernate.fkguard.rules.missing-foreign-key" value="warning"/>
                      <property name="hibernate.default_schema" value="PUBLIC"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """.formatted(Author.class.getName(), Book.class.getName()));
        EntitySelection selection = EntitySelection.find(List.of(classes.getParent()), List.of(), "", Front.MAVEN, log);
        assertEquals(List.of(Author.class, Book.class), selection.classes());
        assertEquals("PUBLIC", selection.properties().get("hibernate.default_schema"));
        assertEquals("warning", selection.properties().get("hibernate.fkguard.rules.missing-foreign-key"));
    }
}
