package dev.fkguard.model;

import java.util.Locale;
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

    /** The key tables are matched by; the schema is left out because a mapping rarely names it. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    public TableRef withoutSchema() {
        return new TableRef(Optional.empty(), name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableRef that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public int compareTo(TableRef other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return name;
    }
}
