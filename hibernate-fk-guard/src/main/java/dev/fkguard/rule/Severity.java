package dev.fkguard.rule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Declared from worst to mildest, so natural order sorts the worst first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Whether this severity is at least as bad as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
