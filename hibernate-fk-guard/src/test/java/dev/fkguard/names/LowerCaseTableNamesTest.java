package dev.fkguard.names;

import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.DedicatedMySql;
import dev.fkguard.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import static dev.fkguard.names.NamesOnDatabasesTest.applyFixes;
import static dev.fkguard.names.NamesOnDatabasesTest.assertClean;
import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.dropKey;
import static dev.fkguard.names.NamesOnDatabasesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MySQL started with {@code lower_case_table_names=1} (as on Windows, and a common choice elsewhere) stores every
 * table and database name in lower case, quoted or not: the mapping's {@code "OrderLines"} is the catalog's
 * {@code orderlines}. The name matrix the shared servers run ({@code lower_case_table_names=0}) runs here too, each
 * case on a fresh database of one server of this class's own: clean when the schema matches, the planted drift on
 * the right table, its fix run, clean again.
 */
class LowerCaseTableNamesTest {

    private static DedicatedMySql mysql;

    @BeforeAll
    static void start() {
        mysql = DedicatedMySql.start("--lower-case-table-names=1");
    }

    @AfterAll
    static void stop() {
        mysql.close();
    }

    private static TestDatabase fresh() {
        TestDatabase db = mysql.createDatabase();
        assertEquals(1, db.lowerCaseTableNames());
        return db;
    }

    @Test
    void mixedCaseMappingNamesAreTheLowerCaseTablesOfTheCatalog() {
        TestDatabase db = fresh();
        Class<?>[] entities = {NameEntities.QCustomer.class, NameEntities.QOrderLine.class};
        db.execute("CREATE TABLE `Customer` (id BIGINT PRIMARY KEY)",
                "CREATE TABLE `OrderLines` (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                        + " CONSTRAINT fk_lines_customer FOREIGN KEY (customer_id) REFERENCES `Customer` (id))");
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, "`OrderLines`", "fk_lines_customer"));
        Report missing = check(db, Map.of(), entities);
        assertEquals("OrderLines", single(missing, "missing-foreign-key").location().table().name());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));
    }

    /** A mixed-case database name in the mapping is the lower-case database of the catalog. */
    @Test
    void aMixedCaseDefaultCatalogIsTheLowerCaseDatabase() {
        TestDatabase db = fresh();
        String database = "Fkg_Crm_Lc";
        db.execute("DROP DATABASE IF EXISTS " + database, "CREATE DATABASE " + database);
        try {
            db.execute("CREATE TABLE " + database + ".customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + database + ".notes (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                            + " CONSTRAINT fk_notes_customer FOREIGN KEY (customer_id) REFERENCES " + database
                            + ".customers (id))");
            Map<String, Object> hibernate = Map.of("hibernate.default_catalog", database);
            Class<?>[] entities = {NameEntities.DCustomer.class, NameEntities.DNote.class};
            assertClean(check(db, hibernate, entities));

            db.execute(dropKey(db, database + ".notes", "fk_notes_customer"));
            Report missing = check(db, hibernate, entities);
            Finding finding = single(missing, "missing-foreign-key");
            assertEquals("notes", finding.location().table().name());
            assertEquals(database.toLowerCase(Locale.ROOT),
                    finding.location().table().schemaName().orElseThrow().stored());
            assertTrue(GuardRun.sql(missing, finding).toLowerCase(Locale.ROOT)
                    .contains("alter table " + database.toLowerCase(Locale.ROOT) + ".notes"),
                    () -> GuardRun.sql(missing, finding));
            applyFixes(db, missing);
            assertClean(check(db, hibernate, entities));
        } finally {
            db.execute("SET FOREIGN_KEY_CHECKS = 0", "DROP DATABASE IF EXISTS " + database);
        }
    }

    // The cases of the shared matrix, on this server.

    @Test
    void sameTableNamesInTwoSchemas(@TempDir Path dir) throws Exception {
        new NamesOnDatabasesTest().sameTableNamesInTwoSchemasAreTwoTablesAndKeysCrossSchemas(fresh(), dir);
    }

    @Test
    void theMigrationForTheMappedNotesLeavesCrmsKeyAsItWas() {
        new SameNameInTwoSchemasOnDatabasesTest().theMigrationForTheMappedNotesLeavesCrmsKeyAsItWas(fresh());
    }

    @Test
    void theDefaultCatalogOfTheMappingIsRead() {
        new NamesOnDatabasesTest().theDefaultSchemaOfTheMappingIsRead(fresh());
    }

    @Test
    void aTableMappedInAnotherDatabaseIsReadAtStartup() {
        new MappedSchemasOnStartupTest().aTableMappedInAnotherSchemaIsReadAndItsKeyChecked(fresh());
    }

    @Test
    void locationsNameTheirDatabase(@TempDir Path dir) throws Exception {
        new SchemaInLocationsOnDatabasesTest().aFindingOutsideTheDefaultSchemaIsLocatedWithItsSchemaInEveryReport(
                fresh(), dir);
    }

    @Test
    void globallyQuotedIdentifiers() {
        new NamesOnDatabasesTest().globallyQuotedIdentifiersKeepTheirCase(fresh());
    }

    @Test
    void reservedWords() {
        new NamesOnDatabasesTest().reservedWordsAreQuoted(fresh());
    }

    @Test
    void namesWithSpaces() {
        new NamesOnDatabasesTest().namesWithSpacesAreQuotedAsWritten(fresh());
    }

    @Test
    void nonAsciiNames() {
        new NamesOnDatabasesTest().nonAsciiNamesFoldAsTheEngineFoldsThem(fresh());
    }

    @Test
    void namesOf64Bytes() {
        new NamesOnDatabasesTest().namesOf64BytesAreComparedAsTheEngineKeepsThem(fresh());
    }

    @Test
    void columnNamesHaveNoCase() {
        new NamesOnDatabasesTest().columnsThatDifferOnlyInCaseAreTwoColumns(fresh());
    }

    @Test
    void viewsAndQueries() {
        new NamesOnDatabasesTest().entitiesOnViewsAndQueriesAreReportedOnceAndNotChecked(fresh());
    }

    @Test
    void orphanQueries() {
        OrphanQueriesOnDatabasesTest orphans = new OrphanQueriesOnDatabasesTest();
        orphans.reservedWords(fresh());
        orphans.namesWithSpaces(fresh());
        orphans.nonAsciiNames(fresh());
        orphans.tablesOutsideTheDefaultSchemaBesideSameNameOnesInIt(fresh());
    }

    @Test
    void theGuardReadsTheServersSetting() {
        TestDatabase db = fresh();
        db.execute("CREATE TABLE `Customer` (id BIGINT PRIMARY KEY)");
        Report report = check(db, Map.of(), NameEntities.QCustomer.class);
        // Under lower_case_table_names=1 names compare without case: a lower-case spelling is the same table.
        assertTrue(report.database().names().lowerCaseAll(), report.database().names().toString());
    }

}
