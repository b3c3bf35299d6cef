package dev.fkguard.names;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.util.List;
import java.util.Map;

import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orphan-row query a new key needs, on MySQL and MariaDB, for quoted mixed-case tables beside their case-only
 * twins ({@code lower_case_table_names=0}, the servers' setting here): it counts the rows of {@code `OrderLines`}
 * missing from {@code `Customer`}, not those of {@code orderlines} or against {@code customer}. H2 and PostgreSQL are
 * covered by {@link OrphanQueriesOnDatabasesTest}.
 */
class MixedCaseOrphansOnMySqlTest {

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void orphansAreCountedInTheQuotedMixedCaseTableNotItsTwin(TestDatabase db) {
        String customer = quote(db, "Customer");
        String lines = quote(db, "OrderLines");
        db.execute("CREATE TABLE " + customer + " (id BIGINT PRIMARY KEY)",
                "CREATE TABLE customer (id BIGINT PRIMARY KEY)",
                "CREATE TABLE " + lines + " (id BIGINT PRIMARY KEY, customer_id BIGINT)",
                "CREATE TABLE orderlines (id BIGINT PRIMARY KEY, customer_id BIGINT)",
                "INSERT INTO " + customer + " (id) VALUES (1)",
                "INSERT INTO customer (id) VALUES (1), (2), (3)",
                // One orphan in OrderLines (7); judged against the twin customer, 2 and 3 would not be orphans.
                "INSERT INTO " + lines + " (id, customer_id) VALUES (1, 1), (2, 7), (3, 2), (4, 3)",
                "INSERT INTO orderlines (id, customer_id) VALUES (1, 8), (2, 9)");
        Report report = check(db, Map.of(), Map.of(FkGuardSettings.DATA_CHECKS, "true"),
                NameEntities.QCustomer.class, NameEntities.QOrderLine.class);
        List<Finding> orphans = report.findings().stream()
                .filter(f -> f.rule().value().equals("orphaned-rows")).toList();
        assertEquals(1, orphans.size(), () -> report.findings().stream().map(Finding::format).toList().toString());
        Finding finding = orphans.get(0);
        assertEquals("OrderLines", finding.location().table().name(), finding.format());
        assertTrue(finding.format().contains("3 rows of OrderLines reference"), finding.format());
    }
}
