package dev.fkguard.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link NameOrder} is the order the assembler had when it sorted by lower-case copies: without case
 * ({@code toLowerCase(Locale.ROOT)}) first, then the exact spelling.
 */
class NameOrderTest {

    /** The order as it was written before, with the copies. */
    private static final Comparator<String> WITH_COPIES = (a, b) -> {
        int byLower = a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
        return byLower != 0 ? byLower : a.compareTo(b);
    };

    private static final List<String> NAMES = List.of(
            "", "a", "A", "Z", "z", "orders", "Orders", "ORDERS", "order", "order_items", "Order_Items", "ORDER_ITEMS",
            "orderitems", "order1", "order10", "order2", "Order2", "A_", "AA", "aa", "a_", "Aa", "_x", "x_", "[", "`",
            "a1", "a_1", "A1", "t$1", "T$1", "straße", "STRASSE", "Straße", "strasse", "strasze", "STRAßE",
            "İstanbul", "istanbul", "Istanbul", "i\u0307stanbul", "İ", "i", "I", "İa", "ia",
            "ΟΔΟΣ", "οδος", "οδος_", "ΟΔΟΣ_", "ΟΔΟΣA", "ΟΔΟΣa", "οδοσa", "οδοςa", "Σ", "σ", "ς",
            "é", "É", "e", "E", "tbl\u00e9", "tblz", "TBLZ", "tbl\u00c9", "\u212A", "k", "K", "\u01C5", "\u01C6",
            "\u01C4", "\uFF21", "\uFF41", "\uD801\uDC00", "\uD801\uDC28", "\uD801\uDC00x", "\uFFFD", "a\uFFFD",
            "A\uD801\uDC00", "a\uD801\uDC28");

    @Test
    void everyPairComparesAsWithLowerCaseCopies() {
        for (String a : NAMES) {
            for (String b : NAMES) {
                assertEquals(Integer.signum(WITH_COPIES.compare(a, b)), Integer.signum(NameOrder.compare(a, b)),
                        () -> "'" + a + "' vs '" + b + "'");
            }
        }
    }

    @Test
    void sortsShuffledNamesAsWithLowerCaseCopies() {
        List<String> expected = new ArrayList<>(NAMES);
        expected.sort(WITH_COPIES);
        Random random = new Random(14);
        for (int round = 0; round < 20; round++) {
            List<String> names = new ArrayList<>(NAMES);
            Collections.shuffle(names, random);
            names.sort(NameOrder::compare);
            assertEquals(expected, names);
        }
    }

    /** Not simply the exact spelling: '_' sorts after 'A' but before 'a', so "A_" comes before "AA". */
    @Test
    void caseComesBeforeSpelling() {
        List<String> names = new ArrayList<>(List.of("AA", "a", "A_", "B", "b", "A"));
        names.sort(NameOrder::compare);
        assertEquals(List.of("A", "a", "A_", "AA", "B", "b"), names);
    }
}
