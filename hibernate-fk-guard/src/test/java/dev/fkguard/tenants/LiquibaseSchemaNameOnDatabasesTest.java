package dev.fkguard.tenants;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.migration.MigrationFile;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.report.Report;
import dev.fkguard.support.LiquibaseRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liquibase's {@code schemaName} attributes (migration/LiquibaseChangelog, decided through SqlNames.qualifier): two
 * schemas outside the connection's own hold tables of the same names, both lose their key, and real Liquibase runs
 * the guard's changelog — YAML and XML — so that each schema gets its own key back and the check is clean.
 */
class LiquibaseSchemaNameOnDatabasesTest {

    @AllDatabases
    void yamlChangelogNamesTheSchemaOfEachTable(TestDatabase db, @TempDir Path dir) throws Exception {
        run(db, dir, MigrationFormat.LIQUIBASE_YAML);
    }

    @AllDatabases
    void xmlChangelogNamesTheSchemaOfEachTable(TestDatabase db, @TempDir Path dir) throws Exception {
        run(db, dir, MigrationFormat.LIQUIBASE_XML);
    }

    private static void run(TestDatabase db, Path dir, MigrationFormat format) throws Exception {
        boolean mysql = db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
        String prefix = db.engine() == Engine.H2 ? "fkg" : db.schema();
        List<String> schemas = List.of(prefix + "_lq_a", prefix + "_lq_b");
        for (String schema : schemas) {
            db.execute((mysql ? "DROP DATABASE IF EXISTS " : "DROP SCHEMA IF EXISTS ") + schema + (mysql ? "" : " CASCADE"),
                    (mysql ? "CREATE DATABASE " : "CREATE SCHEMA ") + schema,
                    "CREATE TABLE " + schema + ".tn_customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + schema + ".tn_orders (id BIGINT PRIMARY KEY, customer_id BIGINT)");
        }
        try {
            String pattern = prefix + "_lq_*";
            Report drifted = TenantSchemasOnDatabasesTest.check(db, pattern);
            assertEquals(2, drifted.findings().size(), () -> drifted.findings().toString());

            MigrationFile file = new MigrationWriter("1").render(PlannedFixes.of(drifted).plan(), format).get(0);
            for (String schema : schemas) {
                String stored = db.engine() == Engine.H2 ? schema.toUpperCase(Locale.ROOT) : schema;
                assertTrue(file.content().contains(stored), () -> schema + " not named:\n" + file.content());
            }
            Path changelogs = Files.createDirectories(dir.resolve("changelog"));
            Files.writeString(changelogs.resolve(file.fileName()), file.content());
            try {
                LiquibaseRun.update(db, changelogs, file.fileName());
            } catch (Exception e) {
                throw new AssertionError("Liquibase refused:\n" + file.content(), e);
            }
            Report after = TenantSchemasOnDatabasesTest.check(db, pattern);
            assertEquals(List.of(), after.findings().stream().map(f -> f.format()).toList(), file.content());
        } finally {
            for (String schema : schemas) {
                db.execute(mysql ? "DROP DATABASE IF EXISTS " + schema : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
