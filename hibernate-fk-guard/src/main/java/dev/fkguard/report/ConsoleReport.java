package dev.fkguard.report;

import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.util.Locale;
import java.util.stream.Collectors;

/** Plain text for logs and the startup exception: a summary line, then one finding per line, worst kept in order. */
public final class ConsoleReport {

    /** The report with its own plan: for a caller that renders nothing else of this check. */
    public String render(Report report) {
        return render(report, PlannedFixes.of(report));
    }

    /** The report with the check's one plan, which the startup message and the migration writers render as well. */
    public String render(Report report, PlannedFixes fixes) {
        String where = ReportText.where(report);
        if (report.isClean()) {
            return "hibernate-fk-guard: mapping and " + where + " agree (" + ReportText.keysChecked(report)
                    + accepted(report) + ").";
        }
        String summary = "hibernate-fk-guard: " + ReportText.plural(report.findings().size(), "finding") + " comparing the mapping with " + where + " ("
                + report.count(Severity.ERROR) + " error, " + report.count(Severity.WARNING) + " warning, "
                + report.count(Severity.INFO) + " info; " + ReportText.keysChecked(report) + accepted(report) + "):";
        if (report.database().hasTenants()) {
            return summary + "\n" + bySchema(report, fixes);
        }
        return summary + "\n" + report.findings().stream()
                .map(finding -> line(report, fixes, finding))
                .collect(Collectors.joining("\n"));
    }

    /** Schema-per-tenant: the findings under their schema, tenants with identical results folded into one group. */
    private static String bySchema(Report report, PlannedFixes fixes) {
        return SchemaGroups.of(report).stream()
                .map(group -> "  " + group.heading() + group.findings().stream()
                        .map(finding -> "\n  " + line(report, fixes, finding)).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String accepted(Report report) {
        return ReportText.accepted(report);
    }

    /** {@code ERROR [rule-id] orders.customer_id → customers.id: message Fix: words Migration: …} */
    private static String line(Report report, PlannedFixes fixes, Finding finding) {
        return "  " + finding.severity().name().toUpperCase(Locale.ROOT) + " [" + finding.rule() + "] "
                + ReportText.location(report, finding) + ": " + finding.message() + " Fix: " + FixText.oneLine(fixes, finding);
    }
}
