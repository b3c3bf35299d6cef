package dev.fkguard.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key constraint: columns of {@code table} referencing {@code targetColumns} of {@code targetTable},
 * pairwise in list order.
 *
 * @param name       the constraint name; empty where the mapping does not fix one
 * @param deferrable PostgreSQL/H2 {@code DEFERRABLE}
 * @param enforced   false for PostgreSQL 18 {@code NOT ENFORCED} and for tables whose engine ignores FKs
 * @param validated  false for PostgreSQL {@code NOT VALID}: existing rows were never checked
 */
public record ForeignKey(
        Optional<String> name,
        TableRef table,
        List<String> columns,
        TableRef targetTable,
        List<String> targetColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean enforced,
        boolean validated) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(targetTable, "targetTable");
        targetColumns = List.copyOf(targetColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a foreign key needs at least one column: " + table);
        }
        if (!targetColumns.isEmpty() && targetColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key " + table + columns + " has " + columns.size()
                    + " columns but references " + targetColumns.size());
        }
    }

    /** {@code orders(customer_id) → customers(id)}, as the messages print it. */
    public String describe() {
        return FkText.describe(table, columns, targetTable, targetColumns);
    }
}
