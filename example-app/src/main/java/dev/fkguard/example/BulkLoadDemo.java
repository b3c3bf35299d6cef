package dev.fkguard.example;

import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The field manual's bulk-load case on the embedded H2 shop: foreign key checks switched off for a fast load,
 * switched back on, and nobody re-checks the rows loaded in between. The guard's data checks do.
 */
final class BulkLoadDemo {

    /** An order id the demo data does not have: every line loaded for it is an orphan. */
    static final long MISSING_ORDER_ID = 9001;
    static final int ORPHANED_LINES = 3;

    static final String LESSON = """
            Lesson: switching the checks back on does not check the rows loaded while they were off. H2's
            SET REFERENTIAL_INTEGRITY TRUE and MySQL/MariaDB's SET foreign_key_checks = 1 both trust them; only
            PostgreSQL makes you choose (ALTER TABLE ... ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT,
            which checks every row). So verify before the checks go back on: run the guard with
            hibernate.fkguard.data-checks=true (or the SELECT shown in each finding) and load again or delete the
            orphans. On MySQL/MariaDB, a load that set the GLOBAL foreign_key_checks = 0 and never reset it leaves
            every new session unchecked: the guard reports that as foreign-key-not-enforced.""";

    private BulkLoadDemo() {
    }

    static int run(ConnectionSettings connection, PrintStream out) throws SQLException {
        try (Connection jdbc = DriverManager.getConnection(connection.url(), connection.user(), connection.password());
             Statement sql = jdbc.createStatement()) {
            sql.execute("INSERT INTO products (name, price, stock_quantity, deleted) VALUES ('Teapot', 24.90, 10, FALSE)");
            out.println("Bulk load: SET REFERENTIAL_INTEGRITY FALSE (H2's switch; MySQL/MariaDB: SET foreign_key_checks = 0)");
            sql.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (int line = 1; line <= ORPHANED_LINES; line++) {
                sql.execute("INSERT INTO order_items (order_id, product_id, quantity, subtotal) VALUES ("
                        + MISSING_ORDER_ID + ", 1, " + line + ", " + (line * 24.90) + ")");
            }
            out.println("Bulk load: inserted " + ORPHANED_LINES + " order_items rows for order " + MISSING_ORDER_ID
                    + ", which does not exist; nothing refused them");
            sql.execute("SET REFERENTIAL_INTEGRITY TRUE");
            out.println("Bulk load: SET REFERENTIAL_INTEGRITY TRUE; H2 does not re-check the rows already loaded");
        }
        out.println();
        out.println("The guard, with data checks on (only the orphaned-rows findings; the drift is as without the load):");
        Report report = ShopMigration.check(connection, true);
        List<Finding> orphans = report.findings().stream()
                .filter(finding -> finding.rule().value().equals("orphaned-rows"))
                .toList();
        orphans.forEach(finding -> out.println("  " + finding.severity() + " " + finding.format()));
        out.println();
        out.println(LESSON);
        return ShopApplication.EXIT_OK;
    }
}
