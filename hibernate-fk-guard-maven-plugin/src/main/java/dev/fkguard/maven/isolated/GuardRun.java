package dev.fkguard.maven.isolated;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.hibernate.ReportDirectory;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.model.MappingModel;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One check in the build, wired as the startup check wires it: settings from {@code hibernate.fkguard.*} keys, the
 * mapping read by {@code MappingReader} from Hibernate's boot metadata, the catalog read by {@link FkGuard}, the
 * reports and the migration preview written by {@link ReportDirectory}, the message built by {@link DriftFailure}.
 */
final class GuardRun {

    private final Request request;
    private final BiConsumer<String, String> log;

    GuardRun(Request request, BiConsumer<String, String> log) {
        this.request = request;
        this.log = log;
    }

    Map<String, Object> run() {
        EntitySelection entities = EntitySelection.find(request.path("classesDirectory"), request.list("packages"),
                request.text("persistenceUnit"), log);
        // The application's own hibernate.fkguard.* settings (persistence.xml) first; the build's win.
        Map<String, String> keys = new HashMap<>();
        entities.properties().forEach((key, value) -> {
            if (key.startsWith(FkGuardSettings.PREFIX)) {
                keys.put(key, value);
            }
        });
        keys.putAll(request.map("settings"));
        FkGuardSettings settings = FkGuardSettings.fromProperties(keys, BuiltInRules.all());
        if (settings.mode() == Mode.OFF) {
            return Map.of("outcome", "skipped", "message", "hibernate-fk-guard: skipped (" + FkGuardSettings.MODE
                    + "=off)", "written", List.of(), "engine", "");
        }
        Map<String, String> hibernate = new HashMap<>(entities.properties());
        hibernate.putAll(request.map("hibernateProperties"));
        try (CheckedDatabase database = CheckedDatabase.open(request, log)) {
            log.accept("info", "hibernate-fk-guard: checking " + entities.classes().size() + " mapped classes against "
                    + database.description());
            MappingModel mapping = MappingBootstrap.read(entities, hibernate, database.dataSource());
            Report report;
            try (Connection connection = database.dataSource().getConnection()) {
                report = new FkGuard(settings).check(mapping, connection);
            } catch (SQLException e) {
                throw new FkGuardException(FkGuardException.Code.DATABASE_UNREACHABLE, "could not connect to "
                        + database.description() + ": " + e.getMessage(), "check the JDBC URL, user and password"
                        + " (jdbcUrl, user, password).", e);
            }
            Path reportDir = settings.reportDir().orElseThrow();
            List<Path> preview = new ReportDirectory(reportDir,
                    settings.migrationFormat().orElse(MigrationFormat.SQL)).write(report);
            log.accept("info", "hibernate-fk-guard wrote its reports to " + reportDir.toAbsolutePath());
            List<String> written = request.text("goal").equals("migration")
                    ? writeMigration(report).stream().map(Path::toString).toList() : List.of();
            DriftFailure failure = DriftFailure.of(report, settings, preview);
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
            return Map.of("outcome", outcome, "message", message, "written", written, "engine",
                    report.database().kind().displayName());
        }
    }

    private List<Path> writeMigration(Report report) {
        MigrationFormat format = MigrationFormat.fromLabel(request.text("migrationFormat"))
                .orElseThrow(() -> new IllegalArgumentException(request.text("migrationFormat")));
        MigrationWriter writer = request.optional("migrationVersion").map(MigrationWriter::new)
                .orElseGet(MigrationWriter::new);
        return writer.write(report, format, request.path("migrationDirectory"));
    }
}
