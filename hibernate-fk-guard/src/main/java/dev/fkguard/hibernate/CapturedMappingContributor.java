package dev.fkguard.hibernate;

import org.hibernate.service.spi.SessionFactoryServiceContributor;
import org.hibernate.service.spi.SessionFactoryServiceRegistryBuilder;

import java.time.Clock;

/**
 * Found by Hibernate through {@code META-INF/services} (the same SPI in 6.6 and 7.x). Hibernate calls it once per
 * SessionFactory, before the integrators, so every factory gets its own, empty {@link CapturedMapping} and
 * {@link LatestCheck}.
 */
public final class CapturedMappingContributor implements SessionFactoryServiceContributor {

    @Override
    public void contribute(SessionFactoryServiceRegistryBuilder serviceRegistryBuilder) {
        serviceRegistryBuilder.addService(CapturedMapping.class, new CapturedMapping());
        serviceRegistryBuilder.addService(LatestCheck.class, new LatestCheck(Clock.systemUTC()));
    }
}
