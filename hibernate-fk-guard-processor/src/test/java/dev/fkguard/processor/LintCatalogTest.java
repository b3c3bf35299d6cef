package dev.fkguard.processor;

import dev.fkguard.rule.MetaRules;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lints' side of the catalog: a page per lint, the same severity as the runtime rule of the same id, a row in
 * docs/processor.md that says the default each lint really has, a test that expects each lint to fire, and no page
 * that belongs to neither a rule nor a lint. The runtime rules' side is the library's RuleCatalogTest and
 * RuleDocumentationTest.
 */
class LintCatalogTest {

    private static final Path ROOT = projectRoot();
    private static final Path LINT_TESTS = ROOT.resolve("hibernate-fk-guard-processor/src/test/java/dev/fkguard/processor");
    private static final Pattern PROCESSOR_ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (\\w+) \\|");

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/rules")) && Files.isDirectory(dir.resolve("hibernate-fk-guard-processor"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/rules above " + Path.of("").toAbsolutePath()
                + ": run the tests from inside the project checkout");
    }

    @Test
    void everyLintHasADocumentationPage() {
        List<String> missing = BuiltInLints.ids().stream()
                .filter(id -> !Files.isRegularFile(page(id)) || !read(page(id)).contains("## What it catches"))
                .toList();
        assertEquals(List.of(), missing, "lints without docs/rules/<id>.md (with a '## What it catches' section)");
    }

    @Test
    void aLintIsAsSevereAsTheRuntimeRuleOfItsId() {
        Map<String, String> differing = new TreeMap<>();
        for (Lint lint : BuiltInLints.all()) {
            BuiltInRules.all().stream().filter(rule -> rule.id().value().equals(lint.id())).findFirst()
                    .map(Rule::defaultSeverity)
                    .filter(severity -> kindOf(severity) != lint.defaultKind())
                    .ifPresent(severity -> differing.put(lint.id(), "lint " + lint.defaultKind() + ", rule " + severity));
        }
        assertEquals(Map.of(), differing, "compile time and startup disagree on these ids");
        assertTrue(BuiltInLints.ids().stream().anyMatch(id -> BuiltInRules.all().stream()
                .anyMatch(rule -> rule.id().value().equals(id))), "some lint shares its id with a runtime rule");
    }

    @Test
    void theProcessorPageListsEveryLintWithItsDefault() {
        Map<String, String> documented = new TreeMap<>();
        Matcher row = PROCESSOR_ROW.matcher(read(ROOT.resolve("docs/processor.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        Map<String, String> actual = BuiltInLints.all().stream()
                .collect(Collectors.toMap(Lint::id, lint -> lint.defaultKind().name(), (a, b) -> a, TreeMap::new));
        assertEquals(actual, documented, "docs/processor.md's table (id → default) against the lints");
    }

    @Test
    void everyLintHasAFiringTest() {
        List<String> markers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(LINT_TESTS)) {
            files.filter(p -> p.toString().endsWith(".java")).map(LintCatalogTest::read)
                    // A marker is an expectation only where the markers are checked.
                    .filter(text -> text.contains(".assertMatchesMarkers()"))
                    .forEach(markers::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> untested = new ArrayList<>();
        for (Lint lint : BuiltInLints.all()) {
            Pattern marker = Pattern.compile("//\\s*BUG:\\s*" + lint.defaultKind() + "\\s+\\[" + Pattern.quote(lint.id()) + "\\]");
            if (markers.stream().noneMatch(text -> marker.matcher(text).find())) {
                untested.add(lint.id());
            }
        }
        assertEquals(List.of(), untested, "lints no test expects to fire at their default kind (a '// BUG: <KIND> [<id>]'"
                + " marker in a test that calls assertMatchesMarkers, under " + LINT_TESTS + ")");
    }

    @Test
    void everyDocumentationPageBelongsToARuleOrALint() {
        Set<String> ids = new TreeSet<>(BuiltInLints.ids());
        BuiltInRules.all().forEach(rule -> ids.add(rule.id().value()));
        MetaRules.all().forEach(meta -> ids.add(meta.id().value()));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs/rules"))) {
            List<String> orphans = pages.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .filter(id -> !ids.contains(id))
                    .sorted()
                    .toList();
            assertEquals(List.of(), orphans, "docs/rules pages for ids no rule or lint has");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Diagnostic.Kind kindOf(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.Kind.ERROR;
            case WARNING -> Diagnostic.Kind.WARNING;
            case INFO -> Diagnostic.Kind.NOTE;
        };
    }

    private static Path page(String id) {
        return ROOT.resolve("docs/rules/" + id + ".md");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
