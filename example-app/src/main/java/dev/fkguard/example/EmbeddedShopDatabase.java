package dev.fkguard.example;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The in-memory H2 shop, created from {@code db/shop-schema.sql} (the drifted schema). It lives while this
 * object is open; closing it shuts the database down, so the next run starts from the script again.
 */
public final class EmbeddedShopDatabase implements AutoCloseable {

    static final String URL = "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1";
    static final String USER = "sa";
    static final String SCHEMA_SCRIPT = "classpath:/db/shop-schema.sql";

    private final Connection connection;

    private EmbeddedShopDatabase(Connection connection) {
        this.connection = connection;
    }

    public static EmbeddedShopDatabase create() throws SQLException {
        Connection connection = DriverManager.getConnection(URL, USER, "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + SCHEMA_SCRIPT + "'");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new EmbeddedShopDatabase(connection);
    }

    public ConnectionSettings connectionSettings() {
        return new ConnectionSettings(URL, USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            // DB_CLOSE_DELAY=-1 keeps the database after the last connection; only SHUTDOWN removes it.
            statement.execute("SHUTDOWN");
        }
    }
}
