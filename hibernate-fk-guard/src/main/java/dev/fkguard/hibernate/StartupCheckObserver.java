package dev.fkguard.hibernate;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.model.MappingModel;
import dev.fkguard.policy.BaselineSetting;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.Report;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

import java.nio.file.Path;
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

    private final transient MappingModel mapping;
    private final FkGuardSettings settings;

    StartupCheckObserver(MappingModel mapping, FkGuardSettings settings) {
        this.mapping = mapping;
        this.settings = settings;
    }

    @Override
    public void sessionFactoryCreated(SessionFactory factory) {
        Report report = new SessionFactoryCheck(settings).check((SessionFactoryImplementor) factory, mapping);
        settings.baseline().filter(BaselineSetting::write).ifPresent(baseline -> LOG.warn("hibernate-fk-guard wrote "
                + report.baselined().size() + " accepted findings to the baseline " + baseline.file().toAbsolutePath()
                + "; commit it and remove " + FkGuardSettings.BASELINE_WRITE + " so new drift fails startup again."));
        DriftFailure failure = DriftFailure.of(report, settings, migration(report));
        if (settings.mode() == Mode.FAIL && DriftFailure.fails(report, settings)) {
            throw failure.toException();
        }
        if (report.isClean()) {
            LOG.info(failure.findings());
        } else {
            LOG.warn(failure.findings());
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
}
