package dev.fkguard.rules;

import dev.fkguard.rule.MetaRules;
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
 * The compile-time lints are held to the same in hibernate-fk-guard-processor ({@code LintCatalogTest}).
 *
 * <p>A firing test, mechanically: an assertion that expects the rule to report something, in a test source under
 * {@code dev/fkguard/rules/} (for meta rules also {@code dev/fkguard/policy/} or {@code dev/fkguard/hibernate/}). The
 * assertion ({@code assertEquals} or {@code assertTrue}, not {@code assertFalse} and not one that expects nothing
 * such as {@code assertEquals(List.of(), …)} or {@code assertTrue(….isEmpty())}) spells the id inside a string
 * literal (e.g. {@code "ERROR [missing-foreign-key] …"}) or names the rule's {@code ID} constant
 * ({@code MissingForeignKeyRule.ID}). A rule whose tests only show it quiet has none. This file itself does not count.
 *
 * <p>Surefire runs in the module directory (the library, or the Hibernate 7 rerun module, whose tests come from a
 * jar); the project root is found by walking up to the directory that holds {@code docs/rules}.
 */
class RuleCatalogTest {

    private static final Path ROOT = projectRoot();
    private static final Path TESTS = ROOT.resolve("hibernate-fk-guard/src/test/java/dev/fkguard");

    /** An assertion that expects something, up to its argument list's start. */
    private static final Pattern ASSERTION = Pattern.compile("\\bassert(Equals|True)\\s*\\(");

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
        List<String> ruleAssertions = expectingAssertions(List.of("rules"));
        List<String> policyAssertions = expectingAssertions(List.of("rules", "policy", "hibernate"));
        assertTrue(!ruleAssertions.isEmpty(), "found assertions under " + TESTS.resolve("rules"));
        List<String> metaIds = MetaRules.all().stream().map(meta -> meta.id().value()).toList();
        List<String> untested = new ArrayList<>();
        catalog().forEach((id, constant) -> {
            List<String> assertions = metaIds.contains(id) ? policyAssertions : ruleAssertions;
            Pattern literal = Pattern.compile("\"[^\"\\n]*(?<![a-z-])" + Pattern.quote(id) + "(?![a-z-])[^\"\\n]*\"");
            boolean fired = assertions.stream()
                    .anyMatch(assertion -> literal.matcher(assertion).find() || assertion.contains(constant));
            if (!fired) {
                untested.add(id);
            }
        });
        assertEquals(List.of(), untested, "rules no test expects to fire (spell the id, or its ID constant, in an"
                + " assertEquals/assertTrue that expects a finding, under " + TESTS.resolve("rules") + ")");
    }

    /** The text of every assertEquals/assertTrue in the test sources under {@code dirs} that expects something. */
    private static List<String> expectingAssertions(List<String> dirs) {
        List<String> assertions = new ArrayList<>();
        for (String dir : dirs) {
            Path base = TESTS.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().equals("RuleCatalogTest.java"))
                        .map(RuleCatalogTest::read)
                        .forEach(text -> assertions.addAll(assertionsIn(text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return assertions.stream().filter(RuleCatalogTest::expectsSomething).toList();
    }

    private static List<String> assertionsIn(String source) {
        List<String> found = new ArrayList<>();
        Matcher start = ASSERTION.matcher(source);
        while (start.find()) {
            found.add(source.substring(start.start(), closingParenthesis(source, start.end())));
        }
        return found;
    }

    /** The index after the parenthesis that closes the one opened before {@code from}; skips string literals. */
    private static int closingParenthesis(String source, int from) {
        int depth = 1;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                boolean textBlock = source.startsWith("\"\"\"", i);
                int end = textBlock ? source.indexOf("\"\"\"", i + 3) + 2 : endOfLiteral(source, i);
                i = end < i ? source.length() : end;
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return source.length();
    }

    private static int endOfLiteral(String source, int open) {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return source.length();
    }

    /** assertEquals of an empty result, or assertTrue of an emptiness or a negation, expects the rule quiet. */
    private static boolean expectsSomething(String assertion) {
        String arguments = assertion.substring(assertion.indexOf('(') + 1).strip();
        if (assertion.startsWith("assertEquals")) {
            return !(arguments.startsWith("List.of()") || arguments.startsWith("Set.of()")
                    || arguments.startsWith("Map.of()") || arguments.startsWith("0,") || arguments.startsWith("0L,")
                    || arguments.startsWith("\"\","));
        }
        String condition = arguments.substring(0, Math.max(0, topLevelComma(arguments)));
        return !(condition.startsWith("!") || condition.contains("isEmpty()") || condition.contains("noneMatch("));
    }

    private static int topLevelComma(String arguments) {
        int close = closingParenthesis("(" + arguments, 1) - 2;
        String inside = arguments.substring(0, Math.max(0, close));
        int depth = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '"') {
                i = endOfLiteral(inside, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return inside.length();
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
