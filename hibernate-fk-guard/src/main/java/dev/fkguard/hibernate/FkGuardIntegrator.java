package dev.fkguard.hibernate;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.policy.Mode;
import dev.fkguard.rules.BuiltInRules;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Found by Hibernate through {@code META-INF/services}. Reads the settings at once (so a typo fails before anything
 * else) and registers an observer that runs the check once the SessionFactory, and with it the schema tool, is done.
 */
public final class FkGuardIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        var properties = bootstrapContext.getServiceRegistry().requireService(ConfigurationService.class).getSettings();
        FkGuardSettings settings = FkGuardSettings.fromProperties(properties, BuiltInRules.all());
        if (settings.mode() != Mode.OFF) {
            sessionFactory.addObserver(new StartupCheckObserver(metadata, settings));
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: the observer holds no resources between calls.
    }
}
