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

    /**
     * One planted drift: the rule that must fire, its severity, and the FK column (table.column) or table it must
     * name. ERRORs refuse startup in mode fail and are in the exception message.
     */
    record PlantedDrift(String ruleId, String severity, String column) {

        boolean error() {
            return severity.equals("ERROR");
        }

        /** A line of the report that names this rule at this severity and this column or table. */
        boolean reportedIn(String output) {
            String tag = severity + " [" + ruleId + "]";
            String where = column.toLowerCase(Locale.ROOT);
            return output.lines().anyMatch(line -> line.contains(tag) && line.toLowerCase(Locale.ROOT).contains(where));
        }
    }

    static final List<PlantedDrift> PLANTED = List.of(
            new PlantedDrift("delete-rule-mismatch", "ERROR", "order_items.order_id"),   // DRIFT 1: forgotten CASCADE
            new PlantedDrift("column-type-mismatch", "ERROR", "reviews.product_id"),     // DRIFT 2: INT -> BIGINT
            new PlantedDrift("missing-foreign-key", "ERROR", "order_coupons.coupon_id"), // DRIFT 3
            new PlantedDrift("unexpected-foreign-key", "WARNING", "coupons.issued_to_customer_id"), // DRIFT 4: stale FK
            new PlantedDrift("set-null-on-required-column", "ERROR", "reviews.customer_id"), // DRIFT 5
            new PlantedDrift("delete-rule-mismatch", "WARNING", "orders.customer_id"),    // DRIFT 6: DB-only CASCADE
            new PlantedDrift("foreign-key-target-mismatch", "ERROR", "order_coupons.order_id"), // DRIFT 7
            new PlantedDrift("update-rule-mismatch", "WARNING", "products.category_id"),  // DRIFT 8: ON UPDATE CASCADE
            new PlantedDrift("nullability-mismatch", "WARNING", "order_items.product_id"), // DRIFT 9: lost NOT NULL
            new PlantedDrift("soft-delete-hard-cascade", "WARNING", "products"));         // DRIFT 10: mapping pitfall

    /**
     * The drifts only a change to the mapping (or the soft-delete path), or accepting them, fixes: no DDL statement
     * can, or (DRIFT 6, the database's own CASCADE; DRIFT 8, its ON UPDATE CASCADE, which no mapping can state) the
     * only statement would weaken the database, so the migration leaves it out.
     */
    static final List<PlantedDrift> MAPPING_ONLY = List.of(PLANTED.get(5), PLANTED.get(7), PLANTED.get(9));

    static final List<String> RULE_IDS = List.of(
            "[missing-foreign-key]",
            "[delete-rule-mismatch]",
            "[column-type-mismatch]",
            "[set-null-on-required-column]",
            "[unexpected-foreign-key]",
            "[foreign-key-target-mismatch]",
            "[update-rule-mismatch]",
            "[nullability-mismatch]",
            "[soft-delete-hard-cascade]");

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
                .filter(PlantedDrift::error)
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
