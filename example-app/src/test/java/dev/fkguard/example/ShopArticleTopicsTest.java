package dev.fkguard.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fkguard.example.shop.Category;
import dev.fkguard.example.shop.Customer;
import dev.fkguard.example.shop.Order;
import dev.fkguard.example.shop.OrderItem;
import dev.fkguard.example.shop.OrderStatus;
import dev.fkguard.example.shop.Product;
import dev.fkguard.example.shop.Review;
import dev.fkguard.example.shop.Shipment;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The field manual's topics beyond the planted drift: composite key, relations without a key, soft delete,
 * Envers audit tables, the bulk load. Each is checked on the drifted demo schema and, where it matters, on the
 * schema Hibernate creates from the mapping.
 */
class ShopArticleTopicsTest {

    private static final List<String> AUDIT_TABLES = List.of("orders_aud", "revinfo");

    @Nested
    class OnTheDriftedShop {

        @Test
        void reportsNothingBeyondThePlantedDrift() throws SQLException {
            try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create()) {
                Report report = ShopMigration.check(database.connectionSettings());
                List<String> rules = report.findings().stream().map(f -> f.rule().value()).sorted().toList();
                List<String> expected = new ArrayList<>(ShopDriftReportTest.PLANTED.stream()
                        .map(ShopDriftReportTest.PlantedDrift::ruleId).toList());
                // DRIFT 6's database cascade also makes deleting a customer reach order_items (depth 2).
                expected.add("cascade-delete-fan-out");
                assertEquals(expected.stream().sorted().toList(), rules, describe(report));
            }
        }

