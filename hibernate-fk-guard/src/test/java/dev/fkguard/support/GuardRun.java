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
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
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
    public static Report only(Report report, String ruleId) {
        return new Report(report.database(), report.foreignKeysChecked(), of(report, ruleId));
    }

    /** Only the findings of one rule. */
    public static List<Finding> of(Report report, String ruleId) {
        return report.findings().stream().filter(f -> f.rule().value().equals(ruleId)).toList();
    }
}
