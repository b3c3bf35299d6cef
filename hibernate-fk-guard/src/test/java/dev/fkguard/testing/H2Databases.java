package dev.fkguard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** H2 needs no server: each test gets its own named in-memory database, shut down when the test ends. */
final class H2Databases implements ServerHandle {

    private static final String USER = "sa";
    private static final String PASSWORD = "";

    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public String description() {
        return "H2 in-memory databases";
    }

    @Override
    public TestDatabase createDatabase() {
        // DB_CLOSE_DELAY=-1 keeps the database alive between connections until the explicit SHUTDOWN below.
        String url = "jdbc:h2:mem:t_" + counter.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        TestDatabase.Server server = new TestDatabase.Server(Engine.H2, url, USER, PASSWORD, false, false);
        return new TestDatabase(Engine.H2, "PUBLIC", url, USER, PASSWORD, server);
    }

    @Override
    public void release(TestDatabase database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Best effort: an unreleased in-memory database only costs a little heap until the JVM ends.
        }
    }

    @Override
    public void close() {
        // Nothing is running.
    }
}
