package dev.fkguard.quarkus;

import dev.fkguard.FkGuardDriftException;
import dev.fkguard.quarkus.app.Customer;
import dev.fkguard.quarkus.app.CustomerOrder;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Quarkus application over PostgreSQL whose migration forgot ON DELETE CASCADE: in the default mode (fail)
 * the guard stops startup with its own exception and message. QuarkusUnitTest, since a {@code @QuarkusTest}
 * cannot observe its own application failing to start.
 */
@Tag("quarkus-unit-test")
class DriftStopsStartupOnPostgresTest {

    private static final PostgresWithSchema POSTGRES = PostgresWithSchema.start("drifted-schema.sql");

    @RegisterExtension
    static final QuarkusUnitTest APP = withDatasource(new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Customer.class, CustomerOrder.class)))
            .assertException(DriftStopsStartupOnPostgresTest::isTheGuardsDriftFailure);

    private static QuarkusUnitTest withDatasource(QuarkusUnitTest test) {
        test.overrideConfigKey("quarkus.devservices.enabled", "false")
                .overrideConfigKey("quarkus.datasource.db-kind", "postgresql");
        POSTGRES.datasource().forEach(test::overrideConfigKey);
        return test;
    }

    private static void isTheGuardsDriftFailure(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        // By name: the exception comes from the application's class loader, not the test's.
        Optional<Throwable> drift = chain.stream()
                .filter(t -> t.getClass().getName().equals(FkGuardDriftException.class.getName())).findFirst();
        if (drift.isEmpty()) {
            fail("startup failed, but not with the guard's drift exception: " + chain);
        }
        String message = drift.get().getMessage();
        assertTrue(message.startsWith("hibernate-fk-guard [drift]: 1 finding comparing the mapping with PostgreSQL"),
                message);
        assertTrue(message.contains("ERROR [delete-rule-mismatch] orders.customer_id → customers.id: DB rule NO"
                + " ACTION, mapping @OnDelete(CASCADE)"), message);
        assertTrue(message.contains("to start anyway set hibernate.fkguard.mode=warn"), message);
    }

    @AfterAll
    static void stopPostgres() {
        POSTGRES.close();
    }

    @Test
    void theGuardStopsStartup() {
        fail("the application must not start on a drifted schema");
    }
}
