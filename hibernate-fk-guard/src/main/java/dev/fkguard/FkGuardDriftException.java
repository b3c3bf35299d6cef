package dev.fkguard;

/**
 * Drift found in {@code fail} mode. Keeps the findings and the advice apart, so an integration such as Spring
 * Boot's failure analysis can show them as description and action; the message holds both.
 */
public final class FkGuardDriftException extends FkGuardException {

    private static final long serialVersionUID = 1L;

    private final String findings;
    private final String howToProceed;

    public FkGuardDriftException(DriftFailure failure) {
        super(failure.message());
        this.findings = failure.findings();
        this.howToProceed = failure.howToProceed();
    }

    public String findings() {
        return findings;
    }

    public String howToProceed() {
        return howToProceed;
    }
}
