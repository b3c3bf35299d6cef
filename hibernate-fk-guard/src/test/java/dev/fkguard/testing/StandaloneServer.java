package dev.fkguard.testing;

/**
 * One engine's server outside JUnit, for programs such as the benchmark: the same servers (embedded, or external
 * through the {@code FKGUARD_TEST_*} variables) that {@link AllDatabases} tests get, started and stopped by the caller.
 */
public final class StandaloneServer implements AutoCloseable {

    private final EngineServer server;

    private StandaloneServer(EngineServer server) {
        this.server = server;
    }

    /** Starts (or connects to) the engine's server; a failed start surfaces in {@link #freshDatabase()}. */
    public static StandaloneServer start(Engine engine) {
        return new StandaloneServer(EngineServer.start(engine));
    }

    /** A new, empty schema on this server. */
    public TestDatabase freshDatabase() {
        return server.createDatabase();
    }

    /** Frees what {@link #freshDatabase()} made, best effort (drops it on external servers). */
    public void release(TestDatabase database) {
        server.release(database);
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
