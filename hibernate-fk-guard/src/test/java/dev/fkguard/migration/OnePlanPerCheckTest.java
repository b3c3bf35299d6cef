package dev.fkguard.migration;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.hibernate.ReportDirectory;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.JsonReport;
import dev.fkguard.report.MarkdownReport;
import dev.fkguard.report.MermaidReport;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.report.ReportRenderer;
import dev.fkguard.report.ReportWriter;
import dev.fkguard.report.SarifReport;
import dev.fkguard.report.TableGroupedTextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check plans its report once and every output renders that plan: the report files, the migration files and the
 * startup message. Each is handed a plan of only the report's first finding that the migration runs a statement for
 * (the first one, a narrowing, is left out); an output that planned the report itself would show the whole report's
 * plan instead, so every comparison below would fail.
 */
class OnePlanPerCheckTest {

    private final Report report = MigrationWriterGoldenTest.report(DatabaseKind.H2);
    private final PlannedFixes firstOnly = report.findings().stream()
            .map(finding -> PlannedFixes.of(new Report(report.database(), report.foreignKeysChecked(), List.of(finding))))
            .filter(plan -> !plan.plan().isEmpty())
            .findFirst().orElseThrow();

    @Test
    void everyReportFileAndTheMigrationRenderTheHandedPlan(@TempDir Path dir) throws IOException {
        List<Path> migration = new ReportDirectory(dir, MigrationFormat.SQL).write(report, firstOnly);

        List<ReportRenderer> renderers = List.of(new TableGroupedTextReport(), new JsonReport(), new SarifReport(),
                new MarkdownReport(), new MermaidReport());
        for (ReportRenderer renderer : renderers) {
            String written = Files.readString(dir.resolve(ReportWriter.BASE_NAME + "." + renderer.extension()));
            assertEquals(renderer.render(report, firstOnly), written, renderer.extension());
        }
        // The handed plan really differs from the report's own in what the reports show.
        assertNotEquals(new TableGroupedTextReport().render(report),
                Files.readString(dir.resolve(ReportWriter.BASE_NAME + ".txt")));
        assertEquals(1, migration.size());
        assertEquals(new MigrationWriter().render(firstOnly.plan(), MigrationFormat.SQL).get(0).content(),
                Files.readString(migration.get(0)));
        assertNotEquals(new MigrationWriter().render(PlannedFixes.of(report).plan(), MigrationFormat.SQL).get(0)
                .content(), Files.readString(migration.get(0)));
    }

    @Test
    void theStartupMessageRendersTheHandedPlan() {
        String message = DriftFailure.of(report, firstOnly, FkGuardSettings.defaults(), List.of()).findings();
        assertTrue(message.startsWith(new ConsoleReport().render(report, firstOnly)), message);
        assertTrue(message.contains("Migration (" + firstOnly.plan().statements().size() + " statement"), message);
        assertNotEquals(DriftFailure.of(report, FkGuardSettings.defaults()).findings(), message);
    }
}
