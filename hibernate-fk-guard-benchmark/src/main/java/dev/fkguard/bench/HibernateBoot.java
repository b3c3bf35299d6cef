package dev.fkguard.bench;

import dev.fkguard.hibernate.LatestCheck;
import dev.fkguard.report.CheckTimings;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.internal.TcclLookupPrecedence;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hibernate's native bootstrap of the generated entities against one schema, with or without the guard. */
final class HibernateBoot {

    /** How the guard takes part in a boot. */
    enum Guard {
        /** Absent, as if its jar were not on the class path. */
        NONE,
        /** The default: the check runs beside the SessionFactory build (hbm2ddl is off here). */
        CONCURRENT,
        /** {@code concurrent-check=false}: the check runs once the factory is built, as after {@code hbm2ddl}. */
        AFTER_BOOT
    }

    /**
     * One boot's wall time, the part of it after the integrators ran (the window a concurrent check can overlap), and
     * what the guard's check took on the booting thread as its own log line gives it: the mapping read plus the wait
     * for a concurrent check (0 without the guard; the whole check when it runs after the boot).
     */
    record Boot(double millis, double afterIntegrationMillis, double guardOnBootThreadMillis) {
    }

    private final ClassLoader entities;
    private final List<String> classNames;
    private final TestDatabase database;

    HibernateBoot(ClassLoader entities, List<String> classNames, TestDatabase database) {
        this.entities = entities;
        this.classNames = classNames;
        this.database = database;
    }

    /** A complete SessionFactory boot (registry, metadata, factory incl. the guard's check), timed. */
    Boot boot(Guard guard) {
        IntegrationMark mark = new IntegrationMark();
        long started = System.nanoTime();
        StandardServiceRegistry registry = registry(guard, mark);
        try (SessionFactory factory = metadata(registry).buildSessionFactory()) {
            long ended = System.nanoTime();
            if (factory.isClosed()) {
                throw new IllegalStateException("factory closed at once");
            }
            return new Boot((ended - started) / 1e6, (ended - mark.integratedAt()) / 1e6, onBootThread(guard, factory));
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Read from the check the factory keeps: the same timings the startup log line prints. */
    private static double onBootThread(Guard guard, SessionFactory factory) {
        if (guard == Guard.NONE) {
            return 0;
        }
        LatestCheck.Outcome outcome = LatestCheck.of(factory).flatMap(LatestCheck::latest)
                .orElseThrow(() -> new IllegalStateException("the guard kept no check"));
        if (!(outcome instanceof LatestCheck.Checked checked)) {
            throw new IllegalStateException("the startup check failed: " + outcome);
        }
        CheckTimings timings = checked.report().timings();
        Duration paid = guard == Guard.CONCURRENT
                ? timings.mapping().orElseThrow().plus(timings.bootWait().orElseThrow(
                        () -> new IllegalStateException("the check did not run beside the boot")))
                : timings.total();
        return paid.toNanos() / 1e6;
    }

    /** Boot metadata without building a factory, for measuring the guard's phases on their own. */
    Metadata metadata(StandardServiceRegistry registry) {
        MetadataSources sources = new MetadataSources(registry);
        for (String name : classNames) {
            try {
                sources.addAnnotatedClass(Class.forName(name, false, entities));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return sources.buildMetadata();
    }

    /** A registry without the guard, for measuring its phases on their own. */
    StandardServiceRegistry registry() {
        return registry(Guard.NONE, new IntegrationMark());
    }

    private StandardServiceRegistry registry(Guard guard, IntegrationMark mark) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoaderService(guard != Guard.NONE
                        ? new ClassLoaderServiceImpl(List.of(entities), TcclLookupPrecedence.AFTER)
                        : new GuardFreeClassLoaderService(entities))
                // Applied integrators run before those found through ServiceLoader, so just before the guard's.
                .applyIntegrator(mark)
                .build();
        Map<String, Object> settings = new HashMap<>(database.hibernateProperties());
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("hibernate.connection.pool_size", "2");
        // The clean path every start takes: fail on findings (the default), so a drifted model would stop the run.
        settings.put("hibernate.fkguard.mode", "fail");
        settings.put("hibernate.fkguard.concurrent-check", String.valueOf(guard != Guard.AFTER_BOOT));
        return new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
    }

    /** Notes when Hibernate calls the integrators: the factory's persisters are built after that. */
    private static final class IntegrationMark implements Integrator {

        private volatile long integratedAt;

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                              SessionFactoryImplementor sessionFactory) {
            integratedAt = System.nanoTime();
        }

        @Override
        public void disintegrate(SessionFactoryImplementor sessionFactory,
                                 org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
            // Holds nothing.
        }

        long integratedAt() {
            if (integratedAt == 0) {
                throw new IllegalStateException("Hibernate did not call the integrators");
            }
            return integratedAt;
        }
    }
}
