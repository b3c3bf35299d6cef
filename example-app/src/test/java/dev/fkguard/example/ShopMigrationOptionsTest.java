package dev.fkguard.example;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --migration-format} prints the guard's migration; {@code --apply-migration} proves it on the demo shop. */
class ShopMigrationOptionsTest {

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
        assertTrue(run.out().contains("----- V1__fix_foreign_keys.sql -----"), run.out());
    }

    @Test
    void printsALiquibaseChangelog() {
        AppRun run = AppRun.of("--migration-format", "liquibase");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("databaseChangeLog:"), run.out());
        assertTrue(run.out().contains("addForeignKeyConstraint:"), run.out());
    }

    @Test
    void applyingTheMigrationToTheDemoShopLeavesNoDrift() {
        AppRun run = AppRun.of("--apply-migration");
        assertEquals(0, run.exitCode(), run.err());
        int applied = run.out().indexOf("Applied ");
        assertTrue(applied > 0, run.out());
        assertTrue(run.out().substring(applied).contains("hibernate-fk-guard: mapping and H2 schema PUBLIC agree"),
                run.out());
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
