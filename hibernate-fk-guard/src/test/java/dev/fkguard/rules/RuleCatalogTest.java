package dev.fkguard.rules;

import dev.fkguard.policy.MetaRules;
import dev.fkguard.processor.BuiltInLints;
import dev.fkguard.rule.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the catalog honest: every rule (and meta rule) has a page {@code docs/rules/<id>.md} and a firing test.
 *
 * <p>A firing test, mechanically: a test source under {@code dev/fkguard/rules/} (for meta rules also
 * {@code dev/fkguard/policy/} or {@code dev/fkguard/hibernate/}) that asserts something and spells the id inside a
 * string literal (e.g. {@code "ERROR [missing-foreign-key] …"}), or names the rule's {@code ID}
 * constant ({@code MissingForeignKeyRule.ID}). This file itself does not count.
 *
 * <p>Surefire runs in the module directory (the library, or the Hibernate 7 rerun module, whose tests come from a
 * jar); the project root is found by walking up to the directory that holds {@code docs/rules}.
 */
class RuleCatalogTest {

    private static final Path ROOT = projectRoot();
    private static final Path TESTS = ROOT.resolve("hibernate-fk-guard/src/test/java/dev/fkguard");

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/rules")) && Files.isDirectory(dir.resolve("hibernate-fk-guard"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/rules above " + Path.of("").toAbsolutePath()
                + ": run the tests from inside the project checkout");
    }

    /** id → the name of a constant that may stand for it in a test. */
    private static Map<String, String> catalog() {
        Map<String, String> ids = new TreeMap<>();
        for (Rule rule : BuiltInRules.all()) {
            ids.put(rule.id().value(), rule.getClass().getSimpleName() + ".ID");
        }
        MetaRules.all().forEach(meta -> ids.put(meta.id().value(), "MetaRules." + constantName(meta.id().value())));
        // Compile-time lints share the catalog; those with a runtime twin are already in it.
        BuiltInLints.ids().forEach(id -> ids.putIfAbsent(id, "\"" + id + "\""));
        return ids;
    }

    @Test
    void everyRuleHasADocumentationPage() {
        List<String> missing = new ArrayList<>();
        catalog().keySet().forEach(id -> {
            Path page = ROOT.resolve("docs/rules/" + id + ".md");
            if (!Files.isRegularFile(page) || !read(page).contains("## What it catches")) {
                missing.add(id);
            }
        });
        assertEquals(List.of(), missing, "rules without docs/rules/<id>.md (with a '## What it catches' section)");
    }

    @Test
    void everyRuleHasAFiringTest() {
        List<String> ruleTests = testSources(List.of("rules"));
        List<String> policyTests = testSources(List.of("rules", "policy", "hibernate"));
        List<String> lintTests = testSources(List.of("processor"));
        assertTrue(!ruleTests.isEmpty(), "found test sources under " + TESTS.resolve("rules"));
        List<String> metaIds = MetaRules.all().stream().map(meta -> meta.id().value()).toList();
        List<String> untested = new ArrayList<>();
        catalog().forEach((id, constant) -> {
            List<String> sources = metaIds.contains(id) ? policyTests
                    : isRuntimeRule(id) ? ruleTests : lintTests;
            Pattern literal = Pattern.compile("\"[^\"\\n]*(?<![a-z-])" + Pattern.quote(id) + "(?![a-z-])[^\"\\n]*\"");
            boolean fired = sources.stream().anyMatch(text -> {
                Matcher m = literal.matcher(text);
                return m.find() || text.contains(constant);
            });
            if (!fired) {
                untested.add(id);
            }
        });
        assertEquals(List.of(), untested, "rules no test asserts (spell the id in an asserted string under "
                + TESTS.resolve("rules") + ")");
    }

    @Test
    void everyDocumentationPageBelongsToARule() {
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs/rules"))) {
            List<String> orphans = pages.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .filter(id -> !catalog().containsKey(id))
                    .sorted()
                    .toList();
            assertEquals(List.of(), orphans, "docs/rules pages for ids no rule has");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRuntimeRule(String id) {
        return BuiltInRules.all().stream().anyMatch(rule -> rule.id().value().equals(id));
    }

    private static List<String> testSources(List<String> dirs) {
        List<String> texts = new ArrayList<>();
        for (String dir : dirs) {
            Path base = TESTS.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().equals("RuleCatalogTest.java"))
                        .map(RuleCatalogTest::read)
                        .filter(text -> text.contains("assert"))
                        .forEach(texts::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static String constantName(String id) {
        return id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
