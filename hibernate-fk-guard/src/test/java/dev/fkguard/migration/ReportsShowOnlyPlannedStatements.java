package dev.fkguard.migration;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.JsonReport;
import dev.fkguard.report.MarkdownReport;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.report.SarifReport;
import dev.fkguard.report.TableGroupedTextReport;
import dev.fkguard.rule.Finding;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every report of a check, and both failure messages, show only statements the migration of that check runs: with
 * every statement of the migration taken out of a report's text, no SQL statement may be left in it.
 */
final class ReportsShowOnlyPlannedStatements {

    /** What a statement a report prints starts like; rule words spell changes in lower case and name no table. */
    private static final Pattern SQL = Pattern.compile("ALTER TABLE |VALIDATE CONSTRAINT|DROP FOREIGN KEY"
            + "|ADD CONSTRAINT|MODIFY COLUMN|CREATE (UNIQUE )?INDEX (CONCURRENTLY )?[^\\s)]+ ON ");

    private ReportsShowOnlyPlannedStatements() {
    }

    static void check(Report report) {
        List<String> migration = PlannedFixes.of(report).plan().statements().stream().map(Statement::sql)
                .filter(sql -> !sql.isEmpty()).sorted(Comparator.comparing(String::length).reversed()).toList();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("console", new ConsoleReport().render(report));
        outputs.put("text", new TableGroupedTextReport().render(report));
        outputs.put("markdown", new MarkdownReport().render(report));
        outputs.put("json", unescaped(new JsonReport().render(report)));
        // SARIF's rule descriptors carry the rule pages, whose examples are documentation, not this check's fixes.
        String sarif = unescaped(new SarifReport().render(report));
        outputs.put("sarif", sarif.substring(sarif.indexOf("\"results\":")));
        outputs.put("startup failure", DriftFailure.of(report, FkGuardSettings.defaults()).message());
        outputs.put("assertNoDrift failure", DriftFailure.ofAssertion(report, FkGuardSettings.defaults()).message());
        outputs.forEach((format, text) -> {
            String rest = text;
            for (String statement : migration) {
                rest = rest.replace(statement, "");
            }
            Matcher leftOver = SQL.matcher(rest);
            if (leftOver.find()) {
                int start = Math.max(0, leftOver.start() - 200);
                fail("the " + format + " report shows a statement the migration lacks, near: …"
                        + rest.substring(start, Math.min(rest.length(), leftOver.end() + 200)) + "…\nmigration:\n"
                        + String.join("\n", migration) + "\n" + format + ":\n" + text);
            }
        });
        // Each statement a finding runs in is in the migration, and each finding's fix is in every report.
        PlannedFixes fixes = PlannedFixes.of(report);
        for (Finding finding : report.findings()) {
            for (String statement : fixes.statements(finding)) {
                assertTrue(migration.contains(statement), () -> statement + " is not in the migration");
                assertTrue(outputs.get("console").contains(statement), () -> statement + " is not in the console");
            }
        }
    }

    /** The JSON string escapes the reports use for quotes and backslashes, undone. */
    private static String unescaped(String json) {
        return json.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
