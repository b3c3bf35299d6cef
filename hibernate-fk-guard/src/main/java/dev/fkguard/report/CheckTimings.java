package dev.fkguard.report;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one check cost, so users see it in the log: reading the mapping, reading the database (its catalog, and the
 * data check's counts when it runs) and running the rules (with the severity policy). Never part of a report file
 * or a failure message, which must read the same on every run.
 *
 * <p>A startup check that reads the catalog and runs the rules beside the rest of the SessionFactory build costs the
 * application's start only the mapping read and the time the build then waits for it ({@code bootWait}): that wait
 * is what tells users whether the check hid behind the boot.
 *
 * @param mapping  empty when the mapping was read before the check (captured at startup for a later re-check)
 * @param bootWait how long the SessionFactory build waited for a check run beside it; empty for a check that ran on
 *                 the calling thread
 */
public record CheckTimings(Optional<Duration> mapping, Duration catalog, Duration rules, Optional<Duration> bootWait) {

    public CheckTimings {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(bootWait, "bootWait");
    }

    /** A check that ran on the calling thread. */
    public CheckTimings(Optional<Duration> mapping, Duration catalog, Duration rules) {
        this(mapping, catalog, rules, Optional.empty());
    }

    /** Nothing measured: a report built from models or findings read elsewhere. */
    public static CheckTimings none() {
        return new CheckTimings(Optional.empty(), Duration.ZERO, Duration.ZERO);
    }

    public CheckTimings withMapping(Duration newMapping) {
        return new CheckTimings(Optional.of(newMapping), catalog, rules, bootWait);
    }

    /** The same timings, for a check the SessionFactory build waited {@code waited} for. */
    public CheckTimings withBootWait(Duration waited) {
        return new CheckTimings(mapping, catalog, rules, Optional.of(waited));
    }

    public Duration total() {
        return mapping.orElse(Duration.ZERO).plus(catalog).plus(rules);
    }

    /**
     * {@code hibernate-fk-guard checked in 84 ms: mapping 12 ms, catalog 60 ms, rules 12 ms.}, and for a check beside
     * the boot {@code …, rules 12 ms; catalog and rules ran beside the boot, which waited 0 ms for them.}
     */
    public String describe() {
        return "hibernate-fk-guard checked in " + ms(total()) + ": "
                + mapping.map(m -> "mapping " + ms(m) + ", ").orElse("")
                + "catalog " + ms(catalog) + ", rules " + ms(rules)
                + bootWait.map(w -> "; catalog and rules ran beside the boot, which waited " + ms(w) + " for them")
                .orElse("") + ".";
    }

    /** The time since {@code startNanos} ({@link System#nanoTime()}). */
    public static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String ms(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
