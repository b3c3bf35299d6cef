package dev.fkguard.bench;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hibernate's native bootstrap of the generated entities against one schema, with or without the guard. */
final class HibernateBoot {

    private final ClassLoader entities;
    private final List<String> classNames;
    private final TestDatabase database;

    HibernateBoot(ClassLoader entities, List<String> classNames, TestDatabase database) {
        this.entities = entities;
        this.classNames = classNames;
        this.database = database;
    }

    /** Wall time of a complete SessionFactory boot (registry, metadata, factory incl. the guard's check), in ms. */
    double bootMillis(boolean withGuard) {
        long started = System.nanoTime();
        StandardServiceRegistry registry = registry(withGuard);
        try (SessionFactory factory = metadata(registry).buildSessionFactory()) {
            double millis = (System.nanoTime() - started) / 1e6;
            if (factory.isClosed()) {
                throw new IllegalStateException("factory closed at once");
            }
            return millis;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
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

    StandardServiceRegistry registry(boolean withGuard) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoaderService(withGuard
                        ? new ClassLoaderServiceImpl(List.of(entities), TcclLookupPrecedence.AFTER)
                        : new GuardFreeClassLoaderService(entities))
                .build();
        Map<String, Object> settings = new HashMap<>(database.hibernateProperties());
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("hibernate.connection.pool_size", "2");
        // The clean path every start takes: fail on findings (the default), so a drifted model would stop the run.
        settings.put("hibernate.fkguard.mode", "fail");
        return new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
    }
}
