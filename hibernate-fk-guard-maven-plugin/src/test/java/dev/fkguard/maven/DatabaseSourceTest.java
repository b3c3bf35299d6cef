package dev.fkguard.maven;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSourceTest {

    @TempDir
    Path basedir;

    private Path file(String path) throws IOException {
        Path file = basedir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "-- " + path);
        return file;
    }

    private DatabaseSource detect(String engine) throws MojoFailureException {
        return DatabaseSource.of(basedir, List.of(), engine, Optional.empty(), List.of(), Optional.empty());
    }

    @Test
    void findsFlywayMigrationsInTheirDefaultPlace() throws Exception {
        file("src/main/resources/db/migration/V1__init.sql");
        DatabaseSource source = detect("h2");
        assertEquals(DatabaseSource.FLYWAY, source.kind());
        assertEquals(List.of(basedir.resolve("src/main/resources/db/migration")), source.flywayLocations());
    }

    @Test
    void findsSpringBootsLiquibaseChangelogWithIncludesRelativeToTheResources() throws Exception {
        Path changelog = file("src/main/resources/db/changelog/db.changelog-master.yaml");
        Resource resources = new Resource();
        resources.setDirectory("src/main/resources");
        DatabaseSource source = DatabaseSource.of(basedir, List.of(resources), "h2", Optional.empty(), List.of(),
                Optional.empty());
        assertEquals(DatabaseSource.LIQUIBASE, source.kind());
        assertEquals(Optional.of(changelog), source.changelog());
        assertEquals(Optional.of(basedir.resolve("src/main/resources")), source.changelogRoot());
    }

    @Test
    void noMigrationsIsAClearFailureWithAFix() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> detect("h2"));
        assertTrue(e.getMessage().startsWith("hibernate-fk-guard-maven-plugin: no migrations found"), e.getMessage());
        assertTrue(e.getMessage().contains("\nFix: set <flywayLocations> or <liquibaseChangelog>"), e.getMessage());
    }

    @Test
    void anEmptyFlywayLocationHasNoMigrations() throws Exception {
        file("migrations/README.md");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> DatabaseSource.of(basedir,
                List.of(), "h2", Optional.empty(), List.of(new File("migrations")), Optional.empty()));
        assertTrue(e.getMessage().contains("no migrations found"), e.getMessage());
    }

    @Test
    void bothToolsFoundMeansTheUserSaysWhich() throws Exception {
        file("src/main/resources/db/migration/V1__init.sql");
        file("src/main/resources/db/changelog/db.changelog-master.xml");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> detect("h2"));
        assertTrue(e.getMessage().contains("both Flyway migrations"), e.getMessage());
    }

    @Test
    void theThrowawayDatabaseRunsOnTheChosenEngine() throws Exception {
        file("src/main/resources/db/migration/V1__init.sql");
        for (String engine : List.of("postgresql", "mariadb", "mysql", "h2")) {
            DatabaseSource source = detect(" " + engine.toUpperCase(java.util.Locale.ROOT) + " ");
            assertEquals(engine, source.engine());
            Map<String, Object> request = new HashMap<>();
            source.addTo(request, "", "");
            assertEquals(engine, request.get("engine"));
        }
        assertTrue(detect("mariadb").describe().startsWith("a throwaway MariaDB database made from the Flyway"),
                detect("mariadb").describe());
    }

    @Test
    void anUnknownEngineListsTheValidOnes() throws Exception {
        file("src/main/resources/db/migration/V1__init.sql");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> detect("oracle"));
        assertTrue(e.getMessage().contains("unknown engine 'oracle'"), e.getMessage());
        assertTrue(e.getMessage().contains("h2, postgresql, mariadb, mysql"), e.getMessage());
    }

    @Test
    void anExistingDatabaseNeedsNoMigrations() throws Exception {
        DatabaseSource source = DatabaseSource.of(basedir, List.of(), "postgresql", Optional.of("jdbc:h2:mem:x"),
                List.of(), Optional.empty());
        assertEquals(DatabaseSource.JDBC, source.kind());
        assertEquals(false, source.throwaway());
    }
}
