package dev.fkguard.example;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fkguard.example.shop.ShopEntities;
import dev.fkguard.junit.FkGuardAssertions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The shop's own tests use the guard's JUnit assertion, the way an application's test suite would. */
class ShopGuardAssertionTest {

    private static final Class<?>[] ENTITIES = ShopEntities.all().toArray(Class<?>[]::new);

    @Test
    void theSchemaHibernateCreatesHasNoDrift() {
        JdbcDataSource dataSource = freshDatabase();
        try (SessionFactory shop = startShop(dataSource, "create", "fail")) {
            FkGuardAssertions.assertNoDrift(shop);
        }
        // The schema outlives the factory: the DataSource form checks it without one.
        FkGuardAssertions.assertNoDrift(dataSource, ENTITIES);
    }

    @Test
    void theDriftedSchemaFailsTheAssertionWithEveryPlantedDrift() throws SQLException {
        JdbcDataSource dataSource = freshDatabase();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + EmbeddedShopDatabase.SCHEMA_SCRIPT + "'");
        }
        // warn lets the shop start; the test is where the drift must still fail.
        try (SessionFactory shop = startShop(dataSource, "none", "warn")) {
            AssertionError error = assertThrows(AssertionError.class, () -> FkGuardAssertions.assertNoDrift(shop));
            String message = error.getMessage();
            assertAll(ShopDriftReportTest.PLANTED.stream().map(drift -> (Executable) () ->
                    assertTrue(drift.reportedIn(message), drift + " not in the assertion message\n" + message)));
            assertTrue(message.contains("To relax the assertion, pass it settings that lower one rule"), message);
            assertFalse(message.contains("mode=warn"), message);
        }
    }

    private static JdbcDataSource freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:shop_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    private static SessionFactory startShop(JdbcDataSource dataSource, String hbm2ddl, String guardMode) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.datasource", dataSource);
        settings.put("hibernate.hbm2ddl.auto", hbm2ddl);
        settings.put("hibernate.fkguard.mode", guardMode);
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
