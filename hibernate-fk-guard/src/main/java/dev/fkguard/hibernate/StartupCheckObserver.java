package dev.fkguard.hibernate;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.Report;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the check when the SessionFactory is created. Hibernate registers its schema tool as an observer before the
 * factory is built and ours is added during integration, so ours runs after {@code hbm2ddl} and sees its result.
 * An exception thrown here makes Hibernate close the factory and rethrow: the application does not start.
 */
final class StartupCheckObserver implements SessionFactoryObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("dev.fkguard");
    /** How many statements of the migration the startup failure shows; the file has them all. */
    private static final int STATEMENTS_SHOWN = 5;

    private final transient Metadata metadata;
    private final FkGuardSettings settings;

    StartupCheckObserver(Metadata metadata, FkGuardSettings settings) {
        this.metadata = metadata;
        this.settings = settings;
    }

    @Override
    public void sessionFactoryCreated(SessionFactory factory) {
        Report report = check((SessionFactoryImplementor) factory);
        String text = new ConsoleReport().render(report) + migration(report);
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

    /**
     * The first statements of the migration, and where the whole of it was written when
     * {@link FkGuardSettings#REPORT_DIR} is set. Writing files is all it does: the DDL is never run here.
     */
    private String migration(Report report) {
        MigrationPlan plan = MigrationPlan.of(report);
        if (plan.isEmpty()) {
            return "";
        }
        List<Statement> statements = plan.statements();
        String first = statements.stream().limit(STATEMENTS_SHOWN).map(s -> "    " + s.sql())
                .collect(Collectors.joining("\n"));
        String more = statements.size() > STATEMENTS_SHOWN
                ? "\n    … " + (statements.size() - STATEMENTS_SHOWN) + " more" : "";
        String where;
        if (settings.reportDir().isPresent()) {
            MigrationFormat format = settings.migrationFormat().orElse(MigrationFormat.SQL);
            List<Path> files = new MigrationWriter().write(report, format, settings.reportDir().get());
            where = "The full migration (" + format.label() + ") was written to "
                    + files.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(", ")) + ".";
        } else {
            where = "Set " + FkGuardSettings.REPORT_DIR + "=<directory> (and " + FkGuardSettings.MIGRATION_FORMAT
                    + "=sql|flyway|liquibase) to have the full migration written there.";
        }
        return "\nMigration (" + statements.size() + " statement" + (statements.size() == 1 ? "" : "s")
                + ", review before running):\n" + first + more + "\n" + where;
    }

    private String howToProceed() {
        return "The application was stopped because " + FkGuardSettings.MODE + "=fail (the default) and a finding"
                + " is at least " + settings.failOn().label() + ". Fix the database or the mapping as shown; to start"
                + " anyway set " + FkGuardSettings.MODE + "=warn, or adjust one rule with "
                + FkGuardSettings.RULES + "<rule-id>=warning|info|off.";
    }
}
