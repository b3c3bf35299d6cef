package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.MappingModel;
import dev.fkguard.report.Report;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.service.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The latest check of one SessionFactory's mapping against its database: the startup check's, or a later
 * {@link #recheck}'s. One instance per SessionFactory (contributed by {@link CapturedMappingContributor}), so an
 * application with two factories keeps two, and nothing outlives its factory. Read by operators' tools (the Spring
 * Boot Actuator endpoint) to see drift that a migration applied after startup brought.
 */
public final class LatestCheck implements Service {

    private static final long serialVersionUID = 1L;

    /** What a check ended with, and when. */
    public sealed interface Outcome {
        Instant at();
    }

    /** The check ran; {@code report} is what it found. */
    public record Checked(Instant at, Report report) implements Outcome {
    }

    /** The check could not run (database unreachable, catalog unreadable, …): the guard's failure says why. */
    public record Failed(Instant at, FkGuardException failure) implements Outcome {
    }

    private final transient Clock clock;
    /** Written by the startup check and by re-checks, on any thread; read by any thread. */
    private transient volatile Outcome latest;

    LatestCheck(Clock clock) {
        this.clock = clock;
    }

    /** The factory's latest check, if its guard is installed (it is, unless a container bypasses ServiceLoader). */
    public static Optional<LatestCheck> of(SessionFactory factory) {
        return Optional.ofNullable(factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(LatestCheck.class));
    }

    /** Empty until a check ran: in mode {@code off}, or while the startup check is still running. */
    public Optional<Outcome> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Checks again with the mapping and settings captured at startup, keeps and returns the outcome. Reads the
     * catalog (and table data, if {@code data-checks} is on) only: it writes no reports, no migration, no baseline,
     * and fails nothing whatever the mode.
     */
    public Outcome recheck(SessionFactory factory) {
        SessionFactoryImplementor implementor = factory.unwrap(SessionFactoryImplementor.class);
        CapturedMapping captured = implementor.getServiceRegistry().getService(CapturedMapping.class);
        Outcome outcome;
        try {
            if (captured == null) {
                throw new FkGuardException(FkGuardException.Code.INTERNAL, "the mapping of " + factory
                        + " was not captured at startup", "make sure hibernate-fk-guard is on the class path"
                        + " Hibernate boots from (it is found through META-INF/services).");
            }
            MappingModel mapping = captured.mapping().orElseThrow(() -> new FkGuardException(
                    FkGuardException.Code.INTERNAL, "the mapping of " + factory + " was not captured at startup",
                    "make sure hibernate-fk-guard's Integrator runs while the factory is built."));
            FkGuardSettings settings = captured.settings().orElseGet(FkGuardSettings::defaults);
            outcome = checked(new SessionFactoryCheck(settings).check(implementor, mapping));
        } catch (RuntimeException | Error e) {
            if (!OwnFailures.isOwn(e)) {
                throw e;
            }
            outcome = failed(OwnFailures.of(e, "re-checking the database"));
        }
        latest = outcome;
        return outcome;
    }

    void record(Outcome outcome) {
        latest = outcome;
    }

    Checked checked(Report report) {
        return new Checked(clock.instant(), report);
    }

    Failed failed(FkGuardException failure) {
        return new Failed(clock.instant(), failure);
    }
}
