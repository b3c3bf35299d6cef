package dev.fkguard.springboot;

import dev.fkguard.spring.FkGuardEndpoint;
import dev.fkguard.spring.FkGuardEndpointAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /actuator/fkguard} in a real Spring Boot web application, over real HTTP: GET shows the startup check's
 * report and runs nothing, POST checks again and so shows drift that a migration applied after startup brought.
 */
class SpringBootActuatorEndpointTest {

    private static final String DRIFT = "\"rule\": \"delete-rule-mismatch\"";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void getShowsTheStartupReportAndPostShowsDriftAMigrationBroughtLater() throws Exception {
        try (ConfigurableApplicationContext context = SpringApplication.run(ShopApplication.class,
                "--spring.main.web-application-type=servlet",
                "--server.port=0",
                "--management.endpoints.web.exposure.include=fkguard",
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.sql.init.mode=always",
                "--spring.sql.init.schema-locations=classpath:matching-schema.sql",
                "--spring.jpa.hibernate.ddl-auto=none",
                "--spring.main.banner-mode=off")) {
            URI endpoint = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port")
                    + "/actuator/fkguard");

            HttpResponse<String> startup = http.send(HttpRequest.newBuilder(endpoint).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, startup.statusCode(), startup.body());
            assertTrue(startup.headers().firstValue("Content-Type").orElse("").contains("json"), startup.headers()
                    .toString());
            assertInOrder(startup.body(), "\"entityManagerFactory\": {", "\"status\": \"checked\"", "\"report\": {",
                    "\"format\": \"hibernate-fk-guard-report\"", "\"clean\": true");

            // The migration a later deploy ran: the key loses its ON DELETE CASCADE.
            execute(context.getBean(DataSource.class), "ALTER TABLE orders DROP CONSTRAINT fk_orders_customer",
                    "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id)"
                            + " REFERENCES customers (id)");

            String unchanged = get(endpoint);
            assertTrue(unchanged.contains("\"clean\": true"), unchanged);
            assertFalse(unchanged.contains(DRIFT), "GET must not check again:\n" + unchanged);

            HttpResponse<String> recheck = http.send(HttpRequest.newBuilder(endpoint)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, recheck.statusCode(), recheck.body());
            assertInOrder(recheck.body(), "\"entityManagerFactory\": {", "\"status\": \"checked\"",
                    "\"clean\": false", DRIFT, "\"severity\": \"error\"");

            // The re-check is the latest now; the application still runs (a re-check fails nothing).
            String after = get(endpoint);
            assertTrue(after.contains(DRIFT), after);
            assertTrue(context.isActive());
        }
    }

    @Test
    void theEndpointExistsOnlyWithActuator() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FkGuardEndpointAutoConfiguration.class));
        runner.run(context -> assertEquals(1, context.getBeansOfType(FkGuardEndpoint.class).size()));
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run(context -> assertEquals(0, context.getBeansOfType(FkGuardEndpoint.class).size()));
    }

    private String get(URI endpoint) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "'" + part + "' not after the previous part in:\n" + text);
            at = next;
        }
    }
}
