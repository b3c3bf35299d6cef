package dev.fkguard.policy;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.Suppression;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppressions, the baseline and the meta rules over hand-built findings. */
class PolicyTest {

    private static final RuleId DELETE_RULE = RuleId.of("delete-rule-mismatch");
    private static final RuleId MISSING = RuleId.of("missing-foreign-key");
    private static final List<RuleId> KNOWN = BuiltInRules.all().stream().map(r -> r.id()).toList();
    private static final DatabaseInfo DB = new DatabaseInfo(DatabaseKind.POSTGRESQL, "17", List.of());

    private static Finding finding(RuleId rule, String table, List<String> columns, String target) {
        return new Finding(rule, Severity.ERROR, new Finding.Location(TableRef.of(table), columns,
                Optional.of(TableRef.of(target)), List.of("id")), "drift.", "fix it.");
    }

    private static Suppression suppression(String table, List<String> columns, String... rules) {
        return new Suppression("OrderItem.order", TableRef.of(table), columns, List.of(rules), "accepted");
    }

    private static ReportAssembler assembler(Optional<BaselineSetting> baseline) {
        return new ReportAssembler(SeverityPolicy.defaults(), baseline, KNOWN);
    }

    @Test
    void suppressionMatchesRuleTableAndColumnsIgnoringCaseAndOrder() {
        Finding onPair = finding(DELETE_RULE, "ORDER_ITEMS", List.of("ORDER_ID", "SHOP_ID"), "orders");
        Finding otherColumns = finding(DELETE_RULE, "order_items", List.of("order_id"), "orders");
        Finding otherRule = finding(MISSING, "order_items", List.of("shop_id", "order_id"), "orders");
        Report report = assembler(Optional.empty()).assemble(DB, 3, List.of(onPair, otherColumns, otherRule),
                List.of(suppression("order_items", List.of("shop_id", "order_id"), "delete-rule-mismatch")),
                Set.of(DELETE_RULE, MISSING));
        assertEquals(List.of(onPair), report.suppressed().stream().map(s -> s.finding()).toList());
        assertEquals("OrderItem.order", report.suppressed().get(0).suppression().source());
        assertEquals(List.of(otherRule, otherColumns).stream().sorted(Finding.ORDER).toList(), report.findings());
    }

    @Test
    void entitySuppressionCoversEveryColumnOfItsTable() {
        Finding first = finding(MISSING, "order_items", List.of("order_id"), "orders");
        Finding second = finding(MISSING, "order_items", List.of("product_id"), "products");
        Report report = assembler(Optional.empty()).assemble(DB, 2, List.of(first, second),
                List.of(suppression("order_items", List.of(), "missing-foreign-key")), Set.of(MISSING));
        assertEquals(2, report.suppressed().size());
        assertTrue(report.isClean());
        assertTrue(new ConsoleReport().render(report).contains("2 suppressed by @FkGuardSuppress"),
                new ConsoleReport().render(report));
    }

    @Test
    void aSuppressionThatSuppressesNothingIsReportedAsInfo() {
        Report report = assembler(Optional.empty()).assemble(DB, 1, List.of(),
                List.of(suppression("order_items", List.of("order_id"), "delete-rule-mismatch")), Set.of(DELETE_RULE));
        assertEquals(1, report.findings().size());
        Finding unused = report.findings().get(0);
        assertEquals("INFO [unused-suppression] order_items.order_id: @FkGuardSuppress(rules = delete-rule-mismatch)"
                + " on OrderItem.order suppresses nothing", unused.severity() + " " + unused.format()
                .substring(0, unused.format().indexOf(" (reason")));
        assertEquals(false, report.hasFindingsAtLeast(Severity.WARNING));
    }

