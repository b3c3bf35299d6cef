package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.policy.Mode;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * The guard's own failures at startup (a database it cannot reach, a file it cannot write, a bug in it), as opposed
 * to the drift it reports. In {@code warn} mode they never stop the application: they are logged at WARN with their
 * cause and fix and startup goes on. In {@code fail} mode they are one {@link FkGuardException}. A setting or
 * suppression the guard does not understand stops startup in every mode: it is fixed once, and a typo must not
 * switch the guard off unnoticed.
 */
final class OwnFailures {

    private static final Logger LOG = Logger.getLogger("dev.fkguard");
    private static final Set<FkGuardException.Code> ALWAYS_STOP = Set.of(FkGuardException.Code.INVALID_SETTING,
            FkGuardException.Code.INVALID_SUPPRESSION);

    private OwnFailures() {
    }

    /**
     * Whether the guard may stand in for {@code failure}: everything but the JVM running out of resources (a deep
     * recursion in the guard is its own bug, out of memory is nobody's to absorb).
     */
    static boolean isOwn(Throwable failure) {
        return !(failure instanceof VirtualMachineError) || failure instanceof StackOverflowError;
    }

    /** {@code failure} as the guard's exception: itself if it is one, else an internal failure naming the step. */
    static FkGuardException of(Throwable failure, String step) {
        if (failure instanceof FkGuardException own) {
            return own;
        }
        return new FkGuardException(FkGuardException.Code.INTERNAL, "failed while " + step + ": " + failure,
                "this is a bug in hibernate-fk-guard, or a mapping or JDBC driver it cannot handle yet; please report"
                        + " it with the stack trace of the cause. To start meanwhile set " + FkGuardSettings.MODE
                        + "=warn (the failure is logged and the application starts) or off.", failure);
    }

    /** Throws {@code failure} in {@code fail} mode (or when it is a configuration error), else logs it at WARN. */
    static void stopOrWarn(FkGuardException failure, FkGuardSettings settings) {
        if (settings.mode() == Mode.FAIL || ALWAYS_STOP.contains(failure.code())) {
            throw failure;
        }
        String message = failure.getMessage() + "\nThe application starts anyway (" + FkGuardSettings.MODE
                + "=" + settings.mode().label() + ").";
        if (failure.code() == FkGuardException.Code.INTERNAL) {
            // The stack trace is what a bug report needs.
            LOG.warn(message, failure.getCause());
        } else {
            LOG.warn(message);
        }
    }
}
