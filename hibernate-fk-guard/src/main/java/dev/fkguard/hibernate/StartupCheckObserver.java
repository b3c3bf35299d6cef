package dev.fkguard.hibernate;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.policy.BaselineSetting;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.Report;
import dev.fkguard.report.ReportWriter;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

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

    StartupCheckObserver(StartupCheck check, FkGuardSettings settings) {
        this.check = check;
        this.settings = settings;
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
        Report report = check.report((SessionFactoryImplementor) factory);
        settings.baseline().filter(BaselineSetting::write).ifPresent(baseline -> LOG.warn("hibernate-fk-guard wrote "
                + report.baselined().size() + " accepted findings to the baseline " + baseline.file().toAbsolutePath()
                + "; commit it and remove " + FkGuardSettings.BASELINE_WRITE + " so new drift fails startup again."));
        writeReportFiles(report);
        DriftFailure failure = DriftFailure.of(report, settings, writeMigration(report));
        if (settings.mode() == Mode.FAIL && DriftFailure.fails(report, settings)) {
            throw failure.toException();
        }
        if (report.isClean()) {
            LOG.info(failure.findings());
        } else {
            LOG.warn(failure.findings());
        }
    }

    /** Writes the migration where {@link FkGuardSettings#REPORT_DIR} says, returning the files; it is never run. */
    private List<Path> writeMigration(Report report) {
        return settings.reportDir()
                .filter(dir -> !MigrationPlan.of(report).isEmpty())
                .map(dir -> new MigrationWriter().write(report,
                        settings.migrationFormat().orElse(MigrationFormat.SQL), dir))
                .orElse(List.of());
    }

    /** Written before a failing check throws, so CI keeps the reports of the run that refused to start. */
    private void writeReportFiles(Report report) {
        settings.reportDir().ifPresent(directory -> {
            try {
                ReportWriter.writeAll(report, directory);
                LOG.info("hibernate-fk-guard wrote its reports to " + directory.toAbsolutePath());
            } catch (UncheckedIOException e) {
                // Failing to write a report must not hide the findings themselves.
                LOG.warn(e.getMessage(), e.getCause());
            }
        });
    }
}
