package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A table: its name and, where known, its schema (MySQL: database). Two refs are the same table when their schema
 * keys and name keys are equal ({@link Name#key()}): what the engine stores, without case only where the engine
 * compares without case. {@link NameRules#table} gives a ref its engine's keys and its default schema once, when the
 * mapping and the catalog are read; a ref built by hand ({@link #of}) compares without case, with its schema.
 *
 * <p>Equality, hashing and ordering use keys computed when the names were made, so a map lookup or a sort step
 * builds no string. Order: by the name key without case (reports list {@code ORDER_ITEMS} before {@code ORDERS} on
 * H2 as {@code order_items} before {@code orders} on PostgreSQL), then the exact key, then the schema.
 */
public record TableRef(Optional<Name> schemaName, Name tableName) implements Comparable<TableRef> {

    public TableRef {
        Objects.requireNonNull(schemaName, "schemaName");
        Objects.requireNonNull(tableName, "tableName");
    }

    public static TableRef of(String name) {
        return new TableRef(Optional.empty(), Name.of(name));
    }

    public static TableRef of(String schema, String name) {
        return new TableRef(Optional.ofNullable(schema).filter(s -> !s.isBlank()).map(Name::of), Name.of(name));
    }

    /** The table name as written (the mapping's spelling, or the catalog's). */
    public String name() {
        return tableName.text();
    }

    /** The schema as written, where the ref has one (not the default schema a ref without one was placed in). */
    public Optional<String> schema() {
        return schemaName.filter(s -> !s.isImplicit()).map(Name::text);
    }

    /**
     * The name in lower case, without the schema: what baseline lines and report ids spell a table by, unchanged
     * from one engine to another. Not an identity: {@link #equals} also compares the schema.
     */
    public String key() {
        return NameRules.lower(tableName.text());
    }

    /** Schema and name keys, for code that needs a table's identity as one string. */
    public String qualifiedKey() {
        return schemaName.map(Name::key).orElse("") + '\u0000' + tableName.key();
    }

    public TableRef withoutSchema() {
        return new TableRef(Optional.empty(), tableName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableRef that && tableName.key().equals(that.tableName.key())
                && schemaKey().equals(that.schemaKey());
    }

    @Override
    public int hashCode() {
        return 31 * tableName.key().hashCode() + schemaKey().hashCode();
    }

    @Override
    public int compareTo(TableRef other) {
        String mine = tableName.key();
        String theirs = other.tableName.key();
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
        int order = mine.length() != theirs.length() ? mine.length() - theirs.length() : mine.compareTo(theirs);
        return order != 0 ? order : schemaKey().compareTo(other.schemaKey());
    }

    private String schemaKey() {
        return schemaName.isEmpty() ? "" : schemaName.get().key();
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    @Override
    public String toString() {
        return tableName.text();
    }
}
