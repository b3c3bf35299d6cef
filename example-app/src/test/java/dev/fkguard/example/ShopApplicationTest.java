package dev.fkguard.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The example app without the guard's verdict: schema script, bootstrap, options, exit codes. */
class ShopApplicationTest {

    /** The shop's tables, Envers' two audit tables included, sorted. */
    static final List<String> SHOP_TABLES = List.of("categories", "coupons", "customers", "order_coupons",
            "order_events", "order_items", "orders", "orders_aud", "products", "reviews", "revinfo", "shipments");

    /** Ten shop entities and Envers' revision entity. */
    static final String STARTED = "Hibernate started: 11 entities mapped.";

    @Nested
    class DriftedSchemaScript {

        /** What H2 reports for one foreign key column (JDBC getImportedKeys). */
        record ImportedKey(String column, String targetTable, String targetColumn, int deleteRule) {
        }

        @Test
        void createsAllShopTables() throws SQLException {
            try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create();
                 Connection connection = connect(database)) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertEquals(SHOP_TABLES, tables.stream().sorted().toList());
            }
        }

        @Test
        void plantsEveryDriftItsCommentsClaim() throws SQLException {
            try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create();
                 Connection connection = connect(database)) {
                DatabaseMetaData meta = connection.getMetaData();

                // DRIFT 1: the cascade on order_items.order_id was forgotten.
                assertEquals(DatabaseMetaData.importedKeyNoAction,
                        key(meta, "ORDER_ITEMS", "ORDER_ID").orElseThrow().deleteRule());
                // DRIFT 2: INT referencing BIGINT.
                assertEquals("INTEGER", columnType(meta, "REVIEWS", "PRODUCT_ID"));
                assertEquals("BIGINT", columnType(meta, "PRODUCTS", "ID"));
                assertEquals("PRODUCTS", key(meta, "REVIEWS", "PRODUCT_ID").orElseThrow().targetTable());
                // DRIFT 3: no constraint on order_coupons.coupon_id.
                assertEquals(Optional.empty(), key(meta, "ORDER_COUPONS", "COUPON_ID"));
                // DRIFT 4: a foreign key on a column no entity maps.
                assertEquals("CUSTOMERS", key(meta, "COUPONS", "ISSUED_TO_CUSTOMER_ID").orElseThrow().targetTable());
                // DRIFT 5: SET NULL on a NOT NULL column.
                assertEquals(DatabaseMetaData.importedKeySetNull,
                        key(meta, "REVIEWS", "CUSTOMER_ID").orElseThrow().deleteRule());
                assertFalse(isNullable(meta, "REVIEWS", "CUSTOMER_ID"));
                // DRIFT 6: a database cascade the mapping does not know.
                assertEquals(DatabaseMetaData.importedKeyCascade,
                        key(meta, "ORDERS", "CUSTOMER_ID").orElseThrow().deleteRule());
                // DRIFT 7: the junction points at the wrong table.
                assertEquals("ORDER_ITEMS", key(meta, "ORDER_COUPONS", "ORDER_ID").orElseThrow().targetTable());
                // DRIFT 8: ON UPDATE CASCADE on products.category_id.
                assertEquals(DatabaseMetaData.importedKeyCascade, updateRule(meta, "PRODUCTS", "CATEGORY_ID"));
                // DRIFT 9: a required association over a nullable column.
                assertTrue(isNullable(meta, "ORDER_ITEMS", "PRODUCT_ID"));
                // DRIFT 10 is in the mapping: reviews keep their CASCADE to the soft-deleted products.
                assertEquals(DatabaseMetaData.importedKeyCascade,
                        key(meta, "REVIEWS", "PRODUCT_ID").orElseThrow().deleteRule());
            }
        }

        @Test
        void keepsTheUndriftedRulesOfTheFieldManual() throws SQLException {
            try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create();
                 Connection connection = connect(database)) {
                DatabaseMetaData meta = connection.getMetaData();
                assertEquals(new ImportedKey("PRODUCT_ID", "PRODUCTS", "ID", DatabaseMetaData.importedKeyRestrict),
                        key(meta, "ORDER_ITEMS", "PRODUCT_ID").orElseThrow());
                assertEquals(new ImportedKey("CATEGORY_ID", "CATEGORIES", "ID", DatabaseMetaData.importedKeySetNull),
                        key(meta, "PRODUCTS", "CATEGORY_ID").orElseThrow());
                assertEquals(new ImportedKey("PRODUCT_ID", "PRODUCTS", "ID", DatabaseMetaData.importedKeyCascade),
                        key(meta, "REVIEWS", "PRODUCT_ID").orElseThrow());
                assertEquals("CATEGORIES", key(meta, "CATEGORIES", "PARENT_CATEGORY_ID").orElseThrow().targetTable());
            }
        }

        @Test
        void closingDropsTheDatabaseSoTheScriptRunsAgain() throws SQLException {
            EmbeddedShopDatabase.create().close();
            EmbeddedShopDatabase.create().close();
        }

        private Connection connect(EmbeddedShopDatabase database) throws SQLException {
            ConnectionSettings settings = database.connectionSettings();
            return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        }

        private Optional<ImportedKey> key(DatabaseMetaData meta, String table, String column) throws SQLException {
            try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    if (rs.getString("FKCOLUMN_NAME").equals(column)) {
                        return Optional.of(new ImportedKey(column, rs.getString("PKTABLE_NAME"),
                                rs.getString("PKCOLUMN_NAME"), rs.getInt("DELETE_RULE")));
                    }
                }
            }
            return Optional.empty();
        }

        private int updateRule(DatabaseMetaData meta, String table, String column) throws SQLException {
            try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    if (rs.getString("FKCOLUMN_NAME").equals(column)) {
                        return rs.getInt("UPDATE_RULE");
                    }
                }
            }
            throw new AssertionError("no key on " + table + "." + column);
        }

        private String columnType(DatabaseMetaData meta, String table, String column) throws SQLException {
            try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, column)) {
                assertTrue(rs.next(), table + "." + column);
                return rs.getString("TYPE_NAME");
            }
        }

        private boolean isNullable(DatabaseMetaData meta, String table, String column) throws SQLException {
            try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, column)) {
                assertTrue(rs.next(), table + "." + column);
                return rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
            }
        }
    }

    @Nested
    class CommandLine {

        @Test
        void helpPrintsUsageAndExitsZero() {
            AppRun run = AppRun.of("--help");
            assertEquals(0, run.exitCode(), run.transcript());
            assertTrue(run.out().contains("Usage: java -jar example-app.jar"), run.transcript());
            assertTrue(run.out().contains("--mode fail|warn|off"), run.transcript());
            assertFalse(run.out().contains("Hibernate started"), run.transcript());
        }

        @Test
        void unknownOptionPrintsUsageAndExitsTwo() {
            AppRun run = AppRun.of("--frobnicate");
            assertEquals(2, run.exitCode(), run.transcript());
            assertTrue(run.err().contains("unknown option '--frobnicate'"), run.transcript());
            assertTrue(run.err().contains("Usage:"), run.transcript());
        }

        @Test
        void unknownModeExitsTwo() {
            AppRun run = AppRun.of("--mode", "loud");
            assertEquals(2, run.exitCode(), run.transcript());
            assertTrue(run.err().contains("--mode must be one of fail|warn|off, not 'loud'"), run.transcript());
        }

        @Test
        void optionWithoutValueExitsTwo() {
            AppRun run = AppRun.of("--mode");
            assertEquals(2, run.exitCode(), run.transcript());
            assertTrue(run.err().contains("--mode needs a value"), run.transcript());
        }

        @Test
        void initSchemaWithoutExternalDatabaseExitsTwo() {
            AppRun run = AppRun.of("--init-schema");
            assertEquals(2, run.exitCode(), run.transcript());
            assertTrue(run.err().contains("need --jdbc-url"), run.transcript());
        }

        @Test
        void parsesBothSpellingsOfValues() throws UsageException {
            ShopOptions options = ShopOptions.parse(List.of("--mode=fail", "--jdbc-url", "jdbc:postgresql://db/shop",
                    "--user=shop", "--password", "s3cret", "--init-schema"));
            assertEquals(new ShopOptions(GuardMode.FAIL, Optional.of("jdbc:postgresql://db/shop"),
                    Optional.of("shop"), Optional.of("s3cret"), true, false), options);
        }

        @Test
        void defaultsToWarnOnTheEmbeddedShop() throws UsageException {
            ShopOptions options = ShopOptions.parse(List.of());
            assertEquals(GuardMode.WARN, options.mode());
            assertTrue(options.usesEmbeddedDatabase());
        }
    }

    @Nested
    class Startup {

        @Test
        void modeOffStartsHibernateOnTheDriftedShop() {
            AppRun run = AppRun.of("--mode", "off");
            assertEquals(0, run.exitCode(), run.transcript());
            assertTrue(run.out().contains(STARTED), run.transcript());
            assertTrue(run.out().contains("mode off"), run.transcript());
            assertFalse(run.all().contains("[delete-rule-mismatch]"), "mode off checks nothing\n" + run.transcript());
        }

        @Test
        void defaultModeWarnStartsAndExitsZero() {
            AppRun run = AppRun.of();
            assertEquals(0, run.exitCode(), run.transcript());
            assertTrue(run.out().contains(STARTED), run.transcript());
            assertTrue(run.out().contains("guard:    mode warn"), run.transcript());
        }

        @Test
        void externalDatabaseIsOnlyReadWithoutInitSchema() throws SQLException {
            String url = freshH2Url();
            try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
                AppRun run = AppRun.of("--mode", "off", "--jdbc-url", url, "--user", "sa");
                assertEquals(0, run.exitCode(), run.transcript());
                assertEquals(List.of(), tableNames(keepAlive));
            }
        }

        @Test
        void initSchemaCreatesTheShopFromTheMapping() throws SQLException {
            String url = freshH2Url();
            try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
                AppRun run = AppRun.of("--mode", "off", "--jdbc-url", url, "--user", "sa", "--init-schema");
                assertEquals(0, run.exitCode(), run.transcript());
                assertEquals(SHOP_TABLES, tableNames(keepAlive));
            }
        }

        @Test
        void unreachableDatabaseIsAnUnexpectedErrorWithExitTwo() {
            AppRun run = AppRun.of("--mode", "off", "--jdbc-url", "jdbc:h2:tcp://127.0.0.1:1/nowhere",
                    "--user", "sa");
            assertEquals(2, run.exitCode(), run.transcript());
            assertTrue(run.err().startsWith("error: "), run.transcript());
            assertFalse(run.all().contains("\tat "), "no stack trace\n" + run.transcript());
        }

        private String freshH2Url() {
            // The app shuts nothing down it did not create; this test keeps its own database alive.
            return "jdbc:h2:mem:external-" + UUID.randomUUID();
        }

        private List<String> tableNames(Connection connection) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return tables.stream().sorted().toList();
        }
    }

    @Test
    void messageChainNamesEveryCauseWithoutStackTraces() {
        Exception failure = new IllegalStateException("startup failed",
                new RuntimeException(new java.sql.SQLException("connection refused")));
        assertEquals("""
                java.lang.IllegalStateException: startup failed
                  caused by: java.lang.RuntimeException: java.sql.SQLException: connection refused
                  caused by: java.sql.SQLException: connection refused""".replace("\n", System.lineSeparator()),
                FailureMessages.messageChain(failure));
        assertEquals(Optional.empty(), FailureMessages.guardFailure(failure));
    }
}