        @Test
        void theEnversTablesAndTheirKeyCauseNoFinding() throws SQLException {
            try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create();
                 Connection connection = connect(database.connectionSettings())) {
                assertEquals(List.of("REV -> REVINFO.REV"), importedKeys(connection.getMetaData(), "ORDERS_AUD"));
                Report report = ShopMigration.check(database.connectionSettings());
                assertNoFindingOn(report, AUDIT_TABLES);
            }
        }

        @Test
        void theCompositeKeyIsInPlaceAndAccepted() throws SQLException {
            try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create();
                 Connection connection = connect(database.connectionSettings())) {
                assertEquals(List.of("ORDER_ID -> ORDER_ITEMS.ORDER_ID", "ITEM_ID -> ORDER_ITEMS.ID"),
                        importedKeys(connection.getMetaData(), "SHIPMENTS"));
                assertNoFindingOn(ShopMigration.check(database.connectionSettings()), List.of("shipments"));
            }
        }

        @Test
        void relationsWithoutAKeyAreAcceptedUntilTheDataIsChecked() throws SQLException {
            try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create();
                 Connection connection = connect(database.connectionSettings())) {
                assertEquals(List.of(), importedKeys(connection.getMetaData(), "ORDER_EVENTS"));
                assertEquals(List.of(), importedKeys(connection.getMetaData(), "CUSTOMERS"));
                Report plain = ShopMigration.check(database.connectionSettings());
                assertNoFindingOn(plain, List.of("order_events", "crm_account_id"));

                Report checked = ShopMigration.check(database.connectionSettings(), true);
                List<Finding> orphans = checked.findings().stream()
                        .filter(f -> f.rule().value().equals("orphaned-rows")).toList();
                assertEquals(1, orphans.size(), describe(checked));
                Finding events = orphans.get(0);
                assertEquals("order_events.order_id → orders.id", events.location().describe().toLowerCase(Locale.ROOT));
                assertTrue(events.message().startsWith("2 rows of order_events"), events.message());
                assertTrue(events.fix().contains("NOT EXISTS (SELECT 1 FROM \"PUBLIC\".\"ORDERS\" p"), events.fix());
            }
        }
    }

    @Nested
    class OnTheSchemaHibernateCreates {

        @Test
        void onlyTheSoftDeletePitfallIsReportedAndNothingOnTheAuditTables() throws SQLException {
            ConnectionSettings settings = freshDatabase();
            try (Connection keepAlive = connect(settings)) {
                createShop(settings).close();
                Report report = ShopMigration.check(settings);
                assertEquals(List.of("soft-delete-hard-cascade"),
                        report.findings().stream().map(f -> f.rule().value()).toList(), describe(report));
                assertNoFindingOn(report, AUDIT_TABLES);
                assertTrue(importedKeys(keepAlive.getMetaData(), "ORDERS_AUD").contains("REV -> REVINFO.REV"));
            }
        }

        @Test
        void enversWritesTheAuditTrailOfAnOrder() throws SQLException {
            ConnectionSettings settings = freshDatabase();
            try (Connection keepAlive = connect(settings); SessionFactory shop = createShop(settings)) {
                shop.inTransaction(session -> {
                    Customer customer = new Customer("Grace Hopper", "grace@example.org");
                    session.persist(customer);
                    session.persist(new Order(customer, LocalDateTime.of(2026, 3, 1, 9, 0), OrderStatus.NEW));
                });
                assertEquals(1, count(keepAlive, "SELECT COUNT(*) FROM orders_aud"));
                assertEquals(1, count(keepAlive, "SELECT COUNT(*) FROM revinfo"));
            }
        }

        @Test
        void softDeletingAProductLeavesItsReviewsBehind() throws SQLException {
            ConnectionSettings settings = freshDatabase();
            try (Connection keepAlive = connect(settings); SessionFactory shop = createShop(settings)) {
                Long productId = shop.fromTransaction(session -> {
                    Customer customer = new Customer("Alan Turing", "alan@example.org");
                    Product product = new Product("Kettle", new Category("Kitchen", null), new BigDecimal("39.00"), 3);
                    session.persist(customer);
                    session.persist(product.getCategory());
                    session.persist(product);
                    session.persist(new Review(product, customer, 5, "boils", LocalDateTime.of(2026, 3, 1, 9, 0)));
                    return product.getId();
                });
                shop.inTransaction(session -> session.remove(session.find(Product.class, productId)));
                // The UPDATE of @SQLDelete: the row stays, so ON DELETE CASCADE never reached the review.
                assertEquals(1, count(keepAlive, "SELECT COUNT(*) FROM products WHERE deleted"));
                assertEquals(1, count(keepAlive, "SELECT COUNT(*) FROM reviews WHERE product_id = " + productId));
            }
        }

        @Test
        void aShipmentReferencesALineOfItsOwnOrderOnly() throws SQLException {
            ConnectionSettings settings = freshDatabase();
            try (Connection keepAlive = connect(settings); SessionFactory shop = createShop(settings)) {
                Long[] ids = shop.fromTransaction(session -> {
                    Customer customer = new Customer("Edsger Dijkstra", "edsger@example.org");
                    Product product = new Product("Mug", null, new BigDecimal("9.50"), 20);
                    Order first = new Order(customer, LocalDateTime.of(2026, 3, 1, 9, 0), OrderStatus.PAID);
                    Order second = new Order(customer, LocalDateTime.of(2026, 3, 2, 9, 0), OrderStatus.PAID);
                    OrderItem line = first.addItem(product, 2);
                    second.addItem(product, 1);
                    session.persist(customer);
                    session.persist(product);
                    session.persist(first);
                    session.persist(second);
                    session.persist(new Shipment(line, "TRACK-1", LocalDateTime.of(2026, 3, 3, 9, 0)));
                    return new Long[] {first.getId(), second.getId(), line.getId()};
                });
                assertEquals(1, count(keepAlive, "SELECT COUNT(*) FROM shipments WHERE order_id = " + ids[0]));
                // The line exists, but belongs to the first order: the composite key refuses the pair.
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> {
                    try (Statement sql = keepAlive.createStatement()) {
                        sql.execute("INSERT INTO shipments (order_id, item_id, tracking_number, shipped_at) VALUES ("
                                + ids[1] + ", " + ids[2] + ", 'TRACK-2', CURRENT_TIMESTAMP)");
                    }
                });
                assertTrue(refused.getMessage().toUpperCase(Locale.ROOT).contains("FK_SHIPMENTS_ORDER_ITEM"),
                        refused.getMessage());
            }
        }
    }

    @Test
    void theBulkLoadDemoFindsTheRowsLoadedWithChecksOff() {
        AppRun run = AppRun.of("--bulk-load-demo");
        assertEquals(0, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("SET REFERENTIAL_INTEGRITY FALSE"), run.transcript());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("ERROR [orphaned-rows] order_items.order_id")
                && line.contains("3 rows of order_items")), run.transcript());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("[orphaned-rows] order_events.order_id")),
                run.transcript());
        assertTrue(run.out().contains(BulkLoadDemo.LESSON), run.transcript());
        assertTrue(run.out().contains("foreign-key-not-enforced"), run.transcript());
    }

    @Test
    void theBulkLoadDemoRefusesAnExternalDatabase() {
        AppRun run = AppRun.of("--bulk-load-demo", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/shop");
        assertEquals(2, run.exitCode(), run.transcript());
        assertTrue(run.err().contains("--bulk-load-demo writes orphaned rows"), run.transcript());
    }

    @Test
    void dataChecksAtStartupShowTheOrphanedEvents() {
        AppRun run = AppRun.of("--data-checks");
        assertEquals(0, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("data:     data checks on"), run.transcript());
        assertTrue(run.all().lines().anyMatch(line -> line.contains("WARNING [orphaned-rows] order_events.order_id")
                && line.contains("2 rows of order_events") && line.contains("SELECT c.* FROM")), run.transcript());
        assertFalse(run.all().contains("[orphaned-rows] order_items"), run.transcript());
    }

    private static void assertNoFindingOn(Report report, List<String> names) {
        for (Finding finding : report.findings()) {
            String where = (finding.location().describe() + " " + finding.message()).toLowerCase(Locale.ROOT);
            names.forEach(name -> assertFalse(where.contains(name), name + " in " + finding.format()));
        }
    }

    private static String describe(Report report) {
        StringBuilder text = new StringBuilder();
        report.findings().forEach(f -> text.append(f.severity()).append(' ').append(f.format()).append('\n'));
        return text.toString();
    }

    private static ConnectionSettings freshDatabase() {
        return new ConnectionSettings("jdbc:h2:mem:topics_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static SessionFactory createShop(ConnectionSettings settings) {
        return ShopSessionFactory.build(settings, GuardMode.OFF, true, Optional.empty(), false);
    }

    private static Connection connect(ConnectionSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** "COLUMN -> TABLE.COLUMN" per column of each foreign key of {@code table}, in key order. */
    private static List<String> importedKeys(DatabaseMetaData meta, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                keys.add(rs.getString("FKCOLUMN_NAME") + " -> " + rs.getString("PKTABLE_NAME") + "."
                        + rs.getString("PKCOLUMN_NAME"));
            }
        }
        return keys;
    }
}
