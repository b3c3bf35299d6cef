package dev.fkguard.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the message of a drift failure holds. Frameworks that show the findings themselves (Spring Boot's failure
 * analysis) log the exception's message as well, once or twice, before their own report: there the message is kept
 * to one line, so the report is printed once.
 */
public enum FailureMessage {
    /** The findings, the migration's start and how to proceed: the whole report (the default). */
    FULL,
    /** The report's first line (how many findings, of which severities), and where the rest is shown. */
    SUMMARY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailureMessage> fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label().equalsIgnoreCase(label.trim())).findFirst();
    }
}
