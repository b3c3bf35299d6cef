package dev.fkguard.rules.db;

import dev.fkguard.FkGuardException;
import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CascadeDeleteFanOutOnDatabasesTest {

    private static final String[] CHAIN = {
        "CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY)",
        "CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL, CONSTRAINT fk_orders_customer"
                + " FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE)",
        "CREATE TABLE order_items (id BIGINT NOT NULL PRIMARY KEY, order_id BIGINT NOT NULL, CONSTRAINT fk_items_order"
                + " FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE)",
        "CREATE TABLE item_notes (id BIGINT NOT NULL PRIMARY KEY, item_id BIGINT NOT NULL, CONSTRAINT fk_notes_item"
                + " FOREIGN KEY (item_id) REFERENCES order_items (id) ON DELETE CASCADE)",
        "CREATE TABLE note_files (id BIGINT NOT NULL PRIMARY KEY, note_id BIGINT NOT NULL, CONSTRAINT fk_files_note"
                + " FOREIGN KEY (note_id) REFERENCES item_notes (id) ON DELETE CASCADE)",
    };

    private static final Class<?>[] CHAIN_ENTITIES = {
        GraphEntities.Customer.class, GraphEntities.Order.class, GraphEntities.OrderItem.class,
        GraphEntities.ItemNote.class, GraphEntities.NoteFile.class,
    };

    /** The first {@code tables} tables of the chain and their mappings. */
    private static Class<?>[] chain(TestDatabase db, int tables) {
        db.execute(java.util.Arrays.copyOf(CHAIN, tables));
        return java.util.Arrays.copyOf(CHAIN_ENTITIES, tables);
    }

    @AllDatabases
    void aChainDeeperThanThreeIsAWarning(TestDatabase db) {
        Report report = check(db, chain(db, 5));
        List<String> lines = GuardRun.lines(report);
        assertEquals(List.of("WARNING [cascade-delete-fan-out] customers: deleting one customers row cascades 4 levels"
                + " deep into 4 tables: customers → orders → order_items → item_notes → note_files (beyond max-depth"
                + " 3)."), lines.stream().map(l -> l.substring(0, l.indexOf(" one such delete"))).toList());
    }

    @AllDatabases
    void aTwoLevelChainIsInfoAndOneLevelIsQuiet(TestDatabase db) {
        Class<?>[] entities = chain(db, 3);
        assertEquals(List.of("INFO cascade-delete-fan-out"), GuardRun.ruleIds(check(db, entities)));
        List<Class<?>> oneLevel = new ArrayList<>(List.of(entities).subList(0, 2));
        assertEquals(List.of(), GuardRun.lines(check(db, oneLevel.toArray(Class<?>[]::new))));
    }

    @AllDatabases
    void thresholdsComeFromTheSettings(TestDatabase db) {
        Class<?>[] entities = chain(db, 3);
        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db, Map.of(
                "hibernate.fkguard.cascade-delete-fan-out.max-depth", "1",
                "hibernate.fkguard.fail-on", "warning"), entities).close());
        assertTrue(e.getMessage().contains("[cascade-delete-fan-out] customers: deleting one customers row cascades 2"
                + " levels deep into 2 tables: customers → orders → order_items (beyond max-depth 1)."), e.getMessage());
    }

    /** This rule's findings only: the schemas here also lack indexes on PostgreSQL, and MySQL has no deferral. */
    private static Report check(TestDatabase db, Class<?>... entities) {
        return GuardRun.only(GuardRun.check(db, entities), "cascade-delete-fan-out");
    }
}
