package dev.fkguard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableRefTest {

    private static final List<String> NAMES = List.of("orders", "ORDERS", "Orders", "order_items", "order items",
            "orderItems", "Order$Items", "Ärger", "ärger", "Größe", "café", "CAFÉ", "z", "a", "", "Δ", "δ", "t1", "T10");

    @Test
    void equalityHashAndOrderFollowTheLowerCaseKey() {
        for (String first : NAMES) {
            for (String second : NAMES) {
                TableRef a = TableRef.of(first);
                TableRef b = TableRef.of(second);
                assertEquals(a.key().equals(b.key()), a.equals(b), first + " vs " + second);
                assertEquals(Integer.signum(a.key().compareTo(b.key())), Integer.signum(a.compareTo(b)),
                        first + " vs " + second);
            }
            assertEquals(TableRef.of(first).key().hashCode(), TableRef.of(first).hashCode(), first);
        }
    }

    @Test
    void ignoresCaseAndSchemaButNotOtherCharacters() {
        assertEquals(TableRef.of("public", "Orders"), TableRef.of("orders"));
        assertEquals(TableRef.of("CAFÉ").hashCode(), TableRef.of("café").hashCode());
        assertNotEquals(TableRef.of("order_items"), TableRef.of("orderitems"));
        assertEquals("orders", TableRef.of("ORDERS").key());
    }

    @Test
    void sortsLikeItsKeys() {
        List<TableRef> refs = new ArrayList<>(NAMES.stream().map(TableRef::of).toList());
        List<String> byKey = refs.stream().sorted(Comparator.comparing(TableRef::key)).map(TableRef::key).toList();
        refs.sort(Comparator.naturalOrder());
        assertEquals(byKey, refs.stream().map(TableRef::key).toList());
        assertTrue(TableRef.of("a").compareTo(TableRef.of("B")) < 0);
    }
}
