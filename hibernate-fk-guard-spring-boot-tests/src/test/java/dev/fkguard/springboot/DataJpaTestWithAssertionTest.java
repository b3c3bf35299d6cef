package dev.fkguard.springboot;

import dev.fkguard.junit.FkGuardAssertions;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/** The schema Hibernate creates for a @DataJpaTest passes the guard: the assertion as users would write it. */
@DataJpaTest
class DataJpaTestWithAssertionTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theGeneratedSchemaHasNoDrift() {
        FkGuardAssertions.assertNoDrift(entityManagerFactory);
    }
}
