package dev.fkguard.rule;

import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;

import java.util.List;
import java.util.Optional;

/**
 * Where a finding is, as the checked engine tells places apart: for rules that report one finding per place when
 * the database and the mapping both show it. Comparing {@link Finding.Location#describe()} without case would fold
 * PostgreSQL's {@code "Customer"} and {@code customer}, two tables there, into one and lose a finding.
 */
public record Place(TableRef table, List<String> columns, Optional<TableRef> target, List<String> targetColumns) {

    public Place {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    /** The place of {@code location}, whose tables are already normalized by the rule context. */
    public static Place of(Finding.Location location, NameRules names) {
        return new Place(location.table(), keys(location.table(), location.columns(), names), location.target(),
                location.target().map(t -> keys(t, location.targetColumns(), names)).orElse(List.of()));
    }

    private static List<String> keys(TableRef table, List<String> columns, NameRules names) {
        return columns.stream().map(column -> names.columnKey(table, column)).toList();
    }
}
