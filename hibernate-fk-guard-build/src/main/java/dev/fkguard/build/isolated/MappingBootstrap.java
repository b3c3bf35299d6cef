package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.policy.Mode;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds Hibernate's boot metadata of the selected classes, with the project's Hibernate, and reads it with the
 * library's {@link MappingReader}. No SessionFactory is built, so no SQL runs: the dialect and the engine's name
 * rules come from the checked database's connection, as at startup.
 */
final class MappingBootstrap {

    private MappingBootstrap() {
    }

    static MappingModel read(EntitySelection entities, Map<String, String> hibernateProperties, DataSource dataSource) {
        Map<String, Object> settings = new HashMap<>();
        hibernateProperties.forEach((key, value) -> {
            // The unit's own connection and schema tooling are not the build's: the database is the checked one.
            if (!key.startsWith("jakarta.persistence.jdbc.") && !key.startsWith("javax.persistence.jdbc.")
                    && !key.startsWith("hibernate.connection.") && !key.startsWith(FkGuardSettings.PREFIX)) {
                settings.put(key, value);
            }
        });
        settings.put("hibernate.connection.datasource", dataSource);
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put(FkGuardSettings.MODE, Mode.OFF.label());
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(MappingBootstrap.class.getClassLoader()).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.classes().forEach(sources::addAnnotatedClass);
            entities.mappingFiles().forEach(sources::addResource);
            return new MappingReader().read(sources.buildMetadata());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
