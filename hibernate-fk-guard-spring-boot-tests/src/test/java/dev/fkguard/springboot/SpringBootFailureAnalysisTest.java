package dev.fkguard.springboot;

import dev.fkguard.junit.FkGuardAssertions;
import dev.fkguard.springboot.app.CustomerRepository;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real Spring Boot application context (spring-boot-starter-data-jpa, H2) over a drifted schema. */
@ExtendWith(OutputCaptureExtension.class)
class SpringBootFailureAnalysisTest {

    private static final String FINDING =
            "ERROR [delete-rule-mismatch] orders.customer_id → customers.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)";

    @Test
    void aDriftedSchemaStopsTheApplicationWithTheGuardsFailureAnalysis(CapturedOutput output) {
        assertThrows(RuntimeException.class, () -> run().close());
        String printed = output.getAll();
        int banner = printed.indexOf("APPLICATION FAILED TO START");
        assertTrue(banner >= 0, printed);
        String analysis = printed.substring(banner);
        int description = analysis.indexOf("Description:");
        int finding = analysis.indexOf(FINDING);
        int action = analysis.indexOf("Action:");
        int advice = analysis.indexOf("to start anyway set hibernate.fkguard.mode=warn");
        assertTrue(description >= 0 && description < finding && finding < action && action < advice, analysis);
        assertTrue(analysis.contains("ALTER TABLE orders ADD CONSTRAINT"), analysis);
    }

    @Test
    void aFailedStartPrintsTheReportOnce(CapturedOutput output) {
        assertThrows(RuntimeException.class, () -> run().close());
        String printed = output.getAll();
        assertEquals(1, occurrences(printed, FINDING), printed);
        assertEquals(1, occurrences(printed, "Migration (2 statements, review before running):"), printed);
        assertTrue(printed.indexOf(FINDING) > printed.indexOf("APPLICATION FAILED TO START"), printed);
        // Spring's own two log lines of the failure name it in one line and say where the findings are.
        assertEquals(2, occurrences(printed, "hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2"
                + " schema PUBLIC (1 error, 0 warning, 0 info; 1 mapped foreign key checked).\nThe findings and how to"
                + " proceed are in the failure analysis (hibernate.fkguard.failure-message=summary)."), printed);
    }

    @Test
    void theApplicationCanAskForTheWholeMessage(CapturedOutput output) {
        assertThrows(RuntimeException.class,
                () -> run("--spring.jpa.properties.hibernate.fkguard.failure-message=full").close());
        assertEquals(3, occurrences(output.getAll(), FINDING), output.getAll());
    }

    @Test
    void anInfoOnlyReportIsLoggedAtInfo(CapturedOutput output) {
        try (ConfigurableApplicationContext context =
                     run("--spring.jpa.properties.hibernate.fkguard.rules.delete-rule-mismatch=info")) {
            assertTrue(context.isActive());
        }
        assertEquals("INFO", levelOfTheLineWith(output.getAll(), "hibernate-fk-guard: 1 finding"));
    }

    @Test
    void warnModeThroughSpringJpaPropertiesLetsTheApplicationStart(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("--spring.jpa.properties.hibernate.fkguard.mode=warn")) {
            assertEquals(0, context.getBean(CustomerRepository.class).count());
            assertTrue(output.getAll().contains(FINDING), output.getAll());
            assertEquals("ERROR", levelOfTheLineWith(output.getAll(), "hibernate-fk-guard: 1 finding"));
            // The application runs, but a test of it still fails on the drift.
            AssertionError error = assertThrows(AssertionError.class,
                    () -> FkGuardAssertions.assertNoDrift(context.getBean(EntityManagerFactory.class)));
            assertTrue(error.getMessage().contains(FINDING), error.getMessage());
        }
    }

    @Test
    void ruleSettingsThroughSpringJpaPropertiesApply() {
        try (ConfigurableApplicationContext context =
                     run("--spring.jpa.properties.hibernate.fkguard.rules.delete-rule-mismatch=warning")) {
            FkGuardAssertions.assertNoDrift(context.getBean(EntityManagerFactory.class));
        }
    }

    @Test
    void anInvalidSettingIsAnalysedToo(CapturedOutput output) {
        assertThrows(RuntimeException.class, () -> run("--spring.jpa.properties.hibernate.fkguard.mode=strict").close());
        String printed = output.getAll();
        // Only the failure analysis counts: the exception's message is in the log whether or not it is analysed.
        int banner = printed.indexOf("APPLICATION FAILED TO START");
        assertTrue(banner >= 0, printed);
        String analysis = printed.substring(banner);
        int description = analysis.indexOf("Description:");
        int problem = analysis.indexOf("hibernate.fkguard.mode: invalid value 'strict'; valid values: fail, warn, off");
        int action = analysis.indexOf("Action:");
        assertTrue(description >= 0 && description < problem && problem < action, analysis);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The level Spring Boot's console pattern prints (time, level, pid, …) on the one line holding {@code part}. */
    private static String levelOfTheLineWith(String printed, String part) {
        List<String> lines = printed.lines().filter(line -> line.contains(part)).toList();
        assertEquals(1, lines.size(), printed);
        String[] fields = lines.get(0).trim().split("\\s+");
        assertTrue(fields.length > 2, lines.get(0));
        return fields[1];
    }

    /** The drifted schema is created by Spring Boot's own SQL initialization, before JPA starts. */
    private static ConfigurableApplicationContext run(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.sql.init.mode=always",
                "--spring.sql.init.schema-locations=classpath:drifted-schema.sql",
                "--spring.jpa.hibernate.ddl-auto=none",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return SpringApplication.run(ShopApplication.class, args.toArray(String[]::new));
    }
}
