package dev.fkguard.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Schemas on a MySQL, MariaDB or PostgreSQL server, embedded or external.
 *
 * <p>On an embedded server the schemas are simply left behind (the server is thrown away at the end, and a
 * DROP could hang on locks a test leaked). On an external server they are dropped after each test.
 */
final class SqlServerHandle implements ServerHandle {

    private final TestDatabase.Server server;
    private final boolean external;
    private final String description;
    private final AutoCloseable stopper;
    private final String namePrefix;
    private final AtomicInteger counter = new AtomicInteger();

    SqlServerHandle(TestDatabase.Server server, boolean external, String description, AutoCloseable stopper) {
        this.server = server;
        this.external = external;
        this.description = description;
        this.stopper = stopper;
        // Several JVMs may share an external server; the pid keeps their schema names apart.
        this.namePrefix = external ? "t_" + Long.toString(ProcessHandle.current().pid(), 36) + "_" : "t_";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public TestDatabase createDatabase() {
        String name = namePrefix + counter.incrementAndGet();
        String create = server.engine() == Engine.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name;
        server.executeAsAdmin(create);
        return new TestDatabase(server.engine(), name, JdbcUrls.withSchema(server.engine(), server.adminJdbcUrl(), name),
                server.adminUser(), server.adminPassword(), server);
    }

    @Override
    public void release(TestDatabase database) {
        if (!external) {
            return;
        }
        boolean postgres = server.engine() == Engine.POSTGRESQL;
        try (Connection connection = server.connectAsAdmin(); Statement statement = connection.createStatement()) {
            // A test that leaked an open transaction would otherwise make the DROP wait forever.
            statement.execute(postgres ? "SET lock_timeout = '5s'" : "SET SESSION lock_wait_timeout = 5");
            statement.execute(postgres
                    ? "DROP SCHEMA IF EXISTS " + database.schema() + " CASCADE"
                    : "DROP DATABASE IF EXISTS " + database.schema());
        } catch (SQLException e) {
            System.err.println("[fkguard-test] could not drop " + database + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            stopper.close();
        } catch (Exception e) {
            System.err.println("[fkguard-test] stopping " + description + " failed: " + e);
        }
    }
}
