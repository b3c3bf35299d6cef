package dev.fkguard.rules.db;

import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.Report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The finding block of a rule page's "## Example" section ({@code docs/rules/<id>.md}) against what the guard
 * really prints for the example's fixture: each finding as the console report and the startup failure print it (the
 * rule's message, its fix, the plan's Migration / Left out / Not fixed lines), without the trailing "Rule docs:" link,
 * which on the page points at itself.
 *
 * <p>The page wraps lines as it likes (whitespace is compared as one space) and may leave out a stretch with "…":
 * every other word it shows must be printed, in its order, from the first word to the last, and it shows the fix
 * ("Fix: …", with the words it starts with). A page that says
 * anything else fails with both texts; {@code -Dfkguard.golden.update=true} rewrites the block from the guard's
 * output (then review the diff).
 */
final class RulePageExamples {

    static final Path ROOT = projectRoot();
    private static final String UPDATE = "fkguard.golden.update";
    private static final Pattern FINDING_START = Pattern.compile("(?m)^(ERROR|WARNING|INFO) \\[([a-z-]+)\\] ");
    private static final int WIDTH = 115;

    private RulePageExamples() {
    }

    /** The finding paragraphs of the first finding block of the page's Example section, as written. */
    static List<String> pageFindings(String rule) {
        Block block = block(rule, read(page(rule)));
        return paragraphs(block.text());
    }

    /** Whether the page's Example section shows a finding (some pages show only mapping and SQL). */
    static boolean showsAFinding(String rule) {
        return exampleSection(read(page(rule))).map(section -> FINDING_START.matcher(section).find()).orElse(false);
    }

    /** Compares the page's example findings of {@code rule} with its findings in {@code reports}, in their order. */
    static void assertExample(String rule, Report... reports) {
        List<String> printed = new ArrayList<>();
        for (Report report : reports) {
            printed.addAll(printed(rule, report));
        }
        Path file = page(rule);
        String page = read(file);
        Block block = block(rule, page);
        List<String> shown = paragraphs(block.text());
        if (matches(shown, printed)) {
            return;
        }
        if (Boolean.getBoolean(UPDATE)) {
            String rewritten = page.substring(0, block.start()) + String.join("\n", printed.stream()
                    .map(RulePageExamples::wrap).toList()) + "\n" + page.substring(block.end());
            write(file, rewritten);
            return;
        }
        fail("docs/rules/" + rule + ".md: the Example's finding is not what the guard prints for its fixture"
                + " (rerun with -Dfkguard.golden.update=true to rewrite the block, then review the diff)\n--- page ---\n"
                + String.join("\n", shown) + "\n--- printed ---\n" + String.join("\n", printed));
    }

    /** The report's findings of {@code rule} as the console prints them, without the link to the rule's page. */
    static List<String> printed(String rule, Report report) {
        List<String> lines = new ArrayList<>();
        for (String line : new ConsoleReport().render(report).split("\n")) {
            String finding = line.strip();
            Matcher start = FINDING_START.matcher(finding);
            if (start.lookingAt() && start.group(2).equals(rule)) {
                lines.add(finding.replaceFirst(" Rule docs: \\S+$", ""));
            }
        }
        if (lines.isEmpty()) {
            fail("the fixture of docs/rules/" + rule + ".md has no " + rule + " finding:\n"
                    + new ConsoleReport().render(report));
        }
        return lines;
    }

    private static boolean matches(List<String> shown, List<String> printed) {
        if (shown.size() != printed.size()) {
            return false;
        }
        for (int i = 0; i < shown.size(); i++) {
            // The fix is what the page is read for: it may shorten the finding, never leave out its fix.
            if (!oneSpace(shown.get(i)).contains(" Fix: ")
                    || !pattern(shown.get(i)).matcher(oneSpace(printed.get(i))).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The page's words literally, each "…" standing for any stretch left out. */
    private static Pattern pattern(String shown) {
        List<String> parts = new ArrayList<>();
        for (String part : oneSpace(shown).split("…", -1)) {
            parts.add(Pattern.quote(part.strip()));
        }
        return Pattern.compile(String.join(".*?", parts), Pattern.DOTALL);
    }

    private static String oneSpace(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<String> paragraphs(String block) {
        List<String> paragraphs = new ArrayList<>();
        Matcher start = FINDING_START.matcher(block);
        List<Integer> starts = new ArrayList<>();
        while (start.find()) {
            starts.add(start.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            paragraphs.add(block.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : block.length())
                    .strip());
        }
        return paragraphs;
    }

    /** Where the block's text starts and ends in the page (after the opening fence, before the closing one). */
    private record Block(int start, int end, String text) {
    }

    private static Block block(String rule, String page) {
        int section = page.indexOf("\n## Example");
        if (section < 0) {
            fail("docs/rules/" + rule + ".md has no '## Example' section");
        }
        int next = page.indexOf("\n## ", section + 1);
        int sectionEnd = next < 0 ? page.length() : next;
        Matcher fence = Pattern.compile("(?m)^```[a-z]*\\n").matcher(page);
        int from = section;
        while (fence.find(from) && fence.start() < sectionEnd) {
            int end = page.indexOf("\n```", fence.end() - 1);
            String text = page.substring(fence.end(), end + 1);
            if (fence.group().equals("```\n") && FINDING_START.matcher(text).lookingAt()) {
                return new Block(fence.end(), end + 1, text);
            }
            from = page.indexOf('\n', end + 1) + 1;
        }
        fail("docs/rules/" + rule + ".md: no finding block (```, then a line 'SEVERITY [" + rule + "] …') in its"
                + " Example section");
        throw new AssertionError();
    }

    private static java.util.Optional<String> exampleSection(String page) {
        int section = page.indexOf("\n## Example");
        if (section < 0) {
            return java.util.Optional.empty();
        }
        int next = page.indexOf("\n## ", section + 1);
        return java.util.Optional.of(page.substring(section, next < 0 ? page.length() : next));
    }

    /** One finding in lines of at most {@link #WIDTH} characters, broken at spaces. */
    private static String wrap(String finding) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : finding.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    static Path page(String rule) {
        return ROOT.resolve("docs/rules/" + rule + ".md");
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/rules")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/rules above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
