package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardException;
import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DriverDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The database the build checks: an existing one (read only), or a throwaway one made from the project's Flyway
 * migrations or Liquibase changelog: in-memory H2, or an embedded PostgreSQL, MariaDB or MySQL server started for the
 * check. {@link #close()} drops the H2 database and stops the server.
 */
final class CheckedDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final String description;
    private final String engine;
    private final Optional<DatabaseServer> server;
    private final BiConsumer<String, String> log;

    private CheckedDatabase(DataSource dataSource, String description, String engine, Optional<DatabaseServer> server,
                            BiConsumer<String, String> log) {
        this.dataSource = dataSource;
        this.description = description;
        this.engine = engine;
        this.server = server;
        this.log = log;
    }

    static CheckedDatabase open(Request request, Front front, BiConsumer<String, String> log) {
        String kind = request.text("database");
        if (kind.equals("jdbc")) {
            String url = request.text("jdbcUrl");
            DataSource existing = dataSource(url, request.text("user"), request.text("password"), front).readOnly();
            reach(existing, url, request.text("user"), front);
            return new CheckedDatabase(existing, url, "", Optional.empty(), log);
        }
        CheckedDatabase database = throwaway(request.optional("engine").orElse("h2"), front, log);
        try {
            if (kind.equals("flyway")) {
                FlywayRun.migrate(database.dataSource, request.list("flywayLocations"),
                        request.map("flywayPlaceholders"), database.engine, log);
                return database.described("a throwaway " + database.engine + " database made from the Flyway"
                        + " migrations in " + String.join(", ", request.list("flywayLocations")));
            }
            LiquibaseRun.update(database.dataSource, request.path("liquibaseRoot"),
                    request.path("liquibaseChangelog"), database.engine, log);
            return database.described("a throwaway " + database.engine + " database made from the Liquibase"
                    + " changelog " + request.text("liquibaseChangelog"));
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    private static CheckedDatabase throwaway(String engine, Front front, BiConsumer<String, String> log) {
        if (engine.equals("h2")) {
            // Private to this check; kept while the check holds no connection, dropped by close().
            String url = "jdbc:h2:mem:fkguard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            return new CheckedDatabase(dataSource(url, "sa", "", front), "", "H2", Optional.empty(), log);
        }
        DatabaseServer server = ThrowawayServer.start(ThrowawayServer.engine(engine), log);
        try {
            DataSource source = dataSource(ThrowawayServer.jdbcUrl(server), server.adminUser(),
                    server.adminPassword(), front);
            return new CheckedDatabase(source, "", server.engine().displayName(), Optional.of(server), log);
        } catch (RuntimeException e) {
            ThrowawayServer.stop(server, log);
            throw e;
        }
    }

    private static DriverDataSource dataSource(String url, String user, String password, Front front) {
        try {
            return new DriverDataSource(url, user, password);
        } catch (IllegalArgumentException e) {
            throw new BuildFailure("no JDBC driver on the class path takes the URL " + url + ".",
                    "add the database's JDBC driver to " + front.classPath() + ", or correct "
                            + front.parameter("jdbcUrl") + ".", e);
        }
    }

    /**
     * Connects once before Hibernate does, so an unreachable database is said as such rather than as a dialect
     * Hibernate could not determine.
     */
    private static void reach(DataSource dataSource, String url, String user, Front front) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isReadOnly(); // the connection is open; nothing is read from the database yet
        } catch (SQLException e) {
            throw unreachable(url, user, front, e);
        }
    }

    static FkGuardException unreachable(String database, String user, Front front, SQLException e) {
        String fix = ConnectionDenied.grant(e, user)
                .map(grant -> "the login worked but the user may not use this database; grant it read access ("
                        + grant + "): the check only reads the catalog, it needs no other privilege.")
                .orElse("check the JDBC URL, user and password (" + front.connectionParameters()
                        + ") and that the database is running and reachable from here.");
        return new FkGuardException(FkGuardException.Code.DATABASE_UNREACHABLE, "could not connect to " + database
                + ": " + e.getMessage(), fix, e);
    }

    private CheckedDatabase described(String text) {
        return new CheckedDatabase(dataSource, text, engine, server, log);
    }

    DataSource dataSource() {
        return dataSource;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (server.isPresent()) {
            ThrowawayServer.stop(server.get(), log);
            return;
        }
        if (!engine.equals("H2")) {
            return; // an existing database: nothing of it is ours
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Gone already; nothing to drop.
        }
    }
}
