package dev.fkguard.model;

import java.util.Objects;

/** A column the mapping writes quoted, so the engine stores it as written: {@code column} of {@code table}. */
public record QuotedColumn(TableRef table, String column) {

    public QuotedColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
