package dev.fkguard.testing;

import java.util.List;

/**
 * A MySQL server of a test's own, started with server options the shared one does not have (for instance
 * {@code --lower-case-table-names=1}, which only takes effect on a data directory initialised with it). Starting
 * one takes a few seconds; close it when done.
 */
public final class DedicatedMySql implements AutoCloseable {

    private final ServerHandle handle;

    private DedicatedMySql(ServerHandle handle) {
        this.handle = handle;
    }

    public static DedicatedMySql start(String... options) {
        return new DedicatedMySql(new SqlServerHandle(DatabaseServers.startMySql(List.of(options))));
    }

    /** A fresh, empty database on this server. */
    public TestDatabase createDatabase() {
        return handle.createDatabase();
    }

    @Override
    public void close() {
        handle.close();
    }
}
