package dev.fkguard.springboot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard's failures other than drift, in a real Spring Boot context: each one reaches the guard's failure
 * analyzer, with its error code and problem as the description and the fix as the action; in warn mode the same
 * failure is a warning and the application starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class SpringBootGuardFailuresTest {

    private static final String BANNER = "APPLICATION FAILED TO START";

    @Test
    void aCatalogFailureIsAnalysedWithItsCodeAndFix(CapturedOutput output) {
        assertThrows(RuntimeException.class, () -> run(reachable(),
                "--spring.jpa.properties.hibernate.fkguard.schemas=NO_SUCH_SCHEMA").close());
        String analysis = analysis(output);
        assertInOrder(analysis, "Description:", "hibernate-fk-guard [catalog-access]: sees none of the 2 mapped tables",
                "Action:", "H2 shows every user its whole catalog, so no privilege is missing: schema NO_SUCH_SCHEMA"
                        + " does not exist in this database");
    }

    @Test
    void anUnreachableDatabaseIsAnalysedInFailMode(CapturedOutput output) throws IOException {
        assertThrows(RuntimeException.class, () -> run(unreachable()).close());
        String analysis = analysis(output);
        assertInOrder(analysis, "Description:", "hibernate-fk-guard [database-unreachable]: could not connect to the"
                + " database to read its foreign keys: ", "Action:", "check that the database is up");
    }

    @Test
    void anUnreachableDatabaseIsAWarningInWarnModeAndTheApplicationStarts(CapturedOutput output) throws IOException {
        try (ConfigurableApplicationContext context = run(unreachable(),
                "--spring.jpa.properties.hibernate.fkguard.mode=warn")) {
            assertTrue(context.isActive());
        }
        String printed = output.getAll();
        assertFalse(printed.contains(BANNER), printed);
        assertTrue(printed.contains("hibernate-fk-guard [database-unreachable]: could not connect"), printed);
        assertTrue(printed.contains("The application starts anyway (hibernate.fkguard.mode=warn)."), printed);
    }

    /** The failure box alone, never the whole log: a message found elsewhere in it proves nothing. */
    private static String analysis(CapturedOutput output) {
        String printed = output.getAll();
        int banner = printed.indexOf(BANNER);
        assertTrue(banner >= 0, printed);
        return printed.substring(banner);
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' not after the previous part in:\n" + text);
            at = next;
        }
    }

    private static List<String> reachable() {
        return List.of("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.sql.init.mode=always",
                "--spring.sql.init.schema-locations=classpath:drifted-schema.sql");
    }

    /**
     * Nothing listens on the port; the pool opens no connection until asked, Hibernate is told its dialect and
     * reads no JDBC metadata, so it boots and the guard is the first to connect.
     */
    private static List<String> unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return List.of("--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + port + "/nowhere",
                "--spring.sql.init.mode=never",
                // Hikari waits this long for a connection before it gives up (the default is 30 s).
                "--spring.datasource.hikari.connection-timeout=500",
                "--spring.jpa.database-platform=org.hibernate.dialect.H2Dialect",
                "--spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false");
    }

    private static ConfigurableApplicationContext run(List<String> database, String... extra) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--spring.datasource.username=sa", "--spring.jpa.hibernate.ddl-auto=none",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return SpringApplication.run(ShopApplication.class, args.toArray(String[]::new));
    }
}
