package dev.fkguard.hibernate;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.MappingModel;
import org.hibernate.service.Service;

import java.util.Optional;

/**
 * What the guard learnt about one SessionFactory while it was built: the mapping model and the guard's settings.
 * Hibernate drops its boot {@code Metadata} once the factory is up, so a check run later (a test assertion) reads
 * the mapping from here. One instance per SessionFactory, contributed by {@link CapturedMappingContributor} and
 * filled by {@link FkGuardIntegrator} during {@code integrate}, in every mode, {@code off} included.
 */
public final class CapturedMapping implements Service {

    private static final long serialVersionUID = 1L;

    /** Written once by the integrator on the thread building the factory, read later by any thread. */
    private transient volatile Capture capture;

    private record Capture(Optional<MappingModel> mapping, FkGuardSettings settings, Optional<RuntimeException> failure) {
    }

    void capture(MappingModel mapping, FkGuardSettings settings) {
        capture = new Capture(Optional.of(mapping), settings, Optional.empty());
    }

    /** In mode {@code off} a mapping the guard cannot read must not stop the application; it is kept for later. */
    void captureFailure(RuntimeException failure, FkGuardSettings settings) {
        capture = new Capture(Optional.empty(), settings, Optional.of(failure));
    }

    /**
     * The mapping read at startup.
     *
     * @throws RuntimeException the error met reading it, if reading failed (only possible in mode {@code off})
     */
    public Optional<MappingModel> mapping() {
        Capture current = capture;
        if (current == null) {
            return Optional.empty();
        }
        current.failure().ifPresent(failure -> {
            throw failure;
        });
        return current.mapping();
    }

    /** The guard's settings the factory was configured with, if the integrator ran. */
    public Optional<FkGuardSettings> settings() {
        Capture current = capture;
        return current == null ? Optional.empty() : Optional.of(current.settings());
    }
}
