package dev.fkguard.hibernate;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuardDriftException;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.policy.BaselineSetting;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Severity;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;
import org.jboss.logging.Logger.Level;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Acts on the check's report when the SessionFactory is created. Hibernate registers its schema tool as an observer
 * before the factory is built and ours is added during integration, so a check run here runs after {@code hbm2ddl}
 * and sees its result; a concurrent check (started during integration) is only waited for here.
 * An exception thrown here makes Hibernate close the factory and rethrow: the application does not start.
 */
final class StartupCheckObserver implements SessionFactoryObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("dev.fkguard");

    private final transient StartupCheck check;
    private final FkGuardSettings settings;
    private final Duration mappingRead;

    /** @param mappingRead how long reading the mapping took during integration, for the log line */
    StartupCheckObserver(StartupCheck check, FkGuardSettings settings, Duration mappingRead) {
        this.check = check;
        this.settings = settings;
        this.mappingRead = mappingRead;
    }

    @Override
    public void sessionFactoryClosing(SessionFactory factory) {
        // Also called when building the factory failed after integration: nobody will wait for the check then.
        if (check instanceof StartupCheck.Concurrent concurrent) {
            concurrent.abandon();
        }
    }

    @Override
    public void sessionFactoryCreated(SessionFactory factory) {
        Optional<LatestCheck> latest = LatestCheck.of(factory);
        Report report;
        try {
            report = check.report((SessionFactoryImplementor) factory).withMappingRead(mappingRead);
        } catch (RuntimeException | Error e) {
            removeEarlierOutput();
            if (e instanceof Error error && !OwnFailures.isOwn(error)) {
                throw error;
            }
            FkGuardException failure = OwnFailures.of(e, "checking the database");
            latest.ifPresent(kept -> kept.record(kept.failed(failure)));
            OwnFailures.stopOrWarn(failure, settings);
            return;
        }
        latest.ifPresent(kept -> kept.record(kept.checked(report)));
        try {
            act(report);
        } catch (RuntimeException | Error e) {
            absorb(e, "reporting the check");
        }
    }

    /** A check that did not run leaves no reports or migration of an earlier check to be taken for its own. */
    private void removeEarlierOutput() {
        settings.reportDir().ifPresent(directory -> {
            try {
                new ReportDirectory(directory, MigrationFormat.SQL).removeEarlierFiles();
            } catch (FkGuardException e) {
                // The check's own failure is the one to report; this one is only worth a line for whoever looks.
                LOG.debug(e.getMessage(), e);
            }
        });
    }

    /** Drift in fail mode goes through here too, as the guard's own exception, and is thrown. */
    private void absorb(Throwable failure, String step) {
        if (failure instanceof Error error && !OwnFailures.isOwn(error)) {
            throw error;
        }
        OwnFailures.stopOrWarn(OwnFailures.of(failure, step), settings);
    }

    /** The log level of the report: that of its worst finding, INFO when it has none. */
    static Level level(Report report) {
        if (report.count(Severity.ERROR) > 0) {
            return Level.ERROR;
        }
        return report.count(Severity.WARNING) > 0 ? Level.WARN : Level.INFO;
    }

    private void act(Report report) {
        settings.baseline().filter(BaselineSetting::write).ifPresent(baseline -> LOG.warn("hibernate-fk-guard wrote "
                + report.baselined().size() + " accepted findings to the baseline " + baseline.file().toAbsolutePath()
                + "; commit it and remove " + FkGuardSettings.BASELINE_WRITE + " so new drift fails startup again."));
        // Planned once: the reports, the migration files and the startup message all render this plan.
        PlannedFixes fixes = PlannedFixes.of(report);
        List<Path> migration = List.of();
        Optional<FkGuardException> notWritten = Optional.empty();
        if (settings.reportDir().isPresent()) {
            Path directory = settings.reportDir().get();
            try {
                migration = new ReportDirectory(directory, settings.migrationFormat().orElse(MigrationFormat.SQL))
                        .write(report, fixes);
                LOG.info("hibernate-fk-guard wrote its reports to " + directory.toAbsolutePath());
            } catch (FkGuardException e) {
                notWritten = Optional.of(e);
            }
        }
        DriftFailure failure = DriftFailure.of(report, fixes, settings, migration);
        if (settings.mode() == Mode.FAIL && DriftFailure.fails(report, settings)) {
            FkGuardDriftException drift = failure.toException(settings.failureMessage());
            // The drift is the reason to stop; a report that could not be written must not hide it.
            notWritten.ifPresent(e -> {
                LOG.warn(e.getMessage());
                drift.addSuppressed(e);
            });
            // The cost stays out of the failure's message, which reads the same on every run.
            LOG.info(report.timings().describe());
            throw drift;
        }
        // The cost ends the log line, never a report file: those stay the same from run to run.
        LOG.log(level(report), failure.findings() + "\n" + report.timings().describe());
        notWritten.ifPresent(e -> OwnFailures.stopOrWarn(e, settings));
    }
}
