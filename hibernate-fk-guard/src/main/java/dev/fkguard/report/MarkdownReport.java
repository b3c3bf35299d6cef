package dev.fkguard.report;

import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown for a pull-request comment: a summary table, the findings by severity with their fix in code blocks,
 * and the foreign-key graph (as Mermaid, folded) when the report has one.
 */
public final class MarkdownReport implements ReportRenderer {

    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String render(Report report, PlannedFixes fixes) {
        StringBuilder out = new StringBuilder();
        if (report.isClean()) {
            out.append("## hibernate-fk-guard: no drift\n\n")
                    .append("The mapping and ").append(escape(ReportText.where(report))).append(" agree (")
                    .append(ReportText.keysChecked(report))
                    .append(escape(ReportText.accepted(report))).append(").\n");
        } else {
            out.append("## hibernate-fk-guard: ").append(ReportText.plural(report.findings().size(), "finding"))
                    .append("\n\n")
                    .append("The mapping compared with ").append(escape(report.database().kind().displayName()))
                    .append(' ').append(escape(report.database().version()))
                    .append(report.database().hasTenants() ? " (" + escape(tenantsRead(report)) + ")"
                            : report.database().schemas().isEmpty() ? ""
                            : " (schema " + escape(String.join(", ", report.database().schemas())) + ")")
                    .append(": ")
                    .append(ReportText.keysChecked(report))
                    .append(escape(ReportText.accepted(report))).append(".\n\n")
                    .append("| Severity | Findings |\n| --- | ---: |\n");
            for (Severity severity : Severity.values()) {
                out.append("| ").append(title(severity)).append(" | ").append(report.count(severity)).append(" |\n");
            }
            if (report.database().hasTenants()) {
                bySchema(out, report, fixes);
            }
            for (Severity severity : report.database().hasTenants() ? new Severity[0] : Severity.values()) {
                List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
                if (!findings.isEmpty()) {
                    out.append("\n### ").append(title(severity)).append(" (").append(findings.size()).append(")\n");
                    findings.forEach(finding -> finding(out, report, fixes, finding));
                }
            }
        }
        if (!report.graph().edges().isEmpty() && report.database().hasTenants()) {
            out.append("\nThe foreign-key graph repeats for every tenant schema: `fkguard-report.mmd` has it.\n");
        } else if (!report.graph().edges().isEmpty()) {
            out.append("\n<details><summary>Foreign-key graph</summary>\n\n")
                    .append(fenced("mermaid", new MermaidReport().render(report)))
                    .append("\n</details>\n");
        }
        return out.toString();
    }

    /** {@code PostgreSQL, 30 tenant schemas tenant_01 … tenant_30}, without the engine's name repeated. */
    private static String tenantsRead(Report report) {
        String where = ReportText.where(report);
        return where.substring(where.indexOf(", ") + 2);
    }

    /** Schema-per-tenant: a section per group of schemas with identical findings, those that agree first. */
    private static void bySchema(StringBuilder out, Report report, PlannedFixes fixes) {
        for (SchemaGroups group : SchemaGroups.of(report)) {
            out.append("\n### ").append(escape(group.heading())).append('\n');
            if (group.schemas().size() > 1 && !group.agree()) {
                out.append("\nShown for ").append(code(group.schemas().get(0)))
                        .append("; the same in the others (the migration covers each).\n");
            }
            group.findings().forEach(finding -> finding(out, report, fixes, finding));
        }
    }

    private static void finding(StringBuilder out, Report report, PlannedFixes fixes, Finding finding) {
        out.append("\n#### ").append(code(ReportText.location(report, finding))).append(" · ")
                .append(code(finding.rule().value())).append("\n\n")
                .append(escape(finding.message())).append("\n\n");
        report.graph().sourceOf(finding.location()).ifPresent(source -> {
            out.append(source.attribute().isPresent() ? "Mapped by " : "Table of entity ")
                    .append(code(source.qualifiedName()));
            source.sourceFile().ifPresent(file -> out.append(" in ").append(code(file)));
            out.append(".\n\n");
        });
        out.append("**Fix:**\n\n").append(fenced("text", fixes.fix(finding)));
        List<String> sql = fixes.statements(finding);
        if (!sql.isEmpty()) {
            out.append("\nThe migration runs:\n\n").append(fenced("sql", String.join("\n", sql)));
        }
        FixText.planLines(fixes, finding).stream().filter(line -> !line.startsWith("Migration: "))
                .forEach(line -> out.append('\n').append(line.startsWith(FixText.DOCS)
                        ? "[Rule docs: " + finding.rule().value() + "](" + line.substring(FixText.DOCS.length()) + ")"
                        : escape(line)).append('\n'));
    }

    private static String title(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    /** A code block whose fence is longer than any run of backticks in {@code content}. */
    static String fenced(String language, String content) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
        String body = content.endsWith("\n") ? content : content + "\n";
        return fence + language + "\n" + body + fence + "\n";
    }

    private static String code(String text) {
        String ticks = "`".repeat(longestBacktickRun(text) + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return ticks + pad + text + pad + ticks;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher run = BACKTICK_RUN.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        return longest;
    }

    /** Prose from findings must not turn into markup: HTML, emphasis, links, tables. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '*', '_', '`', '[', ']', '|', '#' -> out.append('\\').append(c);
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
