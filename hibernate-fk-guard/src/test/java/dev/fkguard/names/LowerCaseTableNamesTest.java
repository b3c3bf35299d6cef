package dev.fkguard.names;

import dev.fkguard.report.Report;
import dev.fkguard.testing.DedicatedMySql;
import dev.fkguard.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.fkguard.names.NamesOnDatabasesTest.applyFixes;
import static dev.fkguard.names.NamesOnDatabasesTest.assertClean;
import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.dropKey;
import static dev.fkguard.names.NamesOnDatabasesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * MySQL started with {@code lower_case_table_names=1} (as on Windows, and a common choice elsewhere) stores every
 * table name in lower case, quoted or not: the mapping's {@code "OrderLines"} is the catalog's {@code orderlines}.
 */
class LowerCaseTableNamesTest {

    @Test
    void mixedCaseMappingNamesAreTheLowerCaseTablesOfTheCatalog() {
        try (DedicatedMySql mysql = DedicatedMySql.start("--lower-case-table-names=1")) {
            TestDatabase db = mysql.createDatabase();
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
    }
}
