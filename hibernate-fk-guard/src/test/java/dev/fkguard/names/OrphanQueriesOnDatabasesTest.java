package dev.fkguard.names;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.fkguard.names.NameEntities.CRM;
import static dev.fkguard.names.NamesOnDatabasesTest.assertClean;
import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.createCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.dropCrm;
import static dev.fkguard.names.NamesOnDatabasesTest.isMySqlFamily;
import static dev.fkguard.names.NamesOnDatabasesTest.quote;
import static dev.fkguard.names.NamesOnDatabasesTest.reserved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rows that would make a new key fail, for names that need quoting or a schema: the query the migration gives
 * beside each key it adds ("rows that would make it fail: …") runs on the engine and finds exactly the planted
 * orphan — not a row of a same-name twin — and the {@code orphaned-rows} data check counts the same rows. With the
 * orphan removed, the migration runs and the check is clean. Each name case on every engine: a quoted mixed-case
 * table beside its unquoted twin, reserved words, spaces, non-ASCII, a table outside the default schema.
 */
class OrphanQueriesOnDatabasesTest {

    /** The orphan each case plants: its child row references parent 99, which does not exist. */
    private static final long ORPHAN = 99;

    @AllDatabases
    void aQuotedMixedCaseTableBesideItsUnquotedTwin(TestDatabase db) {
        String customer = quote(db, "Customer");
        String lines = quote(db, "OrderLines");
        run(db, new Case(lines, "customer_id", customer, "id", Map.of(),
                List.of("CREATE TABLE " + customer + " (id BIGINT PRIMARY KEY)",
                        "CREATE TABLE customer (id BIGINT PRIMARY KEY)",
                        "CREATE TABLE " + lines + " (id BIGINT PRIMARY KEY, customer_id BIGINT)",
                        "CREATE TABLE orderlines (id BIGINT PRIMARY KEY, customer_id BIGINT)",
                        // Orphans of the twins: a query on the wrong table would find them, one judged against the
                        // twin parent would take 99 for no orphan.
                        "INSERT INTO customer (id) VALUES (" + ORPHAN + ")",
                        "INSERT INTO orderlines (id, customer_id) VALUES (1, 77), (2, 78)"),
                NameEntities.QCustomer.class, NameEntities.QOrderLine.class));
    }

    @AllDatabases
    void reservedWords(TestDatabase db) {
        String rank = reserved(db, "rank");
        String desc = reserved(db, "desc");
        String range = reserved(db, "range");
        String interval = reserved(db, "interval");
        run(db, new Case(desc, range, rank, interval, Map.of(),
                List.of("CREATE TABLE " + rank + " (" + interval + " BIGINT PRIMARY KEY)",
                        "CREATE TABLE " + desc + " (id BIGINT PRIMARY KEY, " + range + " BIGINT)"),
                NameEntities.WRank.class, NameEntities.WDesc.class));
    }

    @AllDatabases
    void namesWithSpaces(TestDatabase db) {
        String notes = quote(db, "order notes");
        String lines = quote(db, "note lines");
        String ref = quote(db, "note ref");
        run(db, new Case(lines, ref, notes, "id", Map.of(),
                List.of("CREATE TABLE " + notes + " (id BIGINT PRIMARY KEY)",
                        "CREATE TABLE " + lines + " (id BIGINT PRIMARY KEY, " + ref + " BIGINT)"),
                NameEntities.SpNote.class, NameEntities.SpLine.class));
    }

    @AllDatabases
    void nonAsciiNames(TestDatabase db) {
        run(db, new Case("ort", "straße_id", "kunde_straße", "id", Map.of(),
                List.of("CREATE TABLE amt (id BIGINT PRIMARY KEY)",
                        "CREATE TABLE kunde_straße (id BIGINT PRIMARY KEY, Ämter_id BIGINT,"
                                + " CONSTRAINT fk_strasse_amt FOREIGN KEY (Ämter_id) REFERENCES amt (id))",
                        "CREATE TABLE ort (id BIGINT PRIMARY KEY, straße_id BIGINT)"),
                NameEntities.NOffice.class, NameEntities.NStreet.class, NameEntities.NPlace.class));
    }

