package dev.fkguard.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL from zonky's embedded binaries. As root, zonky runs initdb/pg_ctl in a user namespace
 * ({@code unshare -U}), so user namespaces must be allowed on the machine.
 */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    static DatabaseServer start() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            // zonky's pg_hba.conf trusts local logins, so the password is never checked.
            String version;
            try (Connection connection = new DriverDataSource(url, "postgres", "postgres").getConnection()) {
                version = connection.getMetaData().getDatabaseProductVersion();
            }
            return new DatabaseServer(Engine.POSTGRESQL, url, "postgres", "postgres", true, false, false,
                    "embedded PostgreSQL " + version + " on port " + postgres.getPort(), postgres);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }
}
