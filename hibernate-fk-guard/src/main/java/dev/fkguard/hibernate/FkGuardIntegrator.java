package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.report.CheckTimings;
import dev.fkguard.model.MappingModel;
import dev.fkguard.policy.Mode;
import dev.fkguard.rules.BuiltInRules;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import java.time.Duration;
import java.util.Optional;

/**
 * Found by Hibernate through {@code META-INF/services}. Reads the settings at once (so a typo fails before anything
 * else), reads the mapping while Hibernate's boot metadata still exists, keeps it in the factory's
 * {@link CapturedMapping} for later checks (test assertions), and starts the startup check: at once, on a thread of
 * its own, while Hibernate builds the persisters, when the schema tool will not touch the database; otherwise once
 * the SessionFactory, and with it the schema tool, is done. Either way an observer acts on the report when the
 * factory is created, so a failing check still stops startup.
 */
public final class FkGuardIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        var properties = bootstrapContext.getServiceRegistry().requireService(ConfigurationService.class).getSettings();
        FkGuardSettings settings = FkGuardSettings.fromProperties(properties, BuiltInRules.all());
        // Absent only if Hibernate did not load our service contributor (a container bypassing ServiceLoader).
        Optional<CapturedMapping> captured = Optional.ofNullable(
                sessionFactory.getServiceRegistry().getService(CapturedMapping.class));
        if (settings.mode() == Mode.OFF) {
            // Off must stay a safe way to start: a mapping the guard cannot read only fails a later assertion.
            captured.ifPresent(capture -> {
                try {
                    capture.capture(new MappingReader().read(metadata), settings);
                } catch (RuntimeException | Error e) {
                    if (!OwnFailures.isOwn(e)) {
                        throw e;
                    }
                    capture.captureFailure(OwnFailures.of(e, "reading the mapping"), settings);
                }
            });
            return;
        }
        MappingModel mapping;
        long start = System.nanoTime();
        try {
            mapping = new MappingReader().read(metadata);
        } catch (RuntimeException | Error e) {
            if (!OwnFailures.isOwn(e)) {
                throw e;
            }
            FkGuardException failure = OwnFailures.of(e, "reading the mapping");
            captured.ifPresent(capture -> capture.captureFailure(failure, settings));
            OwnFailures.stopOrWarn(failure, settings);
            return;
        }
        Duration mappingRead = CheckTimings.since(start);
        captured.ifPresent(capture -> capture.capture(mapping, settings));
        StartupCheck check = settings.concurrentCheck() && !SchemaToolActions.mayChangeSchema(metadata, properties)
                ? new StartupCheck.Concurrent(settings, mapping, SessionFactoryCheck.connectionAccess(sessionFactory))
                : new StartupCheck.AfterBoot(settings, mapping);
        sessionFactory.addObserver(new StartupCheckObserver(check, settings, mappingRead));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: the observer holds no resources between calls.
    }
}
