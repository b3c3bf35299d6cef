package dev.fkguard.model;

import java.util.Objects;

/** A column the mapping writes quoted, so the engine stores it as written: {@code column} of {@code table}. */
public record QuotedColumn(TableRef table, String column) {

    public QuotedColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    // Written out: a record's generated equals and hashCode link through invokedynamic on first use, which costs the
    // booting thread ~30 ms on a cold JVM when the mapping read is the first to hash a record.
    @Override
    public boolean equals(Object other) {
        return other instanceof QuotedColumn that && table.equals(that.table) && column.equals(that.column);
    }

    @Override
    public int hashCode() {
        return 31 * table.hashCode() + column.hashCode();
    }
}
