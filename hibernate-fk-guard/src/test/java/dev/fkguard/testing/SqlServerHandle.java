package dev.fkguard.testing;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Schemas on a MySQL, MariaDB or PostgreSQL server, embedded or external.
 *
 * <p>On an embedded server the schemas are simply left behind (the server is thrown away at the end, and a
 * DROP could hang on locks a test leaked). On an external server they are dropped after each test.
 */
final class SqlServerHandle implements ServerHandle {

    private final DatabaseServer server;
    private final TestDatabase.Server admin;
    private final String namePrefix;
    private final AtomicInteger counter = new AtomicInteger();

    SqlServerHandle(DatabaseServer server) {
        this.server = server;
        this.admin = new TestDatabase.Server(server.engine(), server.adminJdbcUrl(), server.adminUser(),
                server.adminPassword(), server.supportsUsers(), server.passwordsChecked());
        // Several JVMs may share an external server; the pid keeps their schema names apart.
        this.namePrefix = server.external() ? "t_" + Long.toString(ProcessHandle.current().pid(), 36) + "_" : "t_";
    }

    @Override
    public String description() {
        return server.description();
    }

    @Override
    public TestDatabase createDatabase() {
        String name = namePrefix + counter.incrementAndGet();
        admin.executeAsAdmin(server.engine() == Engine.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
        return new TestDatabase(server.engine(), name, server.jdbcUrl(name), server.adminUser(),
                server.adminPassword(), admin);
    }

    @Override
    public void release(TestDatabase database) {
        if (!server.external()) {
            return;
        }
        try {
            server.dropSchema(database.schema());
        } catch (SQLException e) {
            System.err.println("[fkguard-test] could not drop " + database + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (RuntimeException e) {
            System.err.println("[fkguard-test] " + e.getMessage());
        }
    }
}
