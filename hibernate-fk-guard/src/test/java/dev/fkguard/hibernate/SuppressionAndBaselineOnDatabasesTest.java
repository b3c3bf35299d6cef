package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSuppress;
import dev.fkguard.report.Report;
import dev.fkguard.support.GuardLog;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adopting the guard on a drifted schema: suppressions in code and a baseline file, on every engine. */
class SuppressionAndBaselineOnDatabasesTest {

    @Entity(name = "SuppressedOrder")
    @Table(name = "orders")
    static class SuppressedOrder {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false)
        StartupEntities.Customer customer;
    }

    @Entity(name = "SuppressedLine")
    @Table(name = "order_items")
    static class SuppressedLine {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "order_id", nullable = false)
        @OnDelete(action = OnDeleteAction.CASCADE)
        @FkGuardSuppress(rules = "delete-rule-mismatch", reason = "items are purged by the archive job first")
        SuppressedOrder order;
        int quantity;
    }

    private static final Class<?>[] SUPPRESSED = {StartupEntities.Customer.class, SuppressedOrder.class,
            SuppressedLine.class};

    @AllDatabases
    void aSuppressedFindingIsReportedButDoesNotStopStartup(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Report report = GuardRun.check(db, SUPPRESSED);
        assertEquals(List.of(), GuardRun.lines(report));
        assertEquals(1, report.suppressed().size());
        assertEquals("[delete-rule-mismatch] order_items.order_id → orders.id",
                report.suppressed().get(0).finding().format().toLowerCase(Locale.ROOT)
                        .substring(0, "[delete-rule-mismatch] order_items.order_id → orders.id".length()));
        assertEquals("SuppressedLine.order", report.suppressed().get(0).suppression().source());
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(), SUPPRESSED)) {
            assertFalse(factory.isClosed());
        }
    }

    /** The annotation sits in an embeddable used three times; all three keys are missing and all three suppressed. */
    @AllDatabases
    void aSuppressionInAnEmbeddableCoversEveryPlaceItIsEmbedded(TestDatabase db) {
        db.execute("CREATE TABLE countries (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE shops (id BIGINT NOT NULL PRIMARY KEY, street VARCHAR(255), country_id BIGINT,"
                        + " billing_street VARCHAR(255), billing_country_id BIGINT)",
                "CREATE TABLE shop_branches (shop_id BIGINT NOT NULL, street VARCHAR(255), country_id BIGINT,"
                        + " CONSTRAINT fk_branches_shop FOREIGN KEY (shop_id) REFERENCES shops (id))",
                "CREATE INDEX ix_branches_shop ON shop_branches (shop_id)");
        Report report = GuardRun.check(db, dev.fkguard.mapping.suppressedembedded.Shop.class,
                dev.fkguard.mapping.suppressedembedded.Country.class);
        assertEquals(List.of(), GuardRun.lines(report));
        assertEquals(List.of("shop_branches.country_id", "shops.billing_country_id", "shops.country_id"),
                report.suppressed().stream()
                        .map(s -> s.finding().location().table().name().toLowerCase(Locale.ROOT) + "."
                                + String.join(",", s.finding().location().columns()).toLowerCase(Locale.ROOT))
                        .sorted().toList());
        assertTrue(report.suppressed().stream().allMatch(s -> s.suppression().source().equals("Address.country")
                && s.finding().rule().value().equals("missing-foreign-key")), report.suppressed()::toString);
    }

    @AllDatabases
    void aSuppressionWithNothingToSuppressIsReportedAsInfo(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        List<String> lines = GuardRun.lines(GuardRun.check(db, SUPPRESSED));
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("INFO [unused-suppression] order_items.order_id:"
                + " @fkguardsuppress(rules = delete-rule-mismatch) on suppressedline.order suppresses nothing"),
                lines.get(0));
    }

    @AllDatabases
    void theBaselineAcceptsTodaysDriftAndNewDriftStillFails(TestDatabase db) throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Path dir = Files.createTempDirectory("fkguard-baseline");
        Path file = dir.resolve("fkguard-baseline.txt");
        try {
            Map<String, Object> write = Map.of("hibernate.fkguard.baseline", file.toString(),
                    "hibernate.fkguard.baseline.write", "true");
            try (SessionFactory factory = GuardRun.startSessionFactory(db, write, StartupEntities.ALL)) {
                assertFalse(factory.isClosed());
            }
            List<String> entries = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
            assertEquals(List.of("delete-rule-mismatch|order_items|order_id|orders|id"), entries);

            Map<String, Object> check = Map.of("hibernate.fkguard.baseline", file.toString());
            // Nothing is left to act on, and the log and every report say what was accepted.
            Path reports = dir.resolve("reports");
            try (GuardLog log = GuardLog.capture(); SessionFactory factory = GuardRun.startSessionFactory(db,
                    Map.of("hibernate.fkguard.baseline", file.toString(), "hibernate.fkguard.report-dir",
                            reports.toString()), StartupEntities.ALL)) {
                assertFalse(factory.isClosed());
                // The summary is the log line's first line; the check's cost follows it.
                assertTrue(log.infos().stream().anyMatch(line -> line.contains(" agree (")
                        && line.lines().findFirst().orElse("").endsWith("; 1 accepted by the baseline).")),
                        log.infos()::toString);
            }
            for (String accepted : List.of("fkguard-report.txt", "fkguard-report.md", "fkguard-report.mmd")) {
                String text = Files.readString(reports.resolve(accepted));
                assertTrue(text.contains("1 accepted by the baseline"), accepted + ": " + text);
            }
            assertTrue(Files.readString(reports.resolve("fkguard-report.json")).contains("\"baselined\": 1"));
            assertTrue(Files.readString(reports.resolve("fkguard-report.sarif")).contains("\"baselined\": 1"));

            // The drift is new once its entry is gone: startup fails again.
            Files.writeString(file, "# nothing accepted\nmissing-foreign-key|orders|customer_id|customers|id\n");
            FkGuardException e = assertThrows(FkGuardException.class,
                    () -> GuardRun.startSessionFactory(db, check, StartupEntities.ALL).close());
            assertTrue(e.getMessage().contains("ERROR [delete-rule-mismatch] order_items.order_id → orders.id"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("INFO [stale-baseline-entry] orders.customer_id → customers.id"),
                    e.getMessage());
        } finally {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The baseline is the guard's own input: in warn mode a broken one is a warning, in fail mode one message. */
    @AllDatabases(only = Engine.H2)
    void aBaselineThatIsNotOneIsAWarningInWarnModeAndOneMessageInFailMode(TestDatabase db, @TempDir Path dir)
            throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Path file = Files.writeString(dir.resolve("fkguard-baseline.txt"),
                "delete-rule-mismatch|order_items|order_id|orders|id\nmissing-fk|orders|customer_id|customers|id\n");
        String line = "line 2: unknown rule 'missing-fk' in 'missing-fk|orders|customer_id|customers|id'";
        try (GuardLog log = GuardLog.capture(); SessionFactory factory = GuardRun.startSessionFactory(db,
                Map.of("hibernate.fkguard.baseline", file.toString(), "hibernate.fkguard.mode", "warn"),
                StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
            List<String> warnings = log.warnings().stream().filter(w -> w.contains("[invalid-baseline]")).toList();
            assertEquals(1, warnings.size(), log.warnings()::toString);
            assertTrue(warnings.get(0).contains(line), warnings.get(0));
        }
        FkGuardException e = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                Map.of("hibernate.fkguard.baseline", file.toString()), StartupEntities.ALL).close());
        assertEquals(FkGuardException.Code.INVALID_BASELINE, e.code());
        assertTrue(e.getMessage().startsWith("hibernate-fk-guard [invalid-baseline]: the baseline file "
                + file.toAbsolutePath() + " has 1 invalid line:\n  - " + line + "\nFix: "), e.getMessage());
    }
}
