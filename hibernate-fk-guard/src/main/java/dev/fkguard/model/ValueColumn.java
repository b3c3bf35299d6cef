package dev.fkguard.model;

import java.util.Objects;

/**
 * A column the mapping writes as a plain value ({@code @Column Long customerId}), not as an association: a database
 * key over it guards a reference the mapping does not know as one.
 *
 * @param source where it is mapped, e.g. {@code Order.legacyAccountId}
 */
public record ValueColumn(String source, TableRef table, String column) {

    public ValueColumn {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
