package dev.fkguard.maven.isolated;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The database the build checks: an existing one (read only), or a throwaway in-memory H2 made from the project's
 * Flyway migrations or Liquibase changelog and dropped when the check is done.
 */
final class CheckedDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final String description;
    private final boolean throwaway;

    private CheckedDatabase(DataSource dataSource, String description, boolean throwaway) {
        this.dataSource = dataSource;
        this.description = description;
        this.throwaway = throwaway;
    }

    static CheckedDatabase open(Request request, BiConsumer<String, String> log) {
        String kind = request.text("database");
        if (kind.equals("jdbc")) {
            String url = request.text("jdbcUrl");
            return new CheckedDatabase(new DriverDataSource(url, request.text("user"), request.text("password"), true),
                    url, false);
        }
        // Private to this check; kept while the check holds no connection, dropped by close().
        String url = "jdbc:h2:mem:fkguard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        CheckedDatabase database = new CheckedDatabase(new DriverDataSource(url, "sa", "", false), "", true);
        try {
            if (kind.equals("flyway")) {
                FlywayRun.migrate(database.dataSource, request.list("flywayLocations"), log);
                return database.described("a throwaway H2 database made from the Flyway migrations in "
                        + String.join(", ", request.list("flywayLocations")));
            }
            LiquibaseRun.update(database.dataSource, request.path("liquibaseRoot"),
                    request.path("liquibaseChangelog"), log);
            return database.described("a throwaway H2 database made from the Liquibase changelog "
                    + request.text("liquibaseChangelog"));
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    private CheckedDatabase described(String text) {
        return new CheckedDatabase(dataSource, text, throwaway);
    }

    DataSource dataSource() {
        return dataSource;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (!throwaway) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Gone already; nothing to drop.
        }
    }
}
