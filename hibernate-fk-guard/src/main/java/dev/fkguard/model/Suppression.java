package dev.fkguard.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code @FkGuardSuppress} found on an entity or attribute: the listed rules are silenced for findings at that
 * place (the entity's tables, or the attribute's foreign key columns).
 *
 * @param source  {@code Order} or {@code Order.customer}, for messages
 * @param table   the table findings must be on
 * @param columns the columns findings must be on; empty for the whole table
 * @param rules   rule ids, as written in the annotation
 * @param reason  why, as written in the annotation (required)
 */
public record Suppression(String source, TableRef table, List<String> columns, List<String> rules, String reason) {

    public Suppression {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rules = List.copyOf(rules);
        Objects.requireNonNull(reason, "reason");
    }

    public Optional<String> attribute() {
        int dot = source.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(source.substring(dot + 1));
    }
}
