package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.support.GuardLog;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate's own pool connects while it boots, so an unreachable database normally fails there first. With a
 * DataSource that opens no connection until asked (as in Spring or an application server), an explicit dialect and
 * JDBC metadata access off, Hibernate boots without a connection and the guard is the first to connect. Each
 * engine's own driver, on a port where nothing listens; the check beside the boot and after it.
 */
class UnreachableDatabaseTest {

    static Stream<Arguments> drivers() throws IOException, SQLException {
        int port = closedPort();
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL("jdbc:postgresql://127.0.0.1:" + port + "/shop");
        com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
        mysql.setURL("jdbc:mysql://127.0.0.1:" + port + "/shop");
        MariaDbDataSource mariadb = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/shop");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:tcp://127.0.0.1:" + port + "/shop");
        return Stream.of(
                Arguments.of("PostgreSQL", postgres, "org.hibernate.dialect.PostgreSQLDialect"),
                Arguments.of("MySQL", mysql, "org.hibernate.dialect.MySQLDialect"),
                Arguments.of("MariaDB", mariadb, "org.hibernate.dialect.MariaDBDialect"),
                Arguments.of("H2", h2, "org.hibernate.dialect.H2Dialect"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drivers")
    void failModeGivesOneClearMessage(String engine, DataSource dataSource, String dialect) {
        for (String concurrent : List.of("true", "false")) {
            FkGuardException e = assertThrows(FkGuardException.class,
                    () -> start(dataSource, dialect, Map.of(FkGuardSettings.CONCURRENT_CHECK, concurrent)).close());
            assertEquals(FkGuardException.Code.DATABASE_UNREACHABLE, e.code(), e.toString());
            assertTrue(e.getMessage().startsWith("hibernate-fk-guard [database-unreachable]: could not connect to the"
                    + " database to read its foreign keys: "), e.getMessage());
            assertTrue(e.getMessage().contains("\nFix: check that the database is up and the JDBC URL, user and"
                    + " password"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drivers")
    void warnModeStartsAndSaysWhyTheCheckDidNotRun(String engine, DataSource dataSource, String dialect) {
        for (String concurrent : List.of("true", "false")) {
            try (GuardLog log = GuardLog.capture()) {
                try (SessionFactory factory = start(dataSource, dialect, Map.of(FkGuardSettings.MODE, "warn",
                        FkGuardSettings.CONCURRENT_CHECK, concurrent))) {
                    assertFalse(factory.isClosed());
                }
                List<String> warnings = log.warnings();
                assertEquals(1, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).startsWith("hibernate-fk-guard [database-unreachable]: could not connect"),
                        warnings.get(0));
                assertTrue(warnings.get(0).contains("\nFix: "), warnings.get(0));
            }
        }
    }

    private static SessionFactory start(DataSource dataSource, String dialect, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("hibernate.connection.datasource", dataSource);
        all.put("hibernate.dialect", dialect);
        all.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : StartupEntities.ALL) {
                sources.addAnnotatedClass(entity);
            }
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
