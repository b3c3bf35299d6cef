package dev.fkguard.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The compile-time pages ({@code docs/rules/<id>.md} whose header says "compile time") show in their Example what
 * javac prints; each is compiled here from a fixture that spells out the page's snippet, and the page's block must be
 * what the processor reports: the kind as javac prints it ({@code warning:}, {@code Note:}, {@code error:}) and the
 * message. Whitespace compares as one space and "…" stands for a stretch the page leaves out; every other word must
 * be printed, in order, the fix ("Fix: …") among them where there is one. {@code -Dfkguard.golden.update=true}
 * rewrites a block that differs (then review the diff).
 */
class LintPageExamplesTest {

    private static final Path ROOT = projectRoot();
    private static final Pattern DIAGNOSTIC_START = Pattern.compile("(?m)^(warning|Note|error): \\[([a-z-]+)\\] ");
    private static final int WIDTH = 115;

    /** Each compile-time page that shows a diagnostic, and the sources that reproduce it. */
    private static Map<String, List<String>> fixtures() {
        Map<String, List<String>> fixtures = new TreeMap<>();
        fixtures.put("cascade-remove-on-many-to-one", List.of(Sources.app("""
                @Entity
                public class Customer {
                    @Id Long id;
                }
                """), Sources.app("""
                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @ManyToOne(cascade = CascadeType.ALL)
                    Customer customer;
                }
                """)));
        fixtures.put("on-delete-ignored", List.of(Sources.app("""
                @Entity
                public class Customer {
                    @Id Long id;
                    @OneToMany(mappedBy = "customer")
                    @OnDelete(action = OnDeleteAction.SET_NULL)
                    List<Review> reviews;
                }
                """), Sources.app("""
                @Entity
                public class Review {
                    @Id Long id;
                    @ManyToOne Customer customer;
                }
                """)));
        fixtures.put("orphan-removal-without-cascade", List.of(Sources.app("""
                @Entity
                public class Basket {
                    @Id Long id;
                    @OneToMany(mappedBy = "basket", orphanRemoval = true, cascade = CascadeType.MERGE)
                    List<Line> lines;
                }
                """), Sources.app("""
                @Entity
                public class Line {
                    @Id Long id;
                    @ManyToOne Basket basket;
                }
                """)));
        fixtures.put("unguarded-relation", List.of(Sources.app("""
                @Entity
                public class Event {
                    @Id Long id;
                    @ElementCollection
                    @CollectionTable(name = "event_labels", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                    Set<String> labels;
                }
                """)));
        return fixtures;
    }

    @Test
    void everyCompileTimePageShowsWhatTheProcessorReportsForItsExample() throws IOException {
        Map<String, List<String>> fixtures = fixtures();
        List<String> problems = new ArrayList<>();
        for (String rule : compileTimePages()) {
            List<String> sources = fixtures.remove(rule);
            if (sources == null) {
                problems.add(rule + ": a compile-time page without a fixture here");
                continue;
            }
            ProcessorRun run = ProcessorRun.withGuard(List.of(), sources.toArray(String[]::new));
            List<String> printed = run.guardDiagnostics().stream()
                    .filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + rule + "] "))
                    .map(LintPageExamplesTest::asJavacPrintsIt).toList();
            if (printed.isEmpty()) {
                problems.add(rule + ": the fixture gets no " + rule + " diagnostic: " + run.guardDiagnostics());
                continue;
            }
            Path file = ROOT.resolve("docs/rules/" + rule + ".md");
            String page = Files.readString(file, StandardCharsets.UTF_8);
            String problem = compare(rule, file, page, printed);
            if (!problem.isEmpty()) {
                problems.add(problem);
            }
        }
        fixtures.keySet().forEach(rule -> problems.add(rule + ": a fixture for a page that is not compile-time"));
        assertEquals(List.of(), problems, "compile-time pages against the processor"
                + " (rerun with -Dfkguard.golden.update=true to rewrite a block, then review the diff)");
    }

    private static String asJavacPrintsIt(Diagnostic<? extends JavaFileObject> diagnostic) {
        String kind = switch (diagnostic.getKind()) {
            case ERROR -> "error";
            case NOTE -> "Note";
            default -> "warning";
        };
        return kind + ": " + diagnostic.getMessage(Locale.ROOT);
    }

    /** Empty when the page's block shows {@code printed}; else what differs. Rewrites the block in update mode. */
    private static String compare(String rule, Path file, String page, List<String> printed) throws IOException {
        int section = page.indexOf("\n## Example");
        int next = section < 0 ? -1 : page.indexOf("\n## ", section + 1);
        int sectionEnd = next < 0 ? page.length() : next;
        int start = -1;
        int end = -1;
        Matcher fence = Pattern.compile("(?m)^```[a-z]*\\n").matcher(page);
        for (int from = Math.max(section, 0); section >= 0 && fence.find(from) && fence.start() < sectionEnd; ) {
            int close = page.indexOf("\n```", fence.end() - 1);
            if (close < 0) {
                break;
            }
            if (fence.group().equals("```\n")
                    && DIAGNOSTIC_START.matcher(page.substring(fence.end(), close + 1)).lookingAt()) {
                start = fence.end();
                end = close + 1;
                break;
            }
            from = page.indexOf('\n', close + 1) + 1;
        }
        if (start < 0) {
            return rule + ": no diagnostic block (```, then 'warning: [" + rule + "] …') in its Example section";
        }
        List<String> shown = paragraphs(page.substring(start, end));
        boolean same = shown.size() == printed.size();
        for (int i = 0; same && i < shown.size(); i++) {
            // The page may shorten the message, never leave out its fix.
            same = (oneSpace(shown.get(i)).contains(" Fix: ") || !printed.get(i).contains(" Fix: "))
                    && pattern(shown.get(i)).matcher(oneSpace(printed.get(i))).matches();
        }
        if (same) {
            return "";
        }
        if (Boolean.getBoolean("fkguard.golden.update")) {
            Files.writeString(file, page.substring(0, start) + printed.stream().map(LintPageExamplesTest::wrap)
                    .collect(Collectors.joining("\n")) + "\n" + page.substring(end), StandardCharsets.UTF_8);
            return "";
        }
        return rule + ":\n--- page ---\n" + String.join("\n", shown) + "\n--- printed ---\n"
                + String.join("\n", printed);
    }

    private static List<String> compileTimePages() throws IOException {
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs/rules"))) {
            List<String> rules = new ArrayList<>();
            for (Path page : pages.sorted().toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                String header = text.substring(0, Math.max(text.indexOf("\n## "), 0));
                if (header.contains("**Where:** compile time")) {
                    rules.add(page.getFileName().toString().replaceFirst("\\.md$", ""));
                }
            }
            return rules;
        }
    }

    private static List<String> paragraphs(String block) {
        List<Integer> starts = new ArrayList<>();
        Matcher start = DIAGNOSTIC_START.matcher(block);
        while (start.find()) {
            starts.add(start.start());
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            paragraphs.add(block.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : block.length())
                    .strip());
        }
        return paragraphs;
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

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int length = 0;
        for (String word : text.split(" ")) {
            if (length > 0 && length + 1 + word.length() > WIDTH) {
                out.append('\n');
                length = 0;
            } else if (length > 0) {
                out.append(' ');
                length++;
            }
            out.append(word);
            length += word.length();
        }
        return out.toString();
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/rules")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/rules above " + Path.of("").toAbsolutePath());
    }
}
