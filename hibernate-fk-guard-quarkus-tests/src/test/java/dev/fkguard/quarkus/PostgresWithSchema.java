package dev.fkguard.quarkus;

import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DatabaseServers;
import dev.fkguard.testing.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The embedded PostgreSQL the library's tests run on (hibernate-fk-guard-engines), with one schema script run on
 * it, seen as Quarkus datasource settings.
 */
final class PostgresWithSchema implements AutoCloseable {

    private final DatabaseServer server;

    private PostgresWithSchema(DatabaseServer server) {
        this.server = server;
    }

    static PostgresWithSchema start(String script) {
        PostgresWithSchema postgres = new PostgresWithSchema(DatabaseServers.startEmbedded(Engine.POSTGRESQL));
        try (Connection connection = postgres.server.connectAsAdmin();
             Statement statement = connection.createStatement()) {
            statement.execute(read(script));
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("cannot run " + script + " on " + postgres.server.description(), e);
        }
        return postgres;
    }

    /** The Quarkus datasource settings of this server (it trusts local logins: no password is checked). */
    Map<String, String> datasource() {
        return Map.of("quarkus.datasource.jdbc.url", server.adminJdbcUrl(),
                "quarkus.datasource.username", server.adminUser(),
                "quarkus.datasource.password", server.adminPassword());
    }

    private static String read(String script) {
        try (InputStream in = PostgresWithSchema.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalArgumentException(script + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
