package dev.fkguard.junit;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.hibernate.CapturedMapping;
import dev.fkguard.hibernate.SessionFactoryCheck;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.policy.Mode;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Test assertions: fail with the same report as a failed startup when the mapping and the database disagree.
 * They throw {@link AssertionError}, which every test framework reports as a failure; JUnit is not needed.
 *
 * <p>For a running {@code EntityManagerFactory}/{@code SessionFactory} the mapping is the one the guard captured
 * while the factory was built, in every {@code hibernate.fkguard.mode} ({@code off} and {@code warn} too). Unless
 * settings are given, the factory's own {@code hibernate.fkguard.*} settings apply (rule severities,
 * {@code fail-on}, schemas); its mode does not: an assertion always fails on drift.
 */
public final class FkGuardAssertions {

    private FkGuardAssertions() {
    }

    public static void assertNoDrift(EntityManagerFactory entityManagerFactory) {
        assertNoDrift(unwrap(entityManagerFactory));
    }

    public static void assertNoDrift(EntityManagerFactory entityManagerFactory, FkGuardSettings settings) {
        assertNoDrift(unwrap(entityManagerFactory), settings);
    }

    /** @param properties {@code hibernate.fkguard.*} keys, as in the application's configuration */
    public static void assertNoDrift(EntityManagerFactory entityManagerFactory, Map<String, ?> properties) {
        assertNoDrift(unwrap(entityManagerFactory), properties);
    }

    public static void assertNoDrift(SessionFactory sessionFactory) {
        CapturedMapping captured = captured(sessionFactory);
        check(sessionFactory, captured, captured.settings().orElseGet(FkGuardSettings::defaults));
    }

    public static void assertNoDrift(SessionFactory sessionFactory, FkGuardSettings settings) {
        check(sessionFactory, captured(sessionFactory), Objects.requireNonNull(settings, "settings"));
    }

    /** @param properties {@code hibernate.fkguard.*} keys, as in the application's configuration */
    public static void assertNoDrift(SessionFactory sessionFactory, Map<String, ?> properties) {
        assertNoDrift(sessionFactory, settingsFrom(properties));
    }

    /**
     * Reads the mapping of {@code entities} (the Hibernate dialect is detected from the database) and checks it
     * against the database behind {@code dataSource}, under the default settings.
     */
    public static void assertNoDrift(DataSource dataSource, Class<?>... entities) {
        assertNoDrift(dataSource, FkGuardSettings.defaults(), entities);
    }

    /** @param properties {@code hibernate.fkguard.*} keys, as in the application's configuration */
    public static void assertNoDrift(DataSource dataSource, Map<String, ?> properties, Class<?>... entities) {
        assertNoDrift(dataSource, settingsFrom(properties), entities);
    }

    public static void assertNoDrift(DataSource dataSource, FkGuardSettings settings, Class<?>... entities) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(settings, "settings");
        if (entities.length == 0) {
            throw new IllegalArgumentException("assertNoDrift(DataSource, …) needs the entity classes to check");
        }
        MappingModel mapping = readMapping(dataSource, entities);
        try (Connection connection = dataSource.getConnection()) {
            failOnDrift(new FkGuard(settings).check(mapping, connection), settings);
        } catch (SQLException e) {
            throw new FkGuardException(FkGuardException.Code.DATABASE_UNREACHABLE,
                    "could not connect to the database: " + e.getMessage(),
                    "check that the test database is up and the DataSource's URL, user and password.", e);
        }
    }

    private static void check(SessionFactory sessionFactory, CapturedMapping captured, FkGuardSettings settings) {
        MappingModel mapping = captured.mapping().orElseThrow(() -> notCaptured(sessionFactory));
        Report report = new SessionFactoryCheck(settings)
                .check(sessionFactory.unwrap(SessionFactoryImplementor.class), mapping);
        failOnDrift(report, settings);
    }

    private static void failOnDrift(Report report, FkGuardSettings settings) {
        if (DriftFailure.fails(report, settings)) {
            throw new AssertionError(DriftFailure.ofAssertion(report, settings).message());
        }
    }

    private static CapturedMapping captured(SessionFactory sessionFactory) {
        Objects.requireNonNull(sessionFactory, "sessionFactory");
        if (sessionFactory.isClosed()) {
            throw new IllegalStateException("assertNoDrift needs an open SessionFactory/EntityManagerFactory");
        }
        CapturedMapping captured = sessionFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(CapturedMapping.class);
        if (captured == null) {
            throw notCaptured(sessionFactory);
        }
        return captured;
    }

    private static IllegalStateException notCaptured(SessionFactory sessionFactory) {
        return new IllegalStateException("hibernate-fk-guard did not capture the mapping of " + sessionFactory
                + ": its Integrator did not run while the factory was built. It is found through ServiceLoader"
                + " (META-INF/services); make sure hibernate-fk-guard is on the class path Hibernate boots from,"
                + " or use assertNoDrift(DataSource, entity classes…).");
    }

    private static SessionFactory unwrap(EntityManagerFactory entityManagerFactory) {
        Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
        return entityManagerFactory.unwrap(SessionFactory.class);
    }

    private static FkGuardSettings settingsFrom(Map<String, ?> properties) {
        return FkGuardSettings.fromProperties(Objects.requireNonNull(properties, "properties"), BuiltInRules.all());
    }

    private static MappingModel readMapping(DataSource dataSource, Class<?>[] entities) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.datasource", dataSource);
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put(FkGuardSettings.MODE, Mode.OFF.label());
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            return new MappingReader().read(sources.buildMetadata());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
