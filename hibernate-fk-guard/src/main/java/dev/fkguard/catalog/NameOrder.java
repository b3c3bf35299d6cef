package dev.fkguard.catalog;

import java.util.Locale;

/**
 * The catalog's deterministic order of one name: without case first ({@code toLowerCase(Locale.ROOT)}), then by the
 * exact spelling. Sorting thousands of tables and keys compared lower-case copies; this order is the same without
 * them for the ASCII names catalogs nearly always hold, and builds the copies only when a name is not ASCII.
 */
final class NameOrder {

    private NameOrder() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
    static int compare(String a, String b) {
        int folded = compareFolded(a, b);
        return folded != 0 ? folded : a.compareTo(b);
    }

    /** The sign of {@code a.toLowerCase(ROOT).compareTo(b.toLowerCase(ROOT))}. */
    private static int compareFolded(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 0x80 || y >= 0x80) {
                // Beyond ASCII lower case is not one char for one char (İ becomes two, Σ depends on what follows).
                return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
            }
            int d = asciiLower(x) - asciiLower(y);
            if (d != 0) {
                return d;
            }
        }
        // Equal so far: the longer one's rest lowers to at least one char whatever it holds, so it sorts after.
        return a.length() - b.length();
    }

    private static int asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
