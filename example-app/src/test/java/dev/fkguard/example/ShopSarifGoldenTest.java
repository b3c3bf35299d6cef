package dev.fkguard.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fkguard.report.RuleDocs;
import dev.fkguard.rule.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop's whole SARIF report ({@code fkguard-report.sarif}, what code scanning uploads) against
 * {@code golden/shop-report.sarif}. A SARIF file is compared across runs and machines, so it must not carry the
 * machine's paths or the time of the run. Each rule's {@code help} is its whole documentation page; the golden
 * holds a placeholder there instead, after the test checked that the help is exactly the page the jar ships, so a
 * reworded page does not churn this golden (the pages have their own test). Regenerate with
 * {@code -Dfkguard.golden.update=true} and review the diff.
 */
class ShopSarifGoldenTest {

    private static final Pattern RULE_ID = Pattern.compile("\"id\": \"([a-z-]+)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");

    @Test
    void theShopsSarifReportMatchesItsGoldenFileAndLeaksNoPathOrTime(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        AppRun run = AppRun.of("--mode", "warn", "--report-dir", reports.toString());
        assertEquals(0, run.exitCode(), run.transcript());
        String sarif = Files.readString(reports.resolve("fkguard-report.sarif"));

        for (String leak : List.of(dir.toString(), Path.of("").toAbsolutePath().toString(),
                System.getProperty("user.home"), System.getProperty("java.io.tmpdir"), "file:")) {
            assertFalse(sarif.contains(leak), () -> "the SARIF report carries '" + leak + "', which differs by machine");
        }
        assertFalse(TIMESTAMP.matcher(sarif).find(), "the SARIF report carries a time of day");
        assertFalse(sarif.contains("\"startTimeUtc\"") || sarif.contains("\"endTimeUtc\""), "the SARIF report carries a run time");

        ShopReportGoldenTest.assertGolden("shop-report.sarif", withoutHelpPages(sarif));
    }

    /** Replaces each rule's help by a placeholder, after checking it is the rule's page as the jar ships it. */
    private static String withoutHelpPages(String sarif) {
        RuleDocs docs = RuleDocs.onClasspath();
        List<String> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int helps = 0;
        for (int help = sarif.indexOf("\"help\": {"); help >= 0; help = sarif.indexOf("\"help\": {", help + 1)) {
            helps++;
            String id = lastRuleIdBefore(sarif, help);
            String page = docs.page(RuleId.of(id)).orElse("(no page)");
            String placeholder = "\"(the page docs/rules/" + id + ".md)\"";
            for (String field : List.of("\"text\": ", "\"markdown\": ")) {
                int from = sarif.indexOf(field, help) + field.length();
                int to = endOfLiteral(sarif, from);
                if (!unquote(sarif.substring(from, to)).equals(page)) {
                    problems.add(id + ": help " + field + "is not the page docs/rules/" + id + ".md");
                }
                out.append(sarif, copied, from).append(placeholder);
                copied = to;
                help = to;
            }
        }
        out.append(sarif.substring(copied));
        assertEquals(List.of(), problems);
        assertTrue(helps > 0, "found the rules' help in the SARIF report");
        return out.toString();
    }

    private static String lastRuleIdBefore(String sarif, int at) {
        Matcher id = RULE_ID.matcher(sarif.substring(0, at));
        String last = "(none)";
        while (id.find()) {
            last = id.group(1);
        }
        return last;
    }

    /** The index just after the JSON string literal that starts at {@code from}. */
    private static int endOfLiteral(String text, int from) {
        assertEquals('"', text.charAt(from), "a string literal at " + from);
        for (int i = from + 1; ; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
    }

    /** A JSON string literal's value. */
    private static String unquote(String literal) {
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = literal.charAt(++i);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    value.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> value.append(escaped);
            }
        }
        return value.toString();
    }
}
