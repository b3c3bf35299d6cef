package dev.fkguard.quarkus;

import dev.fkguard.junit.FkGuardAssertions;
import dev.fkguard.quarkus.app.Customer;
import dev.fkguard.quarkus.app.CustomerOrder;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same drift on H2, with {@code hibernate.fkguard.mode=warn} passed through
 * {@code quarkus.hibernate-orm.unsupported-properties}: the application starts and the guard logs the finding, at
 * ERROR (its severity); a test assertion on the running factory still fails on it.
 */
@Tag("quarkus-unit-test")
// QuarkusUnitTest creates the test through CDI; on 3.33 it found no bean for it without these two.
@Dependent
@Unremovable
class WarnModeOnH2Test {

    private static final String FINDING = "ERROR [delete-rule-mismatch] orders.customer_id → customers.id";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Customer.class, CustomerOrder.class, WarnModeOnH2Test.class)
                    .addAsResource("drifted-schema.sql"))
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("quarkus.datasource.db-kind", "h2")
            .overrideConfigKey("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;INIT=RUNSCRIPT FROM 'classpath:drifted-schema.sql'")
            .overrideConfigKey("quarkus.hibernate-orm.unsupported-properties.\"hibernate.fkguard.mode\"", "warn")
            .setLogRecordPredicate(record -> "dev.fkguard".equals(record.getLoggerName()))
            .assertLogRecords(records -> {
                LogRecord report = records.stream().filter(r -> r.getMessage().contains(FINDING)).findFirst()
                        .orElseThrow(() -> new AssertionError("no log record with the finding: " + records));
                assertEquals(Level.SEVERE.intValue(), report.getLevel().intValue(), report.getLevel() + " " + report.getMessage());
            });

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theApplicationStartsAndTheAssertionStillFails() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> FkGuardAssertions.assertNoDrift(entityManagerFactory));
        assertTrue(error.getMessage().contains(FINDING), error.getMessage());
    }
}
