package dev.fkguard.cli;

import dev.fkguard.cli.CliProcess.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar on the Maven plugin's Flyway + H2 sample projects: their compiled classes, and H2 file databases made
 * from their own migrations. Clean agrees (0), the planted drift is found (1), a connection refused is 2. The build
 * runs it twice: with the projects' Hibernate 6.6, and with Hibernate 7 in its place.
 */
class CliSampleProjectsTest {

    /** The drift planted in flyway-h2-drift (and flyway-postgresql-drift): the key does not cascade. */
    static final String PLANTED = "ERROR [delete-rule-mismatch] purchase_orders.customer_id → customers.id: DB rule"
            + " NO ACTION, mapping @OnDelete(CASCADE)";

    /** The Hibernate on the projects' class path (6.6, or 7 in the build's second run): the one the jar must use. */
    private static final String HIBERNATE = System.getProperty("fkguard.cli.hibernate", "6.6.");

    @TempDir
    static Path shared;
    private static String cleanClassPath;
    private static String driftClassPath;
    private static String cleanUrl;
    private static String driftUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void projectsAndTheirDatabases() throws Exception {
        SampleProject clean = SampleProject.named("flyway-h2-clean");
        SampleProject drift = SampleProject.named("flyway-h2-drift");
        cleanClassPath = clean.build(shared.resolve("clean"));
        driftClassPath = drift.build(shared.resolve("drift"));
        cleanUrl = "jdbc:h2:file:" + shared.resolve("clean/db").toAbsolutePath();
        driftUrl = "jdbc:h2:file:" + shared.resolve("drift/db").toAbsolutePath();
        clean.migrate(cleanUrl, "sa", "");
        drift.migrate(driftUrl, "sa", "");
    }

    private Run check(String url, String user, String classPath) throws Exception {
        return CliProcess.run(dir, Map.of(), "check", "--jdbc-url", url, "--user", user, "--classpath", classPath);
    }

    @Test
    void theCleanProjectAgrees() throws Exception {
        Run run = check(cleanUrl, "sa", cleanClassPath);
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.err().contains("reading the mapping with the project's Hibernate ORM " + HIBERNATE),
                run.both());
        assertTrue(run.out().contains("hibernate-fk-guard: mapping and H2 schema PUBLIC agree (1 mapped foreign key"
                + " checked)"), run.both());
        assertFalse(run.err().contains("SLF4J"), run.both());
    }

    @Test
    void thePlantedDriftExitsOneWithTheFinding() throws Exception {
        Run run = check(driftUrl, "sa", driftClassPath);
        assertEquals(1, run.exit(), run.both());
        assertTrue(run.out().contains("hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2 schema"
                + " PUBLIC"), run.both());
        assertTrue(run.out().contains(PLANTED), run.both());
        assertTrue(run.out().contains("ON DELETE CASCADE"), run.both());
        assertFalse(run.both().contains("hibernate.fkguard."), run.both());
    }

    @Test
    void aConnectionRefusedIsExitTwoWithAFix() throws Exception {
        Run run = check(cleanUrl, "intruder", cleanClassPath);
        assertEquals(2, run.exit(), run.both());
        assertTrue(run.err().contains("hibernate-fk-guard [database-unreachable]: could not connect to " + cleanUrl
                + ": Wrong user name or password"), run.both());
        assertTrue(run.err().contains("\nFix: check the JDBC URL, user and password (--jdbc-url, --user,"
                + " --password-env)"), run.both());
        assertFalse(run.err().contains("\tat "), run.both());
    }
}
