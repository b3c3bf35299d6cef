package dev.fkguard.report;

import dev.fkguard.rule.RuleId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules' documentation pages ({@code docs/rules/<id>.md}), which the build copies into the jar under
 * {@value #RESOURCE_DIR}, so reports can carry the help text wherever the jar runs.
 */
public final class RuleDocs {

    public static final String RESOURCE_DIR = "dev/fkguard/rules/docs/";

    /** Where the pages of the built-in rules are published; a rule's page is {@code <id>.md} below it. */
    public static final String PUBLISHED_BASE_URI = "https://github.com/fkguard/hibernate-fk-guard/blob/main/docs/rules/";

    private final Map<RuleId, String> pages;
    private final boolean fromClasspath;

    private RuleDocs(Map<RuleId, String> pages, boolean fromClasspath) {
        this.pages = Map.copyOf(pages);
        this.fromClasspath = fromClasspath;
    }

    /** The pages shipped in the jar. */
    public static RuleDocs onClasspath() {
        return new RuleDocs(Map.of(), true);
    }

    /** Fixed pages, e.g. for tests or rules of your own. */
    public static RuleDocs of(Map<RuleId, String> pages) {
        return new RuleDocs(pages, false);
    }

    /** The whole Markdown page of a rule. */
    public Optional<String> page(RuleId rule) {
        if (!fromClasspath) {
            return Optional.ofNullable(pages.get(rule));
        }
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + rule.value() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the documentation of rule " + rule, e);
        }
    }

    /**
     * The published page of a rule the jar documents, for the end of a finding's text; empty for a rule of the
     * user's own, which has no page there.
     */
    public static Optional<String> publishedLink(RuleId rule) {
        return Optional.ofNullable(RuleDocs.class.getClassLoader().getResource(RESOURCE_DIR + rule.value() + ".md"))
                .map(page -> PUBLISHED_BASE_URI + rule.value() + ".md");
    }

    /** The page's "What it catches" section as one paragraph of plain text. */
    public Optional<String> whatItCatches(RuleId rule) {
        return page(rule).flatMap(RuleDocs::firstSection);
    }

    private static Optional<String> firstSection(String page) {
        String[] parts = page.split("(?m)^## ");
        return Arrays.stream(parts)
                .filter(part -> part.startsWith("What it catches"))
                .findFirst()
                .map(part -> Arrays.stream(part.split("\n")).skip(1)
                        .map(String::trim).filter(line -> !line.isEmpty())
                        .collect(Collectors.joining(" ")))
                .filter(text -> !text.isEmpty());
    }
}
