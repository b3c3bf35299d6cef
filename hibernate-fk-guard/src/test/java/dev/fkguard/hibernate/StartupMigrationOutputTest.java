package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With report-dir set, the startup failure names the migration file and shows its first statements. */
class StartupMigrationOutputTest {

    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void theFailureShowsTheFirstStatementsAndWhereTheMigrationIs(TestDatabase db, @TempDir Path dir)
            throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Path reports = dir.resolve("fkguard");
        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                Map.of("hibernate.fkguard.report-dir", reports.toString(),
                        "hibernate.fkguard.migration-format", "flyway"), StartupEntities.ALL).close());
        List<Path> files;
        try (Stream<Path> listing = Files.list(reports)) {
            // The same directory also receives the reports (fkguard-report.*).
            files = listing.filter(p -> p.getFileName().toString().startsWith("V")).sorted().toList();
        }
        assertEquals(1, files.size(), files::toString);
        assertTrue(files.get(0).getFileName().toString().matches("V\\d{14}__fkguard\\.sql"),
                files.toString());
        String message = e.getMessage();
        assertTrue(message.contains("Migration (2 statements"),
                message);
        assertTrue(message.contains("The full migration (flyway) was written to " + files.get(0).toAbsolutePath()),
                message);
        assertTrue(Files.readString(files.get(0)).contains("ON DELETE CASCADE"), Files.readString(files.get(0)));
    }

    @AllDatabases(only = Engine.H2)
    void withoutReportDirTheFailureSaysHowToGetTheFile(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> GuardRun.startSessionFactory(db, Map.of(), StartupEntities.ALL).close());
        assertTrue(e.getMessage().contains("Set hibernate.fkguard.report-dir=<directory>"), e.getMessage());
    }

    @AllDatabases(only = Engine.H2)
    void anUnknownMigrationFormatFailsWithTheValidOnes(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                Map.of("hibernate.fkguard.migration-format", "csv"), StartupEntities.ALL).close());
        assertTrue(e.getMessage().contains("hibernate.fkguard.migration-format: invalid value 'csv'; valid values:"
                + " sql, flyway, liquibase-yaml, liquibase-xml, liquibase"), e.getMessage());
    }
}
