package dev.fkguard.example;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --migration-format} prints the guard's migration; {@code --apply-migration} proves it on the demo shop. */
class ShopMigrationOptionsTest {

    /** A finding line of the console report: "  WARNING [rule-id] ...". */
    private static final Pattern RULE_TAG = Pattern.compile("^\\s+(?:ERROR|WARNING|INFO) \\[([a-z-]+)]");

    @Test
    void printsThePlainSqlMigration() {
        AppRun run = AppRun.of("--migration-format", "sql");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("----- fkguard-migration.sql -----"), run.out());
        assertTrue(run.out().contains("ALTER TABLE order_coupons ADD CONSTRAINT fk_order_coupons_coupon FOREIGN KEY"
                + " (coupon_id) REFERENCES coupons (id);"), run.out());
        assertTrue(run.out().contains("ALTER TABLE reviews ALTER COLUMN product_id SET DATA TYPE BIGINT;"), run.out());
    }

    @Test
    void printsAFlywayMigrationWithAFixedVersion() {
        AppRun run = AppRun.of("--migration-format=flyway");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("----- V1__fkguard.sql -----"), run.out());
    }

    @Test
    void printsALiquibaseChangelog() {
        AppRun run = AppRun.of("--migration-format", "liquibase");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("databaseChangeLog:"), run.out());
        assertTrue(run.out().contains("addForeignKeyConstraint:"), run.out());
    }

    @Test
    void applyingTheMigrationToTheDemoShopLeavesOnlyTheDriftNoDdlFixes() {
        AppRun run = AppRun.of("--apply-migration");
        assertEquals(0, run.exitCode(), run.err());
        int applied = run.out().indexOf("Applied ");
        assertTrue(applied > 0, run.out());
        String after = run.out().substring(applied);
        // Every schema drift is gone; what remains is exactly the drift that only a mapping change fixes.
        List<String> remaining = after.lines()
                .map(line -> RULE_TAG.matcher(line))
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .toList();
        // The database's CASCADE of DRIFT 6 stays, and with it the INFO on how far deleting a customer cascades; so
        // does DRIFT 8's ON UPDATE CASCADE, which another writer may rely on.
        assertEquals(List.of("cascade-delete-fan-out", "delete-rule-mismatch", "soft-delete-hard-cascade",
                        "update-rule-mismatch"),
                remaining, after);
        assertAll(ShopDriftReportTest.MAPPING_ONLY.stream().map(drift -> (Executable) () ->
                assertTrue(drift.reportedIn(after), drift + "\n" + after)));
        assertTrue(after.contains("What remains has no schema fix: it needs a change to the mapping"), after);
    }

    @Test
    void theMigrationSaysWhatNoDdlFixes() {
        AppRun run = AppRun.of("--migration-format", "sql");
        assertEquals(0, run.exitCode(), run.err());
        // DRIFT 10 (soft delete), DRIFT 6 and 8 (the database's own CASCADE and ON UPDATE CASCADE: dropping either
        // would weaken the database) and the INFO on how far deleting a customer cascades.
        assertTrue(run.out().contains("4 finding(s) have no schema fix: see each Fix"), run.out());
        assertTrue(run.out().contains("ALTER TABLE order_items ALTER COLUMN product_id SET NOT NULL;"), run.out());
    }

    @Test
    void refusesToApplyToAnExternalDatabase() {
        AppRun run = AppRun.of("--apply-migration", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/shop");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--apply-migration changes only the embedded demo database"), run.err());
    }

    @Test
    void anUnknownFormatListsTheValidOnes() {
        AppRun run = AppRun.of("--migration-format", "csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--migration-format must be one of"), run.err());
    }
}
