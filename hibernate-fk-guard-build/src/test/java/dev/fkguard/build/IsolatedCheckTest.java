package dev.fkguard.build;

import dev.fkguard.build.isolated.sample.Author;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check run through its own class loaders, as the plugin and the command line run it. */
class IsolatedCheckTest {

    private static final Path TEST_CLASSES = Path.of(Author.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath());

    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private final BiConsumer<String, String> log = (level, message) -> logged.add(level + ": " + message);

    @Test
    void theLibrariesSlf4jBindsToItsNoOpForTheCheckAndIsPutBack() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("quiet") + ";AUTO_SERVER=FALSE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE authors (id BIGINT PRIMARY KEY);"
                    + " CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL REFERENCES authors (id));"
                    + " CREATE INDEX ix_books_author ON books (author_id);");
        }
        Map<String, Object> request = new HashMap<>();
        request.put("goal", "check");
        request.put("classRoots", List.of(TEST_CLASSES.toString()));
        request.put("packages", List.of(Author.class.getPackageName()));
        request.put("database", "jdbc");
        request.put("jdbcUrl", url);
        request.put("user", "sa");
        // slf4j-api and the MariaDB driver (which binds it when loaded with every driver), without this test's
        // SLF4J provider: as the plugin's side is.
        List<Path> guard = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-simple")).map(Path::of).toList();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        CheckResult result;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            result = new IsolatedCheck(log, false).run(new IsolatedCheck.ClassPath(guard, List.of()), request);
        } finally {
            System.setErr(systemErr);
        }
        assertEquals("clean", result.outcome(), result.message());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("SLF4J"), err.toString(StandardCharsets.UTF_8));
        assertNull(System.getProperty("slf4j.provider"), "the JVM's (Maven's) properties are put back");
        assertNull(System.getProperty("org.jboss.logging.provider"));
    }

    @Test
    void aLoaderThatDoesNotCloseIsLoggedAndTheResultStillReturned() throws SQLException, ReflectiveOperationException {
        // A file database: the check's own H2 (in its loader) must see the tables this test's H2 made.
        String url = "jdbc:h2:" + dir.resolve("db") + ";AUTO_SERVER=FALSE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE authors (id BIGINT PRIMARY KEY);"
                    + " CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL);"
                    + " CREATE INDEX ix_books_author ON books (author_id);");
        }
        Map<String, Object> request = new HashMap<>();
        request.put("goal", "check");
        request.put("classRoots", List.of(TEST_CLASSES.toString()));
        request.put("packages", List.of(Author.class.getPackageName()));
        request.put("settings", Map.of("hibernate.fkguard.report-dir", dir.resolve("fkguard").toString()));
        request.put("database", "jdbc");
        request.put("jdbcUrl", url);
        request.put("user", "sa");
        // The guard's side gets this test's whole class path (the module, the library, Hibernate, H2).
        List<Path> guard = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        IsolatedCheck check = new IsolatedCheck(log, false, loader -> {
            throw new IOException("jar locked");
        });

        CheckResult result = check.run(new IsolatedCheck.ClassPath(guard, List.of()), request);

        assertEquals("drift", result.outcome(), result.message());
        assertTrue(result.message().contains("ERROR [missing-foreign-key] books.author_id → authors.id"),
                result.message());
        assertTrue(logged.contains("debug: could not close the check's class loader hibernate-fk-guard-check:"
                + " java.io.IOException: jar locked"), logged.toString());
        assertTrue(logged.contains("debug: could not close the check's class loader hibernate-fk-guard-application:"
                + " java.io.IOException: jar locked"), logged.toString());
    }
}
