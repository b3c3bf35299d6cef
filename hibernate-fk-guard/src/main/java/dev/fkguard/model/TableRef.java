package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A table name with its optional schema. Equality ignores case: the engines fold unquoted names differently
 * (H2 to upper case, PostgreSQL to lower case, MySQL by {@code lower_case_table_names}), and a mapping and a
 * catalog that differ only in case name the same table in practice.
 */
public record TableRef(Optional<String> schema, String name) implements Comparable<TableRef> {

    public TableRef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static TableRef of(String name) {
        return new TableRef(Optional.empty(), name);
    }

    public static TableRef of(String schema, String name) {
        return new TableRef(Optional.ofNullable(schema).filter(s -> !s.isBlank()), name);
    }

    /**
     * The key tables are matched by; the schema is left out because a mapping rarely names it. Lower case one
     * character at a time, the same folding {@link #equals}, {@link #hashCode} and {@link #compareTo} apply without
     * building the string (they run for every map lookup and sort step of a check).
     */
    public String key() {
        char[] folded = new char[name.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(name.charAt(i));
        }
        return new String(folded);
    }

    public TableRef withoutSchema() {
        return new TableRef(Optional.empty(), name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableRef that && compareTo(that) == 0;
    }

    /** Equal to {@code key().hashCode()}. */
    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < name.length(); i++) {
            hash = 31 * hash + fold(name.charAt(i));
        }
        return hash;
    }

    /** Ordered like {@code key().compareTo(other.key())}. */
    @Override
    public int compareTo(TableRef other) {
        String mine = name;
        String theirs = other.name;
        int common = Math.min(mine.length(), theirs.length());
        for (int i = 0; i < common; i++) {
            char a = mine.charAt(i);
            char b = theirs.charAt(i);
            if (a != b) {
                a = fold(a);
                b = fold(b);
                if (a != b) {
                    return a - b;
                }
            }
        }
        return mine.length() - theirs.length();
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    @Override
    public String toString() {
        return name;
    }
}
