package dev.fkguard.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL server from zonky's embedded binaries (as the library's test harness starts it), with one schema
 * script run on it. As root, zonky runs initdb/pg_ctl in a user namespace, so those must be allowed.
 */
final class EmbeddedPostgres implements AutoCloseable {

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    static EmbeddedPostgres withSchema(String script) {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
        EmbeddedPostgres postgres = new EmbeddedPostgres(server);
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(read(script));
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("cannot run " + script + " on embedded PostgreSQL", e);
        }
        return postgres;
    }

    /** The Quarkus datasource settings of this server (zonky trusts local logins: no password is checked). */
    Map<String, String> datasource() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static String read(String script) {
        try (InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(script)) {
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
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL", e);
        }
    }
}
