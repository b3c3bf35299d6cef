package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate's own pool connects while it boots, so an unreachable database normally fails there first. With a
 * DataSource (as in Spring or an application server) and JDBC metadata access off, Hibernate boots without a
 * connection and the guard is the first to connect: it must then say so in one message.
 */
class UnreachableDatabaseTest {

    @Test
    void anUnreachableDatabaseGivesOneClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/shop");
        dataSource.setUser("app");
        dataSource.setPassword("secret");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                "hibernate.connection.datasource", dataSource,
                "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect",
                "hibernate.boot.allow_jdbc_metadata_access", "false")).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : StartupEntities.ALL) {
                sources.addAnnotatedClass(entity);
            }
            FkGuardException e = assertThrows(FkGuardException.class,
                    () -> sources.buildMetadata().buildSessionFactory().close());
            assertTrue(e.getMessage().startsWith("hibernate-fk-guard [database-unreachable]: could not connect to the"
                    + " database to read its foreign keys: "), e.getMessage());
            assertTrue(e.getMessage().contains("Fix: check that the database is up and the JDBC URL, user and password"),
                    e.getMessage());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
