package dev.fkguard.rules;

import dev.fkguard.rule.MetaRules;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule's id, default severity and summary are declared once, in its class (meta rules: {@link MetaRules}); its
 * page header ({@code docs/rules/<id>.md}, the text before the first section) and its README row must say the same,
 * so the docs cannot drift from the code. Every rule {@link BuiltInRules} lists is checked, whoever adds it.
 * Markdown code spans are allowed around parts of the summary (backticks are ignored, so are line breaks).
 */
class RuleDocumentationTest {

    private static final Path ROOT = projectRoot();
    private static final Pattern SEVERITY = Pattern.compile("\\*\\*Default severity:\\*\\*\\s*(\\w+)");
    /** {@code | [id](docs/rules/id.md) | default | summary |} */
    private static final Pattern README_ROW =
            Pattern.compile("(?m)^\\| \\[([a-z-]+)\\]\\(docs/rules/([a-z-]+)\\.md\\) \\| ([^|]+?) \\| (.+?) \\|[ \\t]*$");

    private record Documented(String id, Severity severity, String summary) {
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/rules")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/rules above " + Path.of("").toAbsolutePath()
                + ": run the tests from inside the project checkout");
    }

    private static List<Documented> rules() {
        List<Documented> rules = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            rules.add(new Documented(rule.id().value(), rule.defaultSeverity(), rule.summary()));
        }
        MetaRules.all().forEach(meta -> rules.add(new Documented(meta.id().value(), meta.defaultSeverity(),
                meta.summary())));
        return rules;
    }

    @Test
    void everyPageHeaderStatesTheRulesIdSeverityAndSummary() {
        List<String> problems = new ArrayList<>();
        for (Documented rule : rules()) {
            Path file = ROOT.resolve("docs/rules/" + rule.id() + ".md");
            if (!Files.isRegularFile(file)) {
                problems.add(rule.id() + ": no docs/rules/" + rule.id() + ".md");
                continue;
            }
            String page = read(file);
            int firstSection = page.indexOf("\n## ");
            String header = firstSection < 0 ? page : page.substring(0, firstSection);
            if (!header.startsWith("# " + rule.id() + "\n")) {
                problems.add(rule.id() + ": the page's title is not '# " + rule.id() + "'");
            }
            Matcher severity = SEVERITY.matcher(header);
            if (!severity.find() || !severity.group(1).equals(rule.severity().name())) {
                problems.add(rule.id() + ": header says '**Default severity:** "
                        + (severity.find(0) ? severity.group(1) : "(none)") + "', the rule " + rule.severity());
            }
            if (!plain(header).contains(plain(rule.summary()))) {
                problems.add(rule.id() + ": header lacks the rule's summary \"" + rule.summary() + "\"");
            }
        }
        assertEquals(List.of(), problems, "docs/rules page headers against the rule classes");
    }

    @Test
    void everyRuleHasOneReadmeRowWithItsSeverityAndSummary() {
        Map<String, List<String[]>> rows = new TreeMap<>();
        Matcher row = README_ROW.matcher(read(ROOT.resolve("README.md")));
        while (row.find()) {
            rows.computeIfAbsent(row.group(1), id -> new ArrayList<>())
                    .add(new String[] {row.group(2), row.group(3).strip(), row.group(4).strip()});
        }
        assertTrue(!rows.isEmpty(), "found the README's rule tables");
        List<String> problems = new ArrayList<>();
        for (Documented rule : rules()) {
            List<String[]> own = rows.remove(rule.id());
            if (own == null || own.size() != 1) {
                problems.add(rule.id() + ": " + (own == null ? "no" : own.size()) + " README rows");
                continue;
            }
            String[] cells = own.get(0);
            if (!cells[0].equals(rule.id())) {
                problems.add(rule.id() + ": README row links docs/rules/" + cells[0] + ".md");
            }
            if (!cells[1].split("[ /(]", 2)[0].equals(rule.severity().name())) {
                problems.add(rule.id() + ": README says default '" + cells[1] + "', the rule " + rule.severity());
            }
            if (!plain(cells[2]).equals(plain(rule.summary()))) {
                problems.add(rule.id() + ": README says \"" + cells[2] + "\", the rule \"" + rule.summary() + "\"");
            }
        }
        rows.keySet().forEach(id -> problems.add(id + ": a README row for a rule that does not exist"));
        assertEquals(List.of(), problems, "README rule rows against the rule classes");
    }

    /** Text as read: no code-span backticks, single spaces. */
    private static String plain(String markdown) {
        return markdown.replace("`", "").replaceAll("\\s+", " ").strip();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
