package dev.fkguard.testing;

import java.util.Optional;

/**
 * The server of one engine for the whole test JVM, kept in JUnit's root store (which closes it at the end).
 * A failed start is remembered too, so every later test fails at once with the same reason instead of
 * trying again for minutes.
 */
final class EngineServer implements AutoCloseable {

    private final Engine engine;
    private final Optional<ServerHandle> handle;
    private final String failure;
    private final Optional<Throwable> failureCause;

    private EngineServer(Engine engine, Optional<ServerHandle> handle, String failure, Optional<Throwable> cause) {
        this.engine = engine;
        this.handle = handle;
        this.failure = failure;
        this.failureCause = cause;
    }

    static EngineServer start(Engine engine) {
        long started = System.nanoTime();
        try {
            ServerHandle handle = engine == Engine.H2
                    ? new H2Databases()
                    : new SqlServerHandle(DatabaseServers.start(engine));
            log(handle.description() + " ready in " + millisSince(started) + " ms");
            return new EngineServer(engine, Optional.of(handle), "", Optional.empty());
        } catch (RuntimeException e) {
            String reason = (e instanceof EngineStartException ? "" : engine.displayName() + " could not start: ")
                    + describe(e) + "\n  (gave up after " + millisSince(started) + " ms)";
            log(reason);
            return new EngineServer(engine, Optional.empty(), reason, Optional.of(e));
        }
    }

    TestDatabase createDatabase() {
        return handle.orElseThrow(() -> new DatabaseUnavailableException(failure, failureCause.orElse(null)))
                .createDatabase();
    }

    void release(TestDatabase database) {
        handle.ifPresent(h -> h.release(database));
    }

    @Override
    public void close() {
        handle.ifPresent(h -> {
            long started = System.nanoTime();
            h.close();
            log(h.description() + " stopped in " + millisSince(started) + " ms");
        });
    }

    @Override
    public String toString() {
        return engine.displayName() + ": " + handle.map(ServerHandle::description).orElse(failure);
    }

    /** The messages of the whole cause chain: the root cause is often the only useful part. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : "\n  caused by: ").append(message);
            }
        }
        return text.toString();
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private static void log(String message) {
        System.err.println("[fkguard-test] " + message);
    }
}
