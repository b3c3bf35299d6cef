package dev.fkguard.support;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the guard the two ways a user does: directly over Hibernate's boot metadata, or as the Integrator while a
 * SessionFactory starts.
 */
public final class GuardRun {

    private GuardRun() {
    }

    /** Builds the mapping of {@code entities} against {@code db} and checks it; the guard's Integrator stays off. */
    public static Report check(TestDatabase db, Class<?>... entities) {
        return check(db, FkGuardSettings.defaults(), entities);
    }

    /** As {@link #check(TestDatabase, Class[])}, with other settings (thresholds, data checks). */
    public static Report check(TestDatabase db, FkGuardSettings settings, Class<?>... entities) {
        return withMetadata(db, Map.of(), entities, metadata -> {
            try (Connection connection = db.connect()) {
                return new FkGuard(settings).check(metadata, connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Creates the schema of {@code entities} with Hibernate's own schema export, then checks it over the boot
     * metadata, without a SessionFactory: for mappings Hibernate binds but refuses to start a factory with.
     */
    public static Report exportSchemaAndCheck(TestDatabase db, Class<?>... entities) {
        Map<String, Object> all = new HashMap<>(db.hibernateProperties());
        all.put(FkGuardSettings.MODE, "off");
        all.put("hibernate.hbm2ddl.auto", "create");
        all.put("hibernate.hbm2ddl.halt_on_error", "true");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            Metadata metadata = sources.buildMetadata();
            // What hbm2ddl=create runs when a factory starts, here without the factory (same call on 6.6 and 7.x).
            org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator.process(metadata, registry, all,
                    action -> { });
            try (Connection connection = db.connect()) {
                return new FkGuard(FkGuardSettings.defaults()).check(metadata, connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** The report's findings as printed lines, lower-cased so H2's upper-case catalog compares like the others. */
    public static List<String> lines(Report report) {
        return report.findings().stream()
                .map(f -> f.severity() + " " + f.format().toLowerCase(Locale.ROOT))
                .toList();
    }

    public static List<String> ruleIds(Report report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.rule()).toList();
    }

    /** Starts a SessionFactory with the guard active under {@code settings}; the caller closes it. */
    public static SessionFactory startSessionFactory(TestDatabase db, Map<String, Object> settings,
                                                     Class<?>... entities) {
        Map<String, Object> all = new HashMap<>(db.hibernateProperties());
        all.putAll(settings);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap(entities)).applySettings(all)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * Hibernate instantiates entities by class name: entities from a class loader of their own (bytecode-enhanced
     * copies, {@link EnhancedClasses}) must be looked up there first, or Hibernate would build the plain classes.
     */
    private static org.hibernate.boot.registry.BootstrapServiceRegistry bootstrap(Class<?>[] entities) {
        org.hibernate.boot.registry.BootstrapServiceRegistryBuilder builder =
                new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder();
        if (entities.length > 0 && entities[0].getClassLoader() != GuardRun.class.getClassLoader()) {
            builder.applyClassLoader(entities[0].getClassLoader());
        }
        return builder.build();
    }

    private static <T> T withMetadata(TestDatabase db, Map<String, Object> settings, Class<?>[] entities,
                                      Function<Metadata, T> work) {
        Map<String, Object> all = new HashMap<>(db.hibernateProperties());
        all.put(FkGuardSettings.MODE, "off");
        all.putAll(settings);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            return work.apply(sources.buildMetadata());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * The report narrowed to one rule, for tests about that rule on schemas where other rules have a say too (for
     * instance missing-foreign-key-index on PostgreSQL, which never indexes foreign keys).
     */
    /**
     * The SQL of {@code finding}'s remedies for the checked engine, one statement after the other: rules write their
     * fix in words, so a test that runs a finding's fix takes its statements from here.
     */
    public static String sql(Report report, Finding finding) {
        dev.fkguard.ddl.DdlRenderer ddl = new dev.fkguard.ddl.DdlRenderer(report.database());
        return finding.remedies().stream().map(ddl::render).collect(java.util.stream.Collectors.joining(" "));
    }

    public static Report only(Report report, String ruleId) {
        return new Report(report.database(), report.foreignKeysChecked(), of(report, ruleId));
    }

    /** Only the findings of one rule. */
    public static List<Finding> of(Report report, String ruleId) {
        return report.findings().stream().filter(f -> f.rule().value().equals(ruleId)).toList();
    }
}
