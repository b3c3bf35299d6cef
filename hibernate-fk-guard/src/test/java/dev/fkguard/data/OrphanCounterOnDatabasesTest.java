package dev.fkguard.data;

import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.OrphanCount;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TableRef;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The orphan queries on real engines: composite keys, NULLs, missing tables and timeouts. */
class OrphanCounterOnDatabasesTest {

    private static final TableRef PAIRS = TableRef.of("parent_pairs");
    private static final TableRef KIDS = TableRef.of("kids");

    /** Parents (1,1) and (1,2); kids 2 and 3 reference pairs that do not exist; 4 and 5 are exempt by a NULL. */
    private static void compositeTables(TestDatabase db) {
        db.execute("CREATE TABLE parent_pairs (a BIGINT NOT NULL, b BIGINT NOT NULL, PRIMARY KEY (a, b))",
                "CREATE TABLE kids (id BIGINT NOT NULL PRIMARY KEY, pa BIGINT, pb BIGINT)",
                "INSERT INTO parent_pairs (a, b) VALUES (1, 1)",
                "INSERT INTO parent_pairs (a, b) VALUES (1, 2)",
                "INSERT INTO kids (id, pa, pb) VALUES (1, 1, 1)",
                "INSERT INTO kids (id, pa, pb) VALUES (2, 1, 3)",
                "INSERT INTO kids (id, pa, pb) VALUES (3, 2, 1)",
                "INSERT INTO kids (id, pa, pb) VALUES (4, NULL, 5)",
                "INSERT INTO kids (id, pa, pb) VALUES (5, 1, NULL)");
    }

    private static ExpectedForeignKey relation(TableRef target, List<String> targetColumns) {
        ForeignKey key = new ForeignKey(Optional.empty(), KIDS, List.of("pa", "pb"), target, targetColumns,
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, true, true);
        return new ExpectedForeignKey(key, new MappingIntent("com.example.Kid", Optional.of("parent"),
                AssociationKind.MANY_TO_ONE, Optional.empty(), false, false, true, Optional.empty(), true));
    }

    private static List<OrphanCount> count(TestDatabase db, int timeoutSeconds, ExpectedForeignKey... relations)
            throws SQLException {
        try (Connection connection = db.connect()) {
            SchemaModel schema = new CatalogReader().read(connection, List.of());
            MappingModel mapping = new MappingModel(Set.of(KIDS, PAIRS), List.of(relations));
            return new OrphanCounter(new DataCheckSettings(true, timeoutSeconds)).count(mapping, schema, connection);
        }
    }

    @AllDatabases
    void compositeKeysCountOnlyRowsWithEveryColumnSet(TestDatabase db) throws SQLException {
        compositeTables(db);
        List<OrphanCount> counts = count(db, 10, relation(PAIRS, List.of("a", "b")));
        assertEquals(1, counts.size());
        assertEquals(2L, counts.get(0).orphans().orElseThrow(), counts.get(0)::toString);
        assertTrue(counts.get(0).sampleQuery().endsWith(" LIMIT 100"), counts.get(0).sampleQuery());
        assertEquals(List.of(2L, 3L), ids(db, counts.get(0).sampleQuery()));
    }

    @AllDatabases
    void anOmittedTargetMeansThePrimaryKeyAndMissingTablesAreSkipped(TestDatabase db) throws SQLException {
        compositeTables(db);
        List<OrphanCount> counts = count(db, 10, relation(PAIRS, List.of()),
                relation(TableRef.of("no_such_table"), List.of("a", "b")));
        assertEquals(1, counts.size(), counts::toString);
        assertEquals(2L, counts.get(0).orphans().orElseThrow());
    }

    /** Another session holds a lock on the child table, so the count waits until its timeout cancels it. */
    @AllDatabases(only = {Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB})
    void aCountThatTimesOutIsReportedNotThrown(TestDatabase db) throws SQLException {
        compositeTables(db);
        String lock = db.engine() == Engine.POSTGRESQL ? "LOCK TABLE kids IN ACCESS EXCLUSIVE MODE" : "LOCK TABLES kids WRITE";
        SchemaModel schema;
        try (Connection connection = db.connect()) {
            schema = new CatalogReader().read(connection, List.of());
        }
        try (Connection holder = db.connect(); Connection checker = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute(lock);
            }
            MappingModel mapping = new MappingModel(Set.of(KIDS, PAIRS), List.of(relation(PAIRS, List.of("a", "b"))));
            long start = System.nanoTime();
            List<OrphanCount> counts = new OrphanCounter(new DataCheckSettings(true, 1)).count(mapping, schema, checker);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(Optional.of("timed out after 1 s"), counts.get(0).notCounted(), counts::toString);
            assertTrue(seconds < 8, "took " + seconds + " s");
            holder.rollback();
        }
    }

    private static List<Long> ids(TestDatabase db, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong("id"));
            }
        }
        ids.sort(null);
        return ids;
    }
}
