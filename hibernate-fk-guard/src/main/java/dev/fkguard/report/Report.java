package dev.fkguard.report;

import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check: what was checked and every finding, in the stable report order.
 *
 * @param graph the foreign keys of both sides, for reports that draw them or point at the entity's code; empty when
 *              the report was built from findings alone
 */
public record Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings, ForeignKeyGraph graph) {

    public Report {
        Objects.requireNonNull(database, "database");
        findings = findings.stream().sorted(Finding.ORDER).toList();
        Objects.requireNonNull(graph, "graph");
    }

    /** A report without the graph. */
    public Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings) {
        this(database, foreignKeysChecked, findings, ForeignKeyGraph.empty());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public boolean isClean() {
        return findings.isEmpty();
    }
}
