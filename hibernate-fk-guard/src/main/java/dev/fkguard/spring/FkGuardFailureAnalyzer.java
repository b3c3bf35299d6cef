package dev.fkguard.spring;

import dev.fkguard.FkGuardDriftException;
import dev.fkguard.FkGuardException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns every failure of the guard into Spring Boot's "APPLICATION FAILED TO START" text: what went wrong (the
 * findings, for drift), with its error code, as the description; the fix (how to proceed, for drift) as the
 * action. Spring Boot finds it in {@code META-INF/spring.factories}; without Spring Boot on the class path nothing
 * loads it.
 */
public final class FkGuardFailureAnalyzer extends AbstractFailureAnalyzer<FkGuardException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FkGuardException cause) {
        if (cause instanceof FkGuardDriftException drift) {
            return new FailureAnalysis(drift.findings(), drift.howToProceed(), cause);
        }
        return new FailureAnalysis(FkGuardException.prefix(cause.code()) + cause.problem(), cause.fix(), cause);
    }
}
