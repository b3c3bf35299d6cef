package dev.fkguard.migration;

import dev.fkguard.ddl.PlannedRemedies;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ColumnAttributes;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.TableRef;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.JsonReport;
import dev.fkguard.report.MarkdownReport;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.report.TableGroupedTextReport;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report says why a change is left out as the migration files do: the reason's label ("not needed", "out of
 * scope", …), then the change's own explanation; never the bare explanation beside a migration that labels it.
 */
class LeftOutReasonsTest {

    private static final String LEFT_OUT = "Left out of the migration: ";

    @Test
    void everyReportNamesTheReasonTheMigrationNames() {
        Report report = MigrationWriterGoldenTest.report(DatabaseKind.H2);
        PlannedFixes fixes = PlannedFixes.of(report);
        List<MigrationPlan.LeftOut> leftOut = fixes.plan().leftOut();
        assertFalse(leftOut.isEmpty(), "the sample report leaves out a narrowing");
        String migration = new MigrationWriter().render(fixes.plan(), MigrationFormat.SQL).get(0).content();
        Map<String, String> reports = reports(report, fixes);
        for (MigrationPlan.LeftOut change : leftOut) {
            assertTrue(change.why().startsWith(change.reason().label() + ": "), change.why());
            assertTrue(migration.contains(change.why()), migration);
            reports.forEach((format, text) -> assertTrue(text.contains(LEFT_OUT + change.why()), format + ": " + text));
            assertTrue(new JsonReport().render(report, fixes).contains("\"prerequisite\": \"" + json(change.why())),
                    new JsonReport().render(report, fixes));
        }
    }

    @Test
    void aFindingOutsideTheMigrationScopeIsLeftOutAsOutOfScope() {
        Report all = MigrationWriterGoldenTest.report(DatabaseKind.H2);
        Finding error = all.findings().get(0);
        Finding warning = new Finding(error.rule(), Severity.WARNING, error.location(), error.message(), error.fix(),
                error.remedies());
        Report report = new Report(all.database(), 1, List.of(warning))
                .withMigrationScope(MigrationScope.failing(Severity.ERROR));
        PlannedFixes fixes = PlannedFixes.of(report);
        String label = LEFT_OUT + PlannedRemedies.Reason.OUT_OF_SCOPE.label() + ": " + MigrationScope.SETTING
                + " is failing";
        reports(report, fixes).forEach((format, text) -> assertTrue(text.contains(label), format + ": " + text));
        String json = new JsonReport().render(report, fixes);
        assertTrue(json.contains("\"prerequisite\": \"out of scope: " + MigrationScope.SETTING + " is failing"), json);
    }

    /**
     * A MySQL generated column cannot be redefined as it stands: its change is left out like any other the engine
     * cannot take, labelled so in the migration and every report, and the finding is not fixed by the migration.
     */
    @Test
    void aGeneratedColumnsChangeIsLeftOutWithItsLabel() {
        Report all = MigrationWriterGoldenTest.report(DatabaseKind.MYSQL);
        Finding any = all.findings().get(0);
        ColumnAttributes generated = new ColumnAttributes(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, false, Optional.of("GENERATED ALWAYS AS (`a` + 1) STORED"), Optional.empty());
        Remedy setNotNull = new Remedy.SetNotNull(TableRef.of("things"), "g", ColumnType.of("BIGINT"), generated);
        Finding finding = new Finding(any.rule(), Severity.ERROR, any.location(), "g allows NULL", "make it NOT NULL",
                List.of(setNotNull));
        // Beside the sample's findings, so that the migration has statements to run and a file to show.
        Report report = new Report(all.database(), 1, java.util.stream.Stream.concat(all.findings().stream(),
                java.util.stream.Stream.of(finding)).toList());
        PlannedFixes fixes = PlannedFixes.of(report);

        String why = PlannedRemedies.Reason.ENGINE_REFUSES.label() + ": things.g is a generated column"
                + " (GENERATED ALWAYS AS (`a` + 1) STORED); redefining it would have to repeat how its values are"
                + " computed";
        assertTrue(fixes.plan().steps().stream().noneMatch(step -> step.remedy().equals(setNotNull)));
        assertEquals(1, fixes.plan().refused().stream().filter(l -> l.remedy().equals(setNotNull)).count(),
                fixes.plan().leftOut()::toString);
        assertFalse(fixes.fixes(finding));
        String migration = new MigrationWriter().render(fixes.plan(), MigrationFormat.SQL).get(0).content();
        assertTrue(migration.contains("--   ALTER TABLE things MODIFY COLUMN g BIGINT GENERATED ALWAYS AS (`a` + 1)"
                + " STORED NOT NULL;\n--     " + why), migration);
        reports(report, fixes).forEach((format, text) -> assertTrue(text.contains(LEFT_OUT + why), format + ": " + text));
    }

    private static Map<String, String> reports(Report report, PlannedFixes fixes) {
        return Map.of("text", new TableGroupedTextReport().render(report, fixes),
                // Markdown escapes punctuation (order\\_items); the words are what counts.
                "markdown", new MarkdownReport().render(report, fixes).replaceAll("\\\\(\\p{Punct})", "$1"),
                "console", new ConsoleReport().render(report, fixes));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
