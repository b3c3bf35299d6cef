package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
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
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A finding the migration does not fix says where to accept it ("accept it with @FkGuardSuppress(…) on X"). Doing
 * exactly that must accept it: the place named is where the annotation works, for a key only the database has (the
 * entity) and for one a mapped association explains (the attribute). The baseline route too: the startup failure
 * names the setting of the baseline file and the one that writes it; set as it says, the next start passes with the
 * finding accepted, and drift that is not in the file still fails. Both routes are taken with the setting names read
 * from the advice itself, so advice that names a setting the guard does not read fails here.
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

    /** The startup failure's baseline route: "the baseline file (KEY; WRITE=true writes it from the current findings)". */
    private static final Pattern BASELINE_ROUTE = Pattern.compile(
            "or by the baseline file \\(([a-z.-]+); ([a-z.-]+)=true writes it from the current findings\\)");
    /** A finding's own advice: "… or an entry in the baseline file (KEY)." */
    private static final Pattern BASELINE_ENTRY = Pattern.compile("or an entry in the baseline file \\(([a-z.-]+)\\)");
    /** Warnings fail startup here, so the findings the migration leaves alone (warnings) fail it. */
    private static final Map<String, Object> FAIL_ON_WARNING = Map.of("hibernate.fkguard.fail-on", "warning");

    @AllDatabases
    void theBaselineTheStartupFailureNamesAcceptsTheFindingAndNewDriftStillFails(TestDatabase db, @TempDir Path dir)
            throws IOException {
        db.execute(CUSTOMERS, ORDERS, "CREATE INDEX ix_acc_orders_customer ON acc_orders (customer_id)");
        FkGuardException failure = assertThrows(FkGuardException.class,
                () -> GuardRun.startSessionFactory(db, FAIL_ON_WARNING, AccCustomer.class, AccOrder.class).close());
        assertTrue(failure.getMessage().contains("WARNING [update-rule-mismatch] "), failure.getMessage());
        Matcher route = BASELINE_ROUTE.matcher(failure.getMessage());
        assertTrue(route.find(), () -> "the startup failure names no baseline route: " + failure.getMessage());

        // As the failure says: the baseline setting, and its writer once.
        Path file = dir.resolve("fkguard-baseline.txt");
        Map<String, Object> write = with(route.group(1), file.toString());
        write.put(route.group(2), "true");
        try (SessionFactory factory = GuardRun.startSessionFactory(db, write, AccCustomer.class, AccOrder.class)) {
            assertFalse(factory.isClosed());
        }
        assertEquals(List.of("update-rule-mismatch|acc_orders|customer_id|acc_customers|id"), entries(file));

        Map<String, Object> check = with(route.group(1), file.toString());
        try (SessionFactory factory = GuardRun.startSessionFactory(db, check, AccCustomer.class, AccOrder.class)) {
            assertFalse(factory.isClosed(), "the accepted finding no longer fails startup");
        }
        Report accepted = GuardRun.check(db, AccCustomer.class, AccOrder.class);
        assertEquals(1, accepted.findings().size(), "without the baseline the finding is still there");

        // Drift the file does not hold still fails, and only it is reported as failing.
        db.execute(COUPONS, "CREATE INDEX ix_acc_coupons_issued ON acc_coupons (issued_to_id)");
        FkGuardException fresh = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db, check,
                AccCustomer.class, AccOrder.class, AccCoupon.class).close());
        assertTrue(fresh.getMessage().contains("WARNING [unexpected-foreign-key] "), fresh.getMessage());
        assertFalse(fresh.getMessage().contains("WARNING [update-rule-mismatch] "), fresh.getMessage());
    }

    /** A finding's own advice names the baseline setting; an entry there in the documented form accepts it. */
    @AllDatabases
    void anEntryInTheBaselineFileTheFindingNamesAcceptsIt(TestDatabase db, @TempDir Path dir) throws IOException {
        db.execute(CUSTOMERS, ORDERS, "CREATE INDEX ix_acc_orders_customer ON acc_orders (customer_id)");
        Report report = GuardRun.check(db, AccCustomer.class, AccOrder.class);
        Finding finding = single(report, "update-rule-mismatch");
        String advice = PlannedFixes.of(report).acceptance(finding).orElseThrow();
        Matcher setting = BASELINE_ENTRY.matcher(advice);
        assertTrue(setting.find(), advice);

        // One line per finding, rule|table|columns|target table|target columns, as the README and the file's header say.
        Path file = Files.writeString(dir.resolve("accepted.txt"),
                "update-rule-mismatch|acc_orders|customer_id|acc_customers|id\n");
        try (SessionFactory factory = GuardRun.startSessionFactory(db, with(setting.group(1), file.toString()),
                AccCustomer.class, AccOrder.class)) {
            assertFalse(factory.isClosed());
        }
        Files.writeString(file, "update-rule-mismatch|acc_orders|customer_id|acc_products|id\n");
        FkGuardException other = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                with(setting.group(1), file.toString()), AccCustomer.class, AccOrder.class).close());
        assertTrue(other.getMessage().contains("WARNING [update-rule-mismatch] "), other.getMessage());
    }

    private static Map<String, Object> with(String key, String value) {
        Map<String, Object> settings = new HashMap<>(FAIL_ON_WARNING);
        settings.put(key, value);
        return settings;
    }

    private static List<String> entries(Path baseline) throws IOException {
        return Files.readAllLines(baseline).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
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
