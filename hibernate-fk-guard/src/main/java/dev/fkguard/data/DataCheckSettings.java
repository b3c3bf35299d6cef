package dev.fkguard.data;

/**
 * Whether the guard reads table data, and for how long one query may run.
 *
 * @param enabled        {@code hibernate.fkguard.data-checks}; off by default because counting scans tables
 * @param timeoutSeconds {@code hibernate.fkguard.data-checks.timeout-seconds}, per query
 */
public record DataCheckSettings(boolean enabled, int timeoutSeconds) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    public DataCheckSettings {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("the data-check timeout must be positive: " + timeoutSeconds);
        }
    }

    public static DataCheckSettings off() {
        return new DataCheckSettings(false, DEFAULT_TIMEOUT_SECONDS);
    }
}
