package dev.fkguard.hibernate;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.Report;
import dev.fkguard.report.ReportWriter;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs the check when the SessionFactory is created. Hibernate registers its schema tool as an observer before the
 * factory is built and ours is added during integration, so ours runs after {@code hbm2ddl} and sees its result.
 * An exception thrown here makes Hibernate close the factory and rethrow: the application does not start.
 */
final class StartupCheckObserver implements SessionFactoryObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("dev.fkguard");

    private final transient Metadata metadata;
    private final FkGuardSettings settings;

    StartupCheckObserver(Metadata metadata, FkGuardSettings settings) {
        this.metadata = metadata;
        this.settings = settings;
    }

    @Override
    public void sessionFactoryCreated(SessionFactory factory) {
        Report report = check((SessionFactoryImplementor) factory);
        writeReportFiles(report);
        String text = new ConsoleReport().render(report);
        boolean failing = report.hasFindingsAtLeast(settings.failOn());
        if (settings.mode() == Mode.FAIL && failing) {
            throw new FkGuardException(text + "\n" + howToProceed());
        }
        if (report.isClean()) {
            LOG.info(text);
        } else {
            LOG.warn(text);
        }
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

    private Report check(SessionFactoryImplementor factory) {
        JdbcConnectionAccess access = factory.getServiceRegistry().requireService(JdbcServices.class)
                .getBootstrapJdbcConnectionAccess();
        Connection connection;
        try {
            connection = access.obtainConnection();
        } catch (SQLException | RuntimeException e) {
            throw new FkGuardException("hibernate-fk-guard could not connect to the database to read its foreign keys: "
                    + e.getMessage() + "\nFix: check the JDBC URL, user and password Hibernate uses, or set "
                    + FkGuardSettings.MODE + "=off to start without the check.", e);
        }
        try {
            return new FkGuard(settings).check(metadata, connection);
        } finally {
            try {
                access.releaseConnection(connection);
            } catch (SQLException e) {
                LOG.debug("could not release the connection used for the check", e);
            }
        }
    }

    private String howToProceed() {
        return "The application was stopped because " + FkGuardSettings.MODE + "=fail (the default) and a finding"
                + " is at least " + settings.failOn().label() + ". Fix the database or the mapping as shown; to start"
                + " anyway set " + FkGuardSettings.MODE + "=warn, or adjust one rule with "
                + FkGuardSettings.RULES + "<rule-id>=warning|info|off.";
    }
}
