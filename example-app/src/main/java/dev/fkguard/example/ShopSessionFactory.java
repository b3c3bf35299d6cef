package dev.fkguard.example;

import dev.fkguard.example.shop.ShopEntities;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Plain Hibernate bootstrap, no JPA container: the guard's Integrator is found through ServiceLoader and runs
 * while {@link #build} builds the SessionFactory.
 */
final class ShopSessionFactory {

    static final String GUARD_MODE_SETTING = "hibernate.fkguard.mode";
    static final String REPORT_DIR_SETTING = "hibernate.fkguard.report-dir";
    static final String DATA_CHECKS_SETTING = "hibernate.fkguard.data-checks";

    private ShopSessionFactory() {
    }

    static SessionFactory build(ConnectionSettings connection, GuardMode mode, boolean createSchema,
                                Optional<Path> reportDir, boolean dataChecks) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.url", connection.url());
        settings.put("hibernate.connection.username", connection.user());
        settings.put("hibernate.connection.password", connection.password());
        settings.put("hibernate.connection.pool_size", "2");
        // Never touch a database the user did not ask us to change.
        settings.put("hibernate.hbm2ddl.auto", createSchema ? "create" : "none");
        settings.put(GUARD_MODE_SETTING, mode.settingValue());
        reportDir.ifPresent(dir -> settings.put(REPORT_DIR_SETTING, dir.toString()));
        settings.put(DATA_CHECKS_SETTING, Boolean.toString(dataChecks));

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ShopEntities.all().forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