    @Test
    void unusedSuppressionIsSilentWhenItsRulesDidNotRunOrWhenSwitchedOff() {
        List<Suppression> suppressions = List.of(suppression("order_items", List.of(), "delete-rule-mismatch"));
        assertTrue(assembler(Optional.empty()).assemble(DB, 1, List.of(), suppressions, Set.of(MISSING)).isClean());
        SeverityPolicy off = FkGuardSettings.fromProperties(
                Map.of("hibernate.fkguard.rules.unused-suppression", "off"), BuiltInRules.all()).severities();
        assertTrue(new ReportAssembler(off, Optional.empty(), KNOWN)
                .assemble(DB, 1, List.of(), suppressions, Set.of(DELETE_RULE)).isClean());
    }

    @Test
    void unknownRuleIdsInASuppressionFailListingTheValidOnes() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> assembler(Optional.empty()).assemble(DB, 0,
                List.of(), List.of(suppression("order_items", List.of(), "missing-fk")), Set.of()));
        assertTrue(e.getMessage().contains("@FkGuardSuppress on OrderItem.order: unknown rule 'missing-fk'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("valid rule ids: ") && e.getMessage().contains(" delete-rule-mismatch,"),
                e.getMessage());
        assertTrue(e.getMessage().contains("unused-suppression"), e.getMessage());
    }

    @Test
    void fingerprintIsReadableLowerCaseAndSorted() {
        Finding f = new Finding(DELETE_RULE, Severity.ERROR, new Finding.Location(TableRef.of("PUBLIC", "Order_Items"),
                List.of("SHOP_ID", "order_id"), Optional.of(TableRef.of("ORDERS")), List.of("shop_id", "ID")),
                "m", "f");
        assertEquals("delete-rule-mismatch|order_items|order_id,shop_id|orders|id,shop_id", Fingerprint.of(f));
        Finding noTarget = new Finding(MISSING, Severity.ERROR, new Finding.Location(TableRef.of("t"), List.of(),
                Optional.empty(), List.of()), "m", "f");
        assertEquals("missing-foreign-key|t|||", Fingerprint.of(noTarget));
    }

    @Test
    void baselineAcceptsKnownFindingsAndFailsOnNewOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fkguard-baseline.txt");
        Finding old = finding(DELETE_RULE, "order_items", List.of("order_id"), "orders");
        Finding other = finding(MISSING, "coupons", List.of("order_id"), "orders");

        Report written = assembler(Optional.of(new BaselineSetting(file, true)))
                .assemble(DB, 2, List.of(other, old), List.of(), Set.of(DELETE_RULE, MISSING));
        assertTrue(written.isClean());
        assertEquals(2, written.baselined().size());
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("delete-rule-mismatch|order_items|order_id|orders|id",
                "missing-foreign-key|coupons|order_id|orders|id"), lines);

        Finding fresh = finding(DELETE_RULE, "payments", List.of("order_id"), "orders");
        Report checked = assembler(Optional.of(new BaselineSetting(file, false)))
                .assemble(DB, 2, List.of(old, fresh, other), List.of(), Set.of(DELETE_RULE, MISSING));
        assertEquals(List.of(fresh), checked.findings());
        assertEquals(List.of(other, old), checked.baselined());
        assertTrue(new ConsoleReport().render(checked).contains("2 accepted by the baseline"));
    }

    /**
     * The whole stale-entry finding, in words true both when the drift was fixed and when it got worse: it says the
     * entry no longer matches, never that the drift is fixed.
     */
    private static String staleEntry(Path file) {
        return "INFO [stale-baseline-entry] order_items.order_id → orders.id: the baseline entry"
                + " 'delete-rule-mismatch|order_items|order_id|orders|id' no longer matches a finding: the drift it"
                + " accepted is gone or has changed (fixed, the table renamed or dropped, or a different drift in its"
                + " place). Fix: delete that line from " + file + ", so the drift cannot come back unnoticed; where"
                + " the place still drifts, accept what it reports now instead (or rewrite the file with"
                + " hibernate.fkguard.baseline.write=true).";
    }

    @Test
    void fixedDriftLeavesAStaleBaselineEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.txt");
        Files.writeString(file, "# accepted\n\ndelete-rule-mismatch|order_items|order_id|orders|id\n"
                + "missing-foreign-key|coupons|order_id|orders|id\n");
        Report report = assembler(Optional.of(new BaselineSetting(file, false)))
                .assemble(DB, 1, List.of(), List.of(), Set.of(DELETE_RULE));
        List<String> stale = report.findings().stream().map(f -> f.severity() + " " + f.format()).toList();
        assertEquals(List.of(staleEntry(file)), stale);
    }

    /** The key was dropped after it was accepted: now it is missing, worse than before, and the entry is stale. */
    @Test
    void driftThatGotWorseLeavesTheSameStaleBaselineEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.txt");
        Files.writeString(file, "delete-rule-mismatch|order_items|order_id|orders|id\n");
        Finding worse = finding(MISSING, "order_items", List.of("order_id"), "orders");
        Report report = assembler(Optional.of(new BaselineSetting(file, false)))
                .assemble(DB, 1, List.of(worse), List.of(), Set.of(DELETE_RULE, MISSING));
        assertEquals(List.of(), report.baselined(), "the old entry does not accept the new drift");
        List<String> lines = report.findings().stream().map(f -> f.severity() + " " + f.format()).toList();
        assertEquals(List.of("ERROR " + worse.format(), staleEntry(file)), lines);
    }

    @Test
    void aMissingBaselineFileSaysHowToCreateIt(@TempDir Path dir) {
        Path file = dir.resolve("nope.txt");
        FkGuardException e = assertThrows(FkGuardException.class, () -> assembler(
                Optional.of(new BaselineSetting(file, false))).assemble(DB, 0, List.of(), List.of(), Set.of()));
        assertTrue(e.getMessage().contains("the baseline file " + file.toAbsolutePath() + " does not exist"),
                e.getMessage());
        // Startup's own words: the build's and the command line's are respelled (FrontSpellingTest).
        assertTrue(e.getMessage().contains("create it from the current findings by starting once with"
                + " hibernate.fkguard.baseline.write=true, or remove hibernate.fkguard.baseline."), e.getMessage());
    }

    @Test
    void baselineWriteFromAReportKeepsBaselinedButNotSuppressedFindings(@TempDir Path dir) throws Exception {
        Finding open = finding(DELETE_RULE, "b", List.of("x"), "a");
        Finding accepted = finding(MISSING, "a", List.of("y"), "b");
        Finding suppressed = finding(MISSING, "c", List.of("z"), "a");
        Report report = new Report(DB, 3, List.of(open), List.of(new dev.fkguard.report.SuppressedFinding(suppressed,
                suppression("c", List.of(), "missing-foreign-key"))), List.of(accepted));
        Path file = dir.resolve("nested/baseline.txt");
        Baseline.write(report, file);
        assertEquals(Set.of("delete-rule-mismatch|b|x|a|id", "missing-foreign-key|a|y|b|id"),
                Baseline.read(file).fingerprints());
    }

    @Test
    void settingsReadTheBaselineAndAcceptMetaRuleIds() {
        FkGuardSettings settings = FkGuardSettings.fromProperties(Map.of(
                "hibernate.fkguard.baseline", "config/fkguard-baseline.txt",
                "hibernate.fkguard.baseline.write", "true",
                "hibernate.fkguard.rules.stale-baseline-entry", "warning"), BuiltInRules.all());
        assertEquals(Optional.of(new BaselineSetting(Path.of("config/fkguard-baseline.txt"), true)),
                settings.baseline());
        FkGuardException e = assertThrows(FkGuardException.class, () -> FkGuardSettings.fromProperties(
                Map.of("hibernate.fkguard.baseline-write", "yes"), BuiltInRules.all()));
        assertTrue(e.getMessage().contains("hibernate.fkguard.baseline-write: invalid value 'yes'; valid values:"
                + " true, false"), e.getMessage());
        FkGuardException noFile = assertThrows(FkGuardException.class, () -> FkGuardSettings.fromProperties(
                Map.of("hibernate.fkguard.baseline.write", "true"), BuiltInRules.all()));
        assertTrue(noFile.getMessage().contains(
                "hibernate.fkguard.baseline.write=true needs hibernate.fkguard.baseline=<file>"), noFile.getMessage());
    }
}
