package dev.fkguard.spring;

import dev.fkguard.FkGuardDriftException;
import dev.fkguard.FkGuardException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the guard's exception into Spring Boot's "APPLICATION FAILED TO START" text: the findings as the
 * description, how to proceed as the action. Spring Boot finds it in {@code META-INF/spring.factories}; without
 * Spring Boot on the class path nothing loads it.
 */
public final class FkGuardFailureAnalyzer extends AbstractFailureAnalyzer<FkGuardException> {

    /** The guard's other failures (settings, connection) end their message with one such line. */
    private static final String FIX = "\nFix: ";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FkGuardException cause) {
        if (cause instanceof FkGuardDriftException drift) {
            return new FailureAnalysis(drift.findings(), drift.howToProceed(), cause);
        }
        String message = String.valueOf(cause.getMessage());
        int fix = message.indexOf(FIX);
        if (fix < 0) {
            return new FailureAnalysis(message, "Fix the setting or the database as described above.", cause);
        }
        return new FailureAnalysis(message.substring(0, fix), message.substring(fix + FIX.length()), cause);
    }
}
