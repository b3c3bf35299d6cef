package dev.fkguard;

/**
 * Drift found in {@code fail} mode ({@link Code#DRIFT}). Keeps the findings and the advice apart, so an
 * integration such as Spring Boot's failure analysis can show them as description and action; the message holds
 * both.
 */
public final class FkGuardDriftException extends FkGuardException {

    private static final long serialVersionUID = 1L;

    private final String findings;
    private final String howToProceed;

    public FkGuardDriftException(DriftFailure failure) {
        this(failure.codedFindings(), failure.howToProceed());
    }

    private FkGuardDriftException(String findings, String howToProceed) {
        super(Code.DRIFT, findings, howToProceed, findings + "\n" + howToProceed, null);
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
