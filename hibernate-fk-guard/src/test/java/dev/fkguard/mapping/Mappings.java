package dev.fkguard.mapping;

import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.MappingModel;

/** Builds Hibernate boot metadata without a database and renders the model as compact lines to compare. */
final class Mappings {

    static final String H2 = "org.hibernate.dialect.H2Dialect";
    static final String POSTGRESQL = "org.hibernate.dialect.PostgreSQLDialect";
    static final String MYSQL = "org.hibernate.dialect.MySQLDialect";

    private Mappings() {
    }

    static MappingModel read(String dialect, Class<?>... entities) {
        return read(dialect, Map.of(), entities);
    }

    static MappingModel read(String dialect, Map<String, String> settings, Class<?>... entities) {
        return read(dialect, settings, List.of(), entities);
    }

    /** The mapping of hbm.xml files on the test class path (e.g. {@code dev/fkguard/mapping/hbm/x.hbm.xml}). */
    static MappingModel readHbm(String dialect, String... resources) {
        return read(dialect, Map.of(), List.of(resources));
    }

    private static MappingModel read(String dialect, Map<String, String> settings, List<String> resources,
                                     Class<?>... entities) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", dialect)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.forEach(builder::applySetting);
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            resources.forEach(sources::addResource);
            Metadata metadata = sources.buildMetadata();
            return new MappingReader().read(metadata);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * One line per expected FK, e.g.
     * {@code orders(customer_id) -> customers(id) | MANY_TO_ONE PurchaseOrder.customer | onDelete=CASCADE
     * name=fk_x wanted nullable cascade orphan}.
     */
    static List<String> lines(MappingModel model) {
        return model.foreignKeys().stream().map(Mappings::line).toList();
    }

    static String line(ExpectedForeignKey expected) {
        var key = expected.key();
        MappingIntent intent = expected.intent();
        StringBuilder text = new StringBuilder()
                .append(key.table().schema().map(s -> s + ".").orElse(""))
                .append(key.table().name()).append('(').append(String.join(",", key.columns())).append(") -> ")
                .append(key.targetTable().schema().map(s -> s + ".").orElse(""))
                .append(key.targetTable().name()).append('(').append(String.join(",", key.targetColumns()))
                .append(") | ").append(intent.kind()).append(' ').append(intent.source())
                .append(" | onDelete=").append(key.onDelete().name());
        key.name().ifPresent(name -> text.append(" name=").append(name));
        text.append(intent.constraintWanted() ? " wanted" : " no-constraint");
        if (intent.nullable()) {
            text.append(" nullable");
        }
        if (intent.cascadeRemove()) {
            text.append(" cascade");
        }
        if (intent.orphanRemoval()) {
            text.append(" orphan");
        }
        consistency(expected);
        return text.toString();
    }

    /** Facts that must hold for every expected FK, whatever the scenario. */
    private static void consistency(ExpectedForeignKey expected) {
        var key = expected.key();
        MappingIntent intent = expected.intent();
        if (key.targetColumns().size() != key.columns().size()) {
            throw new AssertionError("target columns not resolved: " + key);
        }
        if (!key.name().equals(intent.explicitName())) {
            throw new AssertionError("name differs from the explicit name: " + expected);
        }
        if (!key.onDelete().equals(intent.onDelete().orElse(dev.fkguard.model.ReferentialAction.NO_ACTION))) {
            throw new AssertionError("onDelete differs from the intent: " + expected);
        }
        if (key.onUpdate() != dev.fkguard.model.ReferentialAction.NO_ACTION) {
            throw new AssertionError("onUpdate must be NO ACTION: " + expected);
        }
    }
}
