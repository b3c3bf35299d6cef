package dev.fkguard.springboot;

import dev.fkguard.junit.FkGuardAssertions;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A @DataJpaTest over the migration's schema, guard in warn mode: the assertion is what fails the test. */
@DataJpaTest(properties = {
        "spring.sql.init.schema-locations=classpath:drifted-schema.sql",
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.jpa.properties.hibernate.fkguard.mode=warn"})
class DataJpaTestOnADriftedSchemaTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theAssertionListsTheDrift() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> FkGuardAssertions.assertNoDrift(entityManagerFactory));
        assertTrue(error.getMessage().contains("[delete-rule-mismatch] orders.customer_id → customers.id"),
                error.getMessage());
    }
}
