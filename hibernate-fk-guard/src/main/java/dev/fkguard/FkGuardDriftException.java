package dev.fkguard;

/**
 * Drift found in {@code fail} mode ({@link Code#DRIFT}). Keeps the findings and the advice apart, so an
 * integration such as Spring Boot's failure analysis can show them as description and action; the message holds
 * both, or under {@code hibernate.fkguard.failure-message=summary} only the report's first line.
 */
public final class FkGuardDriftException extends FkGuardException {

    private static final long serialVersionUID = 1L;

    private final String findings;
    private final String howToProceed;

    public FkGuardDriftException(DriftFailure failure) {
        this(failure, failure.message());
    }

    /** @param message the exception's message: {@link DriftFailure#message()} or its summary */
    FkGuardDriftException(DriftFailure failure, String message) {
        this(failure.codedFindings(), failure.howToProceed(), message);
    }

    private FkGuardDriftException(String findings, String howToProceed, String message) {
        super(Code.DRIFT, findings, howToProceed, message, null);
        this.findings = findings;
        this.howToProceed = howToProceed;
    }

    /** The findings as the console report prints them, starting {@code hibernate-fk-guard [drift]: }. */
    public String findings() {
        return findings;
    }

    public String howToProceed() {
        return howToProceed;
    }
}
