package dev.fkguard.example;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The guard's verdict on the drifted shop (db/shop-schema.sql): every planted drift is reported by the rule
 * meant to catch it, at the right column. Needs the guard's Integrator in hibernate-fk-guard.
 */
class ShopDriftReportTest {

    /** One planted drift: the rule that must fire and the FK column it must name (table.column). */
    record PlantedDrift(String ruleId, String column) {

        boolean reportedIn(String output) {
            String tag = "[" + ruleId + "]";
            String where = column.toLowerCase(Locale.ROOT);
            return output.lines().anyMatch(line -> line.contains(tag) && line.toLowerCase(Locale.ROOT).contains(where));
        }
    }

    static final List<PlantedDrift> PLANTED = List.of(
            new PlantedDrift("delete-rule-mismatch", "order_items.order_id"),        // DRIFT 1: forgotten CASCADE
            new PlantedDrift("column-type-mismatch", "reviews.product_id"),          // DRIFT 2: INT -> BIGINT
            new PlantedDrift("missing-foreign-key", "order_coupons.coupon_id"),      // DRIFT 3
            new PlantedDrift("unexpected-foreign-key", "coupons.issued_to_customer_id"), // DRIFT 4: stale FK
            new PlantedDrift("set-null-on-required-column", "reviews.customer_id"),  // DRIFT 5
            new PlantedDrift("delete-rule-mismatch", "orders.customer_id"),          // DRIFT 6: DB-only CASCADE
            new PlantedDrift("foreign-key-target-mismatch", "order_coupons.order_id")); // DRIFT 7

    static final List<String> RULE_IDS = List.of(
            "[missing-foreign-key]",
            "[delete-rule-mismatch]",
            "[column-type-mismatch]",
            "[set-null-on-required-column]",
            "[unexpected-foreign-key]",
            "[foreign-key-target-mismatch]");

    @Test
    void warnModeReportsEveryDriftAndStarts() {
        AppRun run = AppRun.of("--mode", "warn");
        assertEquals(0, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("Hibernate started"), run.transcript());
        assertReportsEveryDrift(run.all(), run);
    }

    @Test
    void failModeRefusesStartupWithTheReportAndNoStackTrace() {
        AppRun run = AppRun.of("--mode", "fail");
        assertEquals(1, run.exitCode(), run.transcript());
        assertFalse(run.out().contains("Hibernate started"), run.transcript());
        assertReportsEveryDrift(run.all(), run);
        // The ERROR findings are in the exception message itself, which the app prints to stderr.
        assertAll(PLANTED.stream()
                .filter(drift -> !drift.ruleId().equals("unexpected-foreign-key")
                        && !drift.column().equals("orders.customer_id"))
                .map(drift -> (Executable) () -> assertTrue(drift.reportedIn(run.err()),
                        drift + " not in the exception message\n" + run.transcript())));
        assertFalse(run.all().contains("\tat "), "no stack trace\n" + run.transcript());
    }

    @Test
    void offModeReportsNothing() {
        AppRun run = AppRun.of("--mode", "off");
        assertEquals(0, run.exitCode(), run.transcript());
        RULE_IDS.forEach(id -> assertFalse(run.all().contains(id), id + "\n" + run.transcript()));
    }

    private static void assertReportsEveryDrift(String output, AppRun run) {
        assertAll(RULE_IDS.stream().map(id -> (Executable) () ->
                assertTrue(output.contains(id), id + " missing\n" + run.transcript())));
        assertAll(PLANTED.stream().map(drift -> (Executable) () ->
                assertTrue(drift.reportedIn(output), drift + " not reported\n" + run.transcript())));
    }
}
