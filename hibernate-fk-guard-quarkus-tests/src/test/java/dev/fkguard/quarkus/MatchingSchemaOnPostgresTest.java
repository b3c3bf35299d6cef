package dev.fkguard.quarkus;

import dev.fkguard.junit.FkGuardAssertions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Quarkus application (quarkus-hibernate-orm, PostgreSQL) whose schema matches its mapping: it starts, the
 * guard's startup check ran and found nothing, and the guard captured the mapping for later assertions.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "schema", value = "matching-schema.sql"))
class MatchingSchemaOnPostgresTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    EntityManager entityManager;

    /** This start's own log file (see {@link EmbeddedPostgresResource}). */
    @ConfigProperty(name = "quarkus.log.file.path")
    String logFile;

    @Test
    void theApplicationStartsAndTheStartupCheckFoundNothing() throws IOException {
        assertEquals(0L, entityManager.createQuery("select count(c) from Customer c", Long.class).getSingleResult());
        String log = Files.readString(Path.of(logFile));
        assertTrue(log.lines().anyMatch(line -> line.contains(" INFO ") && line.contains("[dev.fkguard]")
                && line.contains("hibernate-fk-guard: mapping and PostgreSQL") && line.contains(" agree (")), log);
        FkGuardAssertions.assertNoDrift(entityManagerFactory);
    }
}
