package dev.fkguard.report;

import dev.fkguard.model.FkText;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain text for a person reading a terminal or a CI log: the findings under a heading per table, each with its
 * fix on its own line. {@link ConsoleReport} keeps the one-line-per-finding form the startup exception uses.
 */
public final class TableGroupedTextReport implements ReportRenderer {

    private static final String INDENT = "  ";
    private static final int SEVERITY_WIDTH = "WARNING".length();

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String render(Report report, PlannedFixes fixes) {
        StringBuilder out = new StringBuilder();
        if (report.isClean()) {
            return out.append("hibernate-fk-guard: mapping and ").append(ReportText.where(report)).append(" agree (")
                    .append(ReportText.keysChecked(report))
                    .append(ReportText.accepted(report)).append(").\n")
                    .toString();
        }
        out.append("hibernate-fk-guard: ").append(ReportText.counts(report)).append(" comparing the mapping with ")
                .append(ReportText.where(report)).append('\n');
        if (report.database().hasTenants()) {
            for (SchemaGroups group : SchemaGroups.of(report)) {
                out.append('\n').append(group.heading()).append('\n');
                group.findings().forEach(finding -> finding(out, report, fixes, finding));
            }
            return out.toString();
        }
        for (Map.Entry<TableRef, List<Finding>> table : ReportText.byTable(report).entrySet()) {
            out.append('\n').append(FkText.table(spelledAsMapped(report, table.getKey()), report.database().names()))
                    .append(" (")
                    .append(ReportText.plural(table.getValue().size(), "finding")).append(")\n");
            table.getValue().forEach(finding -> finding(out, report, fixes, finding));
        }
        return out.toString();
    }

    /** Findings on database-only keys spell the table as the catalog does; the heading uses the mapping's name. */
    private static TableRef spelledAsMapped(Report report, TableRef table) {
        return report.graph().tables().stream()
                .map(ForeignKeyGraph.TableNode::table)
                .filter(table::equals)
                .findFirst()
                .orElse(table);
    }

    private static void finding(StringBuilder out, Report report, PlannedFixes fixes, Finding finding) {
        String severity = finding.severity().name().toUpperCase(Locale.ROOT);
        String continuation = INDENT + " ".repeat(SEVERITY_WIDTH + 1);
        out.append(INDENT).append(severity).append(" ".repeat(SEVERITY_WIDTH - severity.length() + 1))
                .append('[').append(finding.rule()).append("] ").append(ReportText.location(report, finding)).append('\n')
                .append(continuation).append(finding.message()).append('\n')
                .append(continuation).append("Fix: ").append(fixes.fix(finding)).append('\n');
        FixText.planLines(fixes, finding).forEach(line -> out.append(continuation).append(line).append('\n'));
    }
}
