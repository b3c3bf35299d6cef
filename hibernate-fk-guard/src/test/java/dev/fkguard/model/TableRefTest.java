package dev.fkguard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableRefTest {

    private static final List<String> NAMES = List.of("orders", "ORDERS", "Orders", "order_items", "order items",
            "orderItems", "Order$Items", "Ärger", "ärger", "Größe", "café", "CAFÉ", "z", "a", "", "Δ", "δ", "t1", "T10");

    private static final NameRules H2 = NameRules.of(DatabaseKind.H2, Optional.of("PUBLIC"), -1, Set.of());

    /** Equality, hash and order follow the keys made when the ref was, by hand (no case) or for an engine (case). */
    @Test
    void equalityHashAndOrderFollowTheKeys() {
        for (NameRules rules : List.of(NameRules.LOOSE, H2)) {
            for (String first : NAMES) {
                for (String second : NAMES) {
                    TableRef a = rules.table(new TableRef(Optional.empty(), rules.stored(first)));
                    TableRef b = rules.table(new TableRef(Optional.empty(), rules.stored(second)));
                    assertEquals(a.tableName().key().equals(b.tableName().key()), a.equals(b), first + " vs " + second);
                    assertEquals(a.equals(b), a.compareTo(b) == 0, first + " vs " + second);
                    if (a.equals(b)) {
                        assertEquals(a.hashCode(), b.hashCode(), first + " vs " + second);
                    }
                }
            }
        }
    }

    @Test
    void theSchemaIsPartOfTheTable() {
        assertNotEquals(TableRef.of("sales", "notes"), TableRef.of("crm", "notes"));
        assertNotEquals(TableRef.of("sales", "notes"), TableRef.of("notes"));
        assertEquals(TableRef.of("SALES", "Notes"), TableRef.of("sales", "notes"));
        assertNotEquals(TableRef.of("order_items"), TableRef.of("orderitems"));
        assertEquals("orders", TableRef.of("ORDERS").key());
    }

    @Test
    void anEngineThatKeepsCaseKeepsTablesThatDifferInCaseApart() {
        NameRules postgres = NameRules.of(DatabaseKind.POSTGRESQL, Optional.of("public"), -1, Set.of());
        TableRef quoted = postgres.table(new TableRef(Optional.empty(), Name.written("Customer", true)));
        TableRef unquoted = postgres.table(new TableRef(Optional.empty(), Name.written("Customer", false)));
        assertNotEquals(quoted, unquoted);
        assertEquals(postgres.table(TableRef.of("public", "customer")).tableName().key(), "customer");
        assertEquals(unquoted, postgres.table(new TableRef(Optional.of(postgres.stored("public")),
                postgres.stored("customer"))));
        NameRules mysqlCaseInsensitive = NameRules.of(DatabaseKind.MYSQL, Optional.of("shop"), 1, Set.of());
        assertEquals(mysqlCaseInsensitive.table(TableRef.of("Customer")),
                mysqlCaseInsensitive.table(new TableRef(Optional.empty(), mysqlCaseInsensitive.stored("customer"))));
    }

    @Test
    void sortsByTheKeyWithoutCaseThenExactly() {
        List<TableRef> refs = new ArrayList<>(NAMES.stream()
                .map(n -> H2.table(new TableRef(Optional.empty(), Name.written(n, false)))).toList());
        refs.sort(Comparator.naturalOrder());
        List<String> folded = refs.stream().map(r -> r.tableName().key().toLowerCase(java.util.Locale.ROOT)).toList();
        assertEquals(folded.stream().sorted(Comparator.<String>naturalOrder()).toList().size(), folded.size());
        for (int i = 1; i < refs.size(); i++) {
            assertTrue(refs.get(i - 1).compareTo(refs.get(i)) <= 0);
        }
        // ORDER_ITEMS before ORDERS on H2, as order_items before orders elsewhere: '_' sorts before letters only in
        // lower case.
        TableRef items = H2.table(TableRef.of("order_items"));
        TableRef orders = H2.table(TableRef.of("orders"));
        assertTrue(items.compareTo(orders) < 0);
        assertTrue(TableRef.of("a").compareTo(TableRef.of("B")) < 0);
    }
}
