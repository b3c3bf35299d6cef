package dev.fkguard.build.isolated;

import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DatabaseServers;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.EngineStartException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The embedded PostgreSQL, MariaDB or MySQL server of one check, started the way the library's tests start it
 * (hibernate-fk-guard-engines) and stopped when the check is done; one whose start fails is a build failure that
 * says why and what to do.
 */
final class ThrowawayServer {

    /** The database the migrations run in on MySQL and MariaDB; PostgreSQL's own {@code postgres.public} is used. */
    static final String DATABASE = "fkguard";

    private ThrowawayServer() {
    }

    static Engine engine(String name) {
        return switch (name) {
            case "postgresql" -> Engine.POSTGRESQL;
            case "mariadb" -> Engine.MARIADB;
            case "mysql" -> Engine.MYSQL;
            default -> throw new IllegalArgumentException("not a server engine: " + name);
        };
    }

    static DatabaseServer start(Engine engine, BiConsumer<String, String> log) {
        log.accept("info", "hibernate-fk-guard: starting an embedded " + engine.displayName() + " server for the"
                + " throwaway database");
        long started = System.nanoTime();
        DatabaseServer server;
        try {
            server = DatabaseServers.startEmbedded(engine);
        } catch (EngineStartException e) {
            throw cannotStart(engine, e.getMessage(), e);
        }
        log.accept("info", "hibernate-fk-guard: " + server.description() + " ready in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (engine != Engine.POSTGRESQL) {
            try {
                server.createSchema(DATABASE);
            } catch (SQLException e) {
                stop(server, log);
                throw cannotStart(engine, "CREATE DATABASE " + DATABASE + " failed: " + e.getMessage(), e);
            }
        }
        return server;
    }

    /** A URL whose default schema is the one the migrations run in. */
    static String jdbcUrl(DatabaseServer server) {
        return server.engine() == Engine.POSTGRESQL ? server.adminJdbcUrl() : server.jdbcUrl(DATABASE);
    }

    static void stop(DatabaseServer server, BiConsumer<String, String> log) {
        try {
            server.close();
            log.accept("info", "hibernate-fk-guard: stopped " + server.description());
        } catch (RuntimeException e) {
            // The check has its answer; a server that does not stop cleanly is worth a warning, not a failure.
            log.accept("warn", "hibernate-fk-guard: " + e.getMessage());
        }
    }

    static BuildFailure cannotStart(Engine engine, String why, Throwable cause) {
        return new BuildFailure("the embedded " + engine.displayName() + " server for the throwaway database could"
                + " not start:\n" + why, fix(engine, why), cause);
    }

    /** What to do, said first for the causes a machine usually has. */
    static String fix(Engine engine, String why) {
        String others = "or set <engine>h2</engine>, or check a database the migrations ran on with <jdbcUrl>,"
                + " <user> and <password>.";
        String text = why.toLowerCase(Locale.ROOT);
        if (text.contains("libaio.so") || text.contains("libnuma.so")) {
            return "install the packages libaio1 and libnuma1 that mysqld needs (as root: apt-get install -y libaio1"
                    + " libnuma1; on Ubuntu 24.04 libaio1t64), " + others;
        }
        if (text.contains("built for linux x86-64 only")) {
            return "run the build on Linux x86-64 (for instance in CI), " + others;
        }
        return "correct what the message above names (" + engine.displayName() + " runs from a temp directory:"
                + " enough space in java.io.tmpdir?), " + others;
    }
}