    /** The mapping's default schema is not the connection's: the query must qualify both tables. */
    @AllDatabases
    void tablesOutsideTheDefaultSchemaBesideSameNameOnesInIt(TestDatabase db) {
        createCrm(db);
        try {
            Map<String, Object> hibernate = Map.of(isMySqlFamily(db) ? "hibernate.default_catalog"
                    : "hibernate.default_schema", CRM);
            run(db, new Case(CRM + ".notes", "customer_id", CRM + ".customers", "id", hibernate,
                    List.of("CREATE TABLE " + CRM + ".customers (id BIGINT PRIMARY KEY)",
                            "CREATE TABLE " + CRM + ".notes (id BIGINT PRIMARY KEY, customer_id BIGINT)",
                            // Same names in the connection's schema, where unqualified names would go.
                            "CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                            "CREATE TABLE notes (id BIGINT PRIMARY KEY, customer_id BIGINT)",
                            "INSERT INTO customers (id) VALUES (" + ORPHAN + ")",
                            "INSERT INTO notes (id, customer_id) VALUES (1, 55)"),
                    NameEntities.DCustomer.class, NameEntities.DNote.class));
        } finally {
            dropCrm(db);
        }
    }

    /**
     * @param child, parent tables as SQL spells them on this engine; {@code column}, {@code parentColumn} likewise
     * @param setup  the tables (without the key) and any twin rows
     */
    private record Case(String child, String column, String parent, String parentColumn,
                        Map<String, Object> hibernate, List<String> setup, Class<?>... entities) {
    }

    private static void run(TestDatabase db, Case c) {
        c.setup().forEach(db::execute);
        db.execute("INSERT INTO " + c.parent() + " (" + c.parentColumn() + ") VALUES (1)",
                "INSERT INTO " + c.child() + " (id, " + c.column() + ") VALUES (1, 1), (2, " + ORPHAN + "), (3, NULL)");

        Report report = check(db, c.hibernate(), Map.of(FkGuardSettings.DATA_CHECKS, "true"), c.entities());
        List<String> rules = report.findings().stream().map(f -> f.rule().value()).sorted().toList();
        assertEquals(List.of("missing-foreign-key", "orphaned-rows"), rules, () -> formatted(report));
        Finding orphaned = report.findings().stream().filter(f -> f.rule().value().equals("orphaned-rows"))
                .findFirst().orElseThrow();
        assertTrue(orphaned.message().startsWith("1 row of "), orphaned.format());

        List<Statement> statements = PlannedFixes.of(report).plan().statements();
        List<String> queries = statements.stream().flatMap(s -> s.comments().stream())
                .filter(comment -> comment.startsWith("rows that would make it fail: "))
                .map(comment -> comment.substring("rows that would make it fail: ".length()))
                .toList();
        assertEquals(1, queries.size(), () -> statements.toString());
        assertEquals(List.of(Long.toString(ORPHAN)), rows(db, queries.get(0)), queries.get(0));

        // The orphan removed as a user would, the migration runs and the check is clean.
        db.execute("DELETE FROM " + c.child() + " WHERE " + c.column() + " = " + ORPHAN);
        statements.stream().map(Statement::sql).forEach(db::execute);
        assertClean(check(db, c.hibernate(), Map.of(FkGuardSettings.DATA_CHECKS, "true"), c.entities()));
    }

    private static List<String> rows(TestDatabase db, String query) {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.connect(); java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query.replaceAll(";\\s*$", ""))) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError("the orphan query does not run on " + db.engine() + ": " + query, e);
        }
        return values;
    }

    private static String formatted(Report report) {
        return String.join("\n", report.findings().stream().map(Finding::format).toList())
                .toLowerCase(Locale.ROOT);
    }
}
