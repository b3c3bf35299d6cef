package dev.fkguard.policy;

import java.util.Locale;

/** What the startup check does with what it finds. */
public enum Mode {
    /** Findings at or above {@code fail-on} stop the SessionFactory from starting. */
    FAIL,
    /** Findings are logged at WARN; the application starts. */
    WARN,
    /** The guard does nothing. */
    OFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
