package dev.fkguard.report;

import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Objects;

/** The outcome of one check: what was checked and every finding, in the stable report order. */
public record Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings) {

    public Report {
        Objects.requireNonNull(database, "database");
        findings = findings.stream().sorted(Finding.ORDER).toList();
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
