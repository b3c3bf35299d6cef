package dev.fkguard.bench;

import dev.fkguard.testing.Engine;
import dev.fkguard.testing.StandaloneServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The engines' servers, started side by side on background threads as soon as the benchmark begins: a start is mostly
 * waiting for a process (seconds each), so starting them one after another only adds up wall time. Nothing is
 * measured while they start. Closed together at the end, for the same reason.
 */
final class Servers implements AutoCloseable {

    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "bench-setup");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Engine, CompletableFuture<StandaloneServer>> servers = new LinkedHashMap<>();

    Servers(List<Engine> engines) {
        for (Engine engine : engines) {
            servers.put(engine, CompletableFuture.supplyAsync(() -> StandaloneServer.start(engine), background));
        }
    }

    /** The engine's server, waiting for its start if need be. */
    StandaloneServer get(Engine engine) {
        return servers.get(engine).join();
    }

    /** Waits until every server has started (or failed to). */
    void awaitAll() {
        CompletableFuture.allOf(servers.values().toArray(new CompletableFuture[0])).join();
    }

    /** Runs setup work on the engine's server in the background, once the server is up. */
    <T> CompletableFuture<T> onServer(Engine engine, Function<StandaloneServer, T> work) {
        return servers.get(engine).thenApplyAsync(work, background);
    }

    @Override
    public void close() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (CompletableFuture<StandaloneServer> server : servers.values()) {
            // A failed start has nothing to stop (and was reported where the server was needed).
            stops.add(server.thenAcceptAsync(StandaloneServer::close, background).exceptionally(e -> null));
        }
        try {
            CompletableFuture.allOf(stops.toArray(new CompletableFuture[0])).join();
        } finally {
            background.shutdown();
        }
    }
}
