package dev.fkguard.report;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.migration.MigrationScope;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces the renderers stand on: JSON escaping, source files, shipped docs, the writer, the settings key. */
class ReportPiecesTest {

    @Test
    void jsonEscapesEverythingRfc8259AsksFor() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g→\"\n", Json.write("a\"b\\c\nd\te\u0001f\u2028g→"));
        LinkedHashMap<String, Object> object = new LinkedHashMap<>();
        object.put("a", List.of());
        object.put("b", Optional.empty());
        object.put("c", Map.of());
        assertEquals("{\n  \"a\": [],\n  \"c\": {}\n}\n", Json.write(object));
    }

    @Test
    void aDeferredGraphIsBuiltOnFirstReadOnlyOnceAndReadsAsTheGraphItDefersTo() {
        Report eager = SampleReports.drifted();
        AtomicInteger builds = new AtomicInteger();
        ForeignKeyGraph deferred = ForeignKeyGraph.deferred(eager.graph().names(), () -> {
            builds.incrementAndGet();
            return eager.graph();
        });
        Report report = eager.withGraph(deferred);
        assertEquals(0, builds.get(), "built before anything read it");
        assertEquals(new MarkdownReport().render(eager), new MarkdownReport().render(report));
        assertEquals(new JsonReport().render(eager), new JsonReport().render(report));
        assertEquals(eager.graph(), report.graph());
        assertEquals(1, builds.get(), "built more than once");
    }

    @Test
    void aCheckBesideTheBootSaysHowLongTheBootWaitedForIt() {
        CheckTimings beside = new CheckTimings(Optional.empty(), Duration.ofMillis(900), Duration.ofMillis(40))
                .withBootWait(Duration.ofMillis(5)).withMapping(Duration.ofMillis(30));
        assertEquals("hibernate-fk-guard checked in 970 ms: mapping 30 ms, catalog 900 ms, rules 40 ms; catalog and"
                + " rules ran beside the boot, which waited 5 ms for them.", beside.describe());
        assertEquals(Optional.of(Duration.ofMillis(5)), beside.bootWait());
        assertEquals("hibernate-fk-guard checked in 970 ms: mapping 30 ms, catalog 900 ms, rules 40 ms.",
                new CheckTimings(Optional.of(Duration.ofMillis(30)), Duration.ofMillis(900), Duration.ofMillis(40))
                        .describe());
    }

    @Test
    void twoChecksThatFoundTheSameAreEqualHoweverLongEachTook() {
        Report report = SampleReports.drifted();
        Report slow = report.withTimings(new CheckTimings(Optional.empty(), Duration.ofMillis(900),
                Duration.ofMillis(40))).withMappingRead(Duration.ofMillis(30));
        Report fast = report.withTimings(new CheckTimings(Optional.empty(), Duration.ofMillis(60),
                Duration.ofMillis(10)));
        assertEquals(slow, fast);
        assertEquals(slow.hashCode(), fast.hashCode());
        assertEquals(Optional.of(Duration.ofMillis(30)), slow.timings().mapping());
        assertEquals(Duration.ofMillis(970), slow.timings().total());
        assertNotEquals(report, report.withMigrationScope(new MigrationScope(MigrationScope.Kind.FAILING,
                Severity.ERROR)), "equality must still see the other components");
    }

    @Test
    void comparingReportsNeverBuildsTheirDeferredGraphs() {
        Report eager = SampleReports.drifted();
        AtomicInteger builds = new AtomicInteger();
        Report one = eager.withGraph(ForeignKeyGraph.deferred(eager.graph().names(), () -> {
            builds.incrementAndGet();
            return eager.graph();
        }));
        Report other = eager.withGraph(ForeignKeyGraph.deferred(eager.graph().names(), () -> {
            builds.incrementAndGet();
            return eager.graph();
        }));
        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
        assertEquals(eager, one);
        assertNotEquals(one, new Report(eager.database(), eager.foreignKeysChecked(), List.of()));
        assertEquals(0, builds.get(), "equals or hashCode built a deferred graph");
    }

    @Test
    void sourceFilesAreDerivedFromQualifiedClassNamesOnly() {
        assertEquals(Optional.of("src/main/java/com/shop/Order.java"),
                new EntitySource("com.shop.Order", Optional.of("customer")).sourceFile());
        assertEquals(Optional.of("src/main/java/com/shop/Entities.java"),
                new EntitySource("com.shop.Entities$Order", Optional.empty()).sourceFile());
        assertEquals(Optional.empty(), new EntitySource("Order", Optional.empty()).sourceFile());
        assertEquals(Optional.empty(), new EntitySource("order-by-name", Optional.empty()).sourceFile());
    }

    @Test
    void everyBuiltInRuleShipsItsPageInTheJar() {
        RuleDocs docs = RuleDocs.onClasspath();
        for (Rule rule : BuiltInRules.all()) {
            String page = docs.page(rule.id()).orElseThrow(() -> new AssertionError("no page for " + rule.id()));
            assertTrue(page.startsWith("# " + rule.id()), page);
            String catches = docs.whatItCatches(rule.id()).orElseThrow();
            assertFalse(catches.contains("\n") || catches.contains("## "), catches);
        }
    }

    @Test
    void writeAllWritesEveryFormatAsItsRendererDoes(@TempDir Path dir) throws IOException {
        Report report = SampleReports.drifted();
        List<Path> files = ReportWriter.writeAll(report, dir.resolve("out"));
        assertEquals(List.of("fkguard-report.txt", "fkguard-report.json", "fkguard-report.sarif", "fkguard-report.md",
                "fkguard-report.mmd"), files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(new JsonReport().render(report), Files.readString(dir.resolve("out/fkguard-report.json")));
        assertEquals(new TableGroupedTextReport().render(report), Files.readString(files.get(0)));
    }

    @Test
    void aReportWithoutGraphStillDrawsTheKeysItsFindingsName() {
        Report drifted = SampleReports.drifted();
        Report findingsOnly = new Report(drifted.database(), drifted.foreignKeysChecked(), drifted.findings());
        String mermaid = new MermaidReport().render(findingsOnly);
        assertTrue(mermaid.contains("t_order_coupons -->|\"coupon_id → id: missing-foreign-key\"| t_coupons"), mermaid);
        assertTrue(mermaid.contains("class t_order_coupons,t_orders drifted"), mermaid);
        assertFalse(new MarkdownReport().render(findingsOnly).contains("```mermaid"));
    }

    @Test
    void theConsoleFormatIsUnchanged() {
        String text = new ConsoleReport().render(SampleReports.drifted());
        assertTrue(text.startsWith("hibernate-fk-guard: 4 findings comparing the mapping with PostgreSQL schema public"
                + " (1 error, 2 warning, 1 info; 5 mapped foreign keys checked):\n  ERROR [missing-foreign-key]"
                + " order_coupons.coupon_id → coupons.id: "), text);
    }

    @Test
    void reportDirIsASetting() {
        FkGuardSettings settings = FkGuardSettings.fromProperties(
                Map.of(FkGuardSettings.REPORT_DIR, " build/fkguard "), BuiltInRules.all());
        assertEquals(Optional.of(Path.of("build/fkguard")), settings.reportDir());
        assertEquals(Optional.empty(), FkGuardSettings.defaults().reportDir());
    }
}
