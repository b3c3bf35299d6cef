package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.MappingModel;
import dev.fkguard.report.CheckTimings;
import dev.fkguard.report.Report;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The startup check's report, computed either while Hibernate builds the rest of the SessionFactory or once it is
 * built. Reading the catalog costs about as much as building the persisters does; doing both at once hides most of
 * the check's cost, but only when nothing changes the schema in between (see {@link SchemaToolActions}).
 */
sealed interface StartupCheck {

    /**
     * The report; waits for a concurrent check to finish, and its timings then say how long that wait was. Throws what
     * the check threw.
     */
    Report report(SessionFactoryImplementor factory);

    /** Runs the check on the calling thread when the factory is built (after {@code hbm2ddl}). */
    record AfterBoot(FkGuardSettings settings, MappingModel mapping) implements StartupCheck {
        @Override
        public Report report(SessionFactoryImplementor factory) {
            return new SessionFactoryCheck(settings).check(factory, mapping);
        }
    }

    /** Started at once on a thread of its own; {@link #report} waits for it. */
    final class Concurrent implements StartupCheck {

        private final FutureTask<Report> task;

        Concurrent(FkGuardSettings settings, MappingModel mapping, JdbcConnectionAccess access) {
            this.task = new FutureTask<>(() -> new SessionFactoryCheck(settings).check(access, mapping));
            Thread thread = new Thread(task, "hibernate-fk-guard-check");
            // A daemon: a factory whose build fails elsewhere never waits for it, and the JVM need not either.
            thread.setDaemon(true);
            thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            thread.start();
        }

        @Override
        public Report report(SessionFactoryImplementor factory) {
            long waiting = System.nanoTime();
            try {
                Report report = task.get();
                return report.withTimings(report.timings().withBootWait(CheckTimings.since(waiting)));
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } catch (CancellationException e) {
                throw new FkGuardException(FkGuardException.Code.INTERRUPTED,
                        "the startup check was cancelled before it finished.", "start again; if it keeps happening"
                        + " set " + FkGuardSettings.CONCURRENT_CHECK + "=false to run the check after the"
                        + " SessionFactory is built.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FkGuardException(FkGuardException.Code.INTERRUPTED,
                        "interrupted while waiting for the startup check.", "start again; something interrupted the"
                        + " thread building the SessionFactory.", e);
            }
        }

        /**
         * Marks a check nobody will wait for (the factory failed or closed first). It is not interrupted: an interrupt
         * in the middle of I/O can close a file-based H2 database for every other user of it. The daemon thread ends
         * on its own once its read-only queries are done and gives its connection back.
         */
        void abandon() {
            task.cancel(false);
        }

        private static RuntimeException rethrown(Throwable cause) {
            if (cause instanceof Error error && !OwnFailures.isOwn(error)) {
                throw error;
            }
            return OwnFailures.of(cause, "checking the database");
        }
    }
}
