package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.report.SchemaValidation;
import dev.fkguard.support.GuardRun;
import dev.fkguard.support.RepositoryRoot;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import dev.fkguard.migration.MigrationFormat;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hibernate.fkguard.report-dir}: every report file, written at startup from a real catalog. */
class ReportDirOnStartupTest {

    private static final List<String> FILES = List.of("fkguard-report.json", "fkguard-report.md",
            "fkguard-report.mmd", "fkguard-report.sarif", "fkguard-report.txt");

    @AllDatabases
    void aRefusedStartupLeavesValidReportsBehind(TestDatabase db) throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Path dir = Files.createTempDirectory("fkguard-reports-");
        try {
            Path reports = dir.resolve("nested/reports");
            assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                    Map.of(FkGuardSettings.REPORT_DIR, reports.toString(),
                            FkGuardSettings.SOURCE_ROOT, RepositoryRoot.get().toString()), StartupEntities.ALL).close());
            assertEquals(FILES, list(reports));

            String json = Files.readString(reports.resolve("fkguard-report.json"));
            assertEquals(List.of(), new SchemaValidation(SchemaValidation.REPORT_SCHEMA).errors(json));
            assertTrue(json.contains("\"rule\": \"delete-rule-mismatch\""), json);
            // Relative to the repository root, as code scanning needs it, with the line of OrderLine.order.
            assertTrue(json.contains("\"file\": \"hibernate-fk-guard/src/test/java/dev/fkguard/hibernate/"
                    + "StartupEntities.java\",\n        \"line\": 52"), json);

            String sarif = Files.readString(reports.resolve("fkguard-report.sarif"));
            assertEquals(List.of(), new SchemaValidation(SchemaValidation.SARIF_SCHEMA).errors(sarif));
            assertTrue(sarif.contains("\"fullyQualifiedName\": \"dev.fkguard.hibernate.StartupEntities$OrderLine.order\""),
                    sarif);
            assertTrue(sarif.contains("\"uri\": \"hibernate-fk-guard/src/test/java/dev/fkguard/hibernate/"
                    + "StartupEntities.java\""), sarif);
            assertTrue(sarif.contains("\"startLine\": 52"), sarif);

            // The drifted key is red, the agreeing one is not; table names are as the catalog spells them.
            String mermaid = Files.readString(reports.resolve("fkguard-report.mmd")).toLowerCase(Locale.ROOT);
            assertTrue(mermaid.contains("t_order_items -->|\"order_id → id: delete-rule-mismatch\"| t_orders"), mermaid);
            assertTrue(mermaid.contains("t_orders -->|\"customer_id → id\"| t_customers"), mermaid);
            assertTrue(mermaid.contains("linkstyle 0 stroke:#d32f2f"), mermaid);

            String text = Files.readString(reports.resolve("fkguard-report.txt"));
            assertTrue(text.contains("\norder_items (1 finding)\n  ERROR   [delete-rule-mismatch] order_items.order_id → orders.id\n"),
                    text);
        } finally {
            delete(dir);
        }
    }

    @AllDatabases(only = Engine.H2)
    void aCleanStartupWritesCleanReports(TestDatabase db) throws IOException {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        Path dir = Files.createTempDirectory("fkguard-reports-");
        try {
            try (SessionFactory factory = GuardRun.startSessionFactory(db,
                    Map.of(FkGuardSettings.REPORT_DIR, dir.toString()), StartupEntities.ALL)) {
                assertFalse(factory.isClosed());
            }
            assertEquals(FILES, list(dir));
            assertTrue(Files.readString(dir.resolve("fkguard-report.json")).contains("\"clean\": true"));
            assertTrue(Files.readString(dir.resolve("fkguard-report.md")).startsWith("## hibernate-fk-guard: no drift"));
        } finally {
            delete(dir);
        }
    }

    /**
     * Everything the guard writes into report-dir describes one check: a later check replaces the migration of an
     * earlier one (whatever its format), and a clean check leaves none, so no stale statement sits beside reports
     * that say "agree". Files the guard does not name stay.
     */
    @AllDatabases(only = Engine.H2)
    void everyCheckReplacesTheGuardsEarlierFilesAndOnlyThose(TestDatabase db, @TempDir Path dir) throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        List<String> others = List.of("V1__create_tables.sql", "fkguard-notes.txt", "fkguard-report-old.txt");
        for (String other : others) {
            Files.writeString(dir.resolve(other), "mine");
        }
        Map<MigrationFormat, String> migrationFile = Map.of(MigrationFormat.SQL, "fkguard-migration\\.sql",
                MigrationFormat.FLYWAY, "V\\d+__fkguard\\.sql",
                MigrationFormat.LIQUIBASE_YAML, "fkguard-changelog-\\d+\\.yaml",
                MigrationFormat.LIQUIBASE_XML, "fkguard-changelog-\\d+\\.xml");
        for (MigrationFormat format : List.of(MigrationFormat.FLYWAY, MigrationFormat.LIQUIBASE_YAML,
                MigrationFormat.LIQUIBASE_XML, MigrationFormat.SQL)) {
            startInWarnMode(db, dir, format);
            List<String> migration = notReports(dir, others);
            assertEquals(1, migration.size(), format + ": " + migration);
            assertTrue(migration.get(0).matches(migrationFile.get(format)), format + ": " + migration);
        }

        db.execute("ALTER TABLE order_items DROP CONSTRAINT fk_items_order",
                "ALTER TABLE order_items ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id)"
                        + " ON DELETE CASCADE");
        startInWarnMode(db, dir, MigrationFormat.SQL);
        assertEquals(List.of(), notReports(dir, others));
        assertEquals(FILES, list(dir));
        assertTrue(Files.readString(dir.resolve("fkguard-report.txt")).contains(" agree ("),
                Files.readString(dir.resolve("fkguard-report.txt")));
        for (String other : others) {
            assertEquals("mine", Files.readString(dir.resolve(other)), other);
        }
    }

    private static void startInWarnMode(TestDatabase db, Path dir, MigrationFormat format) {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(FkGuardSettings.MODE, "warn",
                FkGuardSettings.REPORT_DIR, dir.toString(), FkGuardSettings.MIGRATION_FORMAT, format.label()),
                StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
        }
    }

    /** The files in {@code dir} other than the reports and {@code others}: the migration. */
    private static List<String> notReports(Path dir, List<String> others) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !FILES.contains(name) && !others.contains(name)).sorted().toList();
        }
    }

    /** The report files in {@code dir}; the migration the same setting writes is tested elsewhere. */
    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("fkguard-report."))
                    .sorted().toList();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
