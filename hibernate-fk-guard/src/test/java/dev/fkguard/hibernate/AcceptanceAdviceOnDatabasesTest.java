package dev.fkguard.hibernate;

import dev.fkguard.FkGuardSuppress;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finding the migration does not fix says where to accept it ("accept it with @FkGuardSuppress(…) on X"). Doing
 * exactly that must accept it: the place named is where the annotation works, for a key only the database has (the
 * entity) and for one a mapped association explains (the attribute).
 */
class AcceptanceAdviceOnDatabasesTest {

    private static final String CUSTOMERS = "CREATE TABLE acc_customers (id BIGINT NOT NULL PRIMARY KEY)";
    private static final String COUPONS = "CREATE TABLE acc_coupons (id BIGINT NOT NULL PRIMARY KEY,"
            + " issued_to_id BIGINT, CONSTRAINT fk_acc_coupons_issued FOREIGN KEY (issued_to_id)"
            + " REFERENCES acc_customers (id))";
    private static final String ORDERS = "CREATE TABLE acc_orders (id BIGINT NOT NULL PRIMARY KEY,"
            + " customer_id BIGINT, CONSTRAINT fk_acc_orders_customer FOREIGN KEY (customer_id)"
            + " REFERENCES acc_customers (id) ON UPDATE CASCADE)";

    @Entity(name = "AccCustomer")
    @Table(name = "acc_customers")
    static class AccCustomer {
        @Id
        Long id;
    }

    /** Maps no column of the database's key: the key is the database's alone. */
    @Entity(name = "AccCoupon")
    @Table(name = "acc_coupons")
    static class AccCoupon {
        @Id
        Long id;
    }

    @Entity(name = "AccSuppressedCoupon")
    @Table(name = "acc_coupons")
    @FkGuardSuppress(rules = "unexpected-foreign-key", reason = "the issuing feature is read by the reporting job")
    static class AccSuppressedCoupon {
        @Id
        Long id;
    }

    @Entity(name = "AccOrder")
    @Table(name = "acc_orders")
    static class AccOrder {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        AccCustomer customer;
    }

    @Entity(name = "AccSuppressedOrder")
    @Table(name = "acc_orders")
    static class AccSuppressedOrder {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        @FkGuardSuppress(rules = "update-rule-mismatch", reason = "the legacy importer renumbers customers")
        AccCustomer customer;
    }

    @AllDatabases
    void aKeyOnlyTheDatabaseHasIsAcceptedOnTheEntityTheAdviceNames(TestDatabase db) {
        db.execute(CUSTOMERS, COUPONS, "CREATE INDEX ix_acc_coupons_issued ON acc_coupons (issued_to_id)");
        Report report = GuardRun.check(db, AccCustomer.class, AccCoupon.class);
        Finding finding = single(report, "unexpected-foreign-key");
        assertAdvisedPlace(report, finding, "on AccCoupon or");

        Report accepted = GuardRun.check(db, AccCustomer.class, AccSuppressedCoupon.class);
        assertEquals(List.of(), GuardRun.lines(accepted));
        assertEquals(List.of("unexpected-foreign-key"), accepted.suppressed().stream()
                .map(s -> s.finding().rule().value()).toList());
    }

    @AllDatabases
    void aMappedKeysRuleIsAcceptedOnTheAttributeTheAdviceNames(TestDatabase db) {
        db.execute(CUSTOMERS, ORDERS, "CREATE INDEX ix_acc_orders_customer ON acc_orders (customer_id)");
        Report report = GuardRun.check(db, AccCustomer.class, AccOrder.class);
        Finding finding = single(report, "update-rule-mismatch");
        assertAdvisedPlace(report, finding, "on AccOrder.customer or");

        Report accepted = GuardRun.check(db, AccCustomer.class, AccSuppressedOrder.class);
        assertEquals(List.of(), GuardRun.lines(accepted));
        assertEquals(List.of("AccSuppressedOrder.customer"), accepted.suppressed().stream()
                .map(s -> s.suppression().source()).toList());
    }

    private static void assertAdvisedPlace(Report report, Finding finding, String place) {
        String advice = PlannedFixes.of(report).acceptance(finding).orElseThrow(() -> new AssertionError(
                "no acceptance advice for a finding the migration does not fix: " + finding.format()));
        assertTrue(advice.contains("@FkGuardSuppress(rules = \"" + finding.rule().value() + "\", reason = \"…\") "
                + place), advice);
    }

    private static Finding single(Report report, String rule) {
        List<Finding> findings = GuardRun.of(report, rule);
        assertEquals(1, findings.size(), GuardRun.lines(report)::toString);
        assertEquals(1, report.findings().size(), GuardRun.lines(report)::toString);
        return findings.get(0);
    }
}
