package dev.fkguard.build.isolated;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;
import dev.fkguard.hibernate.ReportDirectory;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.model.MappingModel;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.CheckTimings;
import dev.fkguard.report.JsonReport;
import dev.fkguard.report.MarkdownReport;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.report.ReportRenderer;
import dev.fkguard.report.SarifReport;
import dev.fkguard.report.TableGroupedTextReport;
import dev.fkguard.rules.BuiltInRules;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One check in the build or from the command line, wired as the startup check wires it: settings from {@code hibernate.fkguard.*} keys, the
 * mapping read by {@code MappingReader} from Hibernate's boot metadata, the catalog read by {@link FkGuard}, the
 * reports and the migration preview written by {@link ReportDirectory}, the message built by {@link DriftFailure}.
 */
final class GuardRun {

    private final Request request;
    private final Front front;
    private final BiConsumer<String, String> log;

    GuardRun(Request request, Front front, BiConsumer<String, String> log) {
        this.request = request;
        this.front = front;
        this.log = log;
    }

    Map<String, Object> run() {
        List<Path> roots = request.list("classRoots").stream().map(Path::of).toList();
        EntitySelection entities = EntitySelection.find(roots, request.list("packages"),
                request.text("persistenceUnit"), front, log);
        // A Spring Boot application maps with Boot's naming and may set the guard's settings in its own files.
        BootProperties boot = SpringBootNaming.of(GuardRun.class.getClassLoader(), log);
        // The application's own hibernate.fkguard.* settings (persistence.xml, Boot's files) first; the build's win.
        // Their relative paths are the project's (the plugin's base directory, the command line's working directory).
        ApplicationSettings given = ApplicationSettings.of(entities.properties(), boot, request.map("settings"),
                request.baseDirectory());
        SettingSpelling frontSpelling = front.spelling(request);
        given.describe(frontSpelling).ifPresent(line -> log.accept("info", line));
        // Every message names the settings as this front takes them, never as startup's Hibernate properties; those
        // of the application as written there.
        SettingSpelling spelling = new ApplicationSettingSpelling(frontSpelling, given.application());
        FkGuardSettings settings = FkGuardSettings.fromProperties(given.keys(), BuiltInRules.all(), spelling);
        if (settings.mode() == Mode.OFF) {
            return Map.of("outcome", "skipped", "message", "hibernate-fk-guard: skipped ("
                    + spelling.assignment(FkGuardSettings.MODE, Mode.OFF.label()) + ")", "written", List.of(),
                    "engine", "", "rendered", "");
        }
        Map<String, String> hibernate = new HashMap<>(entities.properties());
        // What the build sets wins over Boot's, as the user's word.
        hibernate.putAll(boot.hibernate());
        hibernate.putAll(request.map("hibernateProperties"));
        try (CheckedDatabase database = CheckedDatabase.open(request, front, log)) {
            log.accept("info", "hibernate-fk-guard: checking " + entities.classes().size() + " mapped classes against "
                    + database.description());
            long mappingStart = System.nanoTime();
            MappingModel mapping = MappingBootstrap.read(entities, hibernate, database.dataSource());
            Duration mappingRead = CheckTimings.since(mappingStart);
            Report report;
            try (Connection connection = database.dataSource().getConnection()) {
                report = new FkGuard(settings, spelling).check(mapping, connection).withMappingRead(mappingRead);
            } catch (SQLException e) {
                throw CheckedDatabase.unreachable(database.description(), request.text("user"), front, e);
            }
            // As at startup, the check says what it cost; here the mapping read includes Hibernate's boot.
            log.accept("info", report.timings().describe());
            // Planned once: the reports, the migration files and the message all render this plan.
            PlannedFixes fixes = PlannedFixes.of(report, spelling);
            List<Path> preview = List.of();
            if (settings.reportDir().isPresent()) {
                Path reportDir = settings.reportDir().get();
                MigrationFormat migrationFormat = settings.migrationFormat().orElse(MigrationFormat.SQL);
                preview = new ReportDirectory(reportDir, migrationFormat, spelling)
                        .write(report, fixes);
                log.accept("info", "hibernate-fk-guard wrote its reports to " + reportDir.toAbsolutePath());
            }
            List<String> written = request.text("goal").equals("migration")
                    ? writeMigration(fixes).stream().map(Path::toString).toList() : List.of();
            DriftFailure failure = DriftFailure.of(report, fixes, settings, preview, spelling);
            String outcome;
            String message;
            if (report.isClean()) {
                outcome = "clean";
                message = failure.findings();
            } else if (settings.mode() == Mode.FAIL && DriftFailure.fails(report, settings)) {
                outcome = "drift";
                // Only the check fails the build; the migration goal has just written the fix.
                message = request.text("goal").equals("check") ? failure.message() : failure.findings();
            } else {
                outcome = "findings";
                message = failure.findings();
            }
            String rendered = request.optional("format").map(format -> renderer(format).render(report, fixes)).orElse("");
            return Map.of("outcome", outcome, "message", message, "written", written, "engine",
                    report.database().kind().displayName(), "rendered", rendered);
        }
    }

    /** The report in one format, for the front to print (the text format is the message itself). */
    private static ReportRenderer renderer(String format) {
        return switch (format) {
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport();
            case "markdown" -> new MarkdownReport();
            case "text" -> new TableGroupedTextReport();
            default -> throw new IllegalArgumentException("unknown report format: " + format);
        };
    }

    private List<Path> writeMigration(PlannedFixes fixes) {
        MigrationFormat format = MigrationFormat.fromLabel(request.text("migrationFormat"))
                .orElseThrow(() -> new IllegalArgumentException(request.text("migrationFormat")));
        MigrationWriter writer = request.optional("migrationVersion").map(MigrationWriter::new)
                .orElseGet(MigrationWriter::new);
        return writer.write(fixes.plan(), format, request.path("migrationDirectory"));
    }
}
