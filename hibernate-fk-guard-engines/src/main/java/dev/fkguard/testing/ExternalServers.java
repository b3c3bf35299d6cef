package dev.fkguard.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Points the tests at an already running server instead of starting one:
 * {@code FKGUARD_TEST_<ENGINE>_URL} (a server-level URL, e.g. {@code jdbc:mysql://db:3306/} or
 * {@code jdbc:postgresql://db:5432/postgres}), optional {@code _USER} and {@code _PASSWORD}
 * (defaults root / empty, PostgreSQL postgres / postgres). The user must be allowed to create and drop
 * databases (schemas on PostgreSQL).
 */
final class ExternalServers {

    private ExternalServers() {
    }

    static Optional<DatabaseServer> fromEnvironment(Engine engine) {
        String prefix = "FKGUARD_TEST_" + engine.name() + "_";
        String url = System.getenv(prefix + "URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        boolean postgres = engine == Engine.POSTGRESQL;
        String user = envOrDefault(prefix + "USER", postgres ? "postgres" : "root");
        String password = envOrDefault(prefix + "PASSWORD", postgres ? "postgres" : "");
        String version;
        try (Connection connection = new DriverDataSource(url.trim(), user, password).getConnection()) {
            version = connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the external " + engine.displayName() + " server "
                    + url + " (from " + prefix + "URL) as " + user + ": " + e.getMessage(), e);
        }
        return Optional.of(new DatabaseServer(engine, url.trim(), user, password, true, true, true,
                "external " + engine.displayName() + " " + version + " at " + url, () -> { }));
    }

    private static String envOrDefault(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
