package dev.fkguard.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * A lint's default kind, read from the header of its page {@code docs/rules/<id>.md} (copied into this jar): the page
 * a runtime rule of the same id is held to as well, so one id has one severity at compile time and at startup. The
 * processor cannot ask the runtime rule itself, since javac loads it without the runtime library.
 */
final class RulePages {

    private static final Pattern DEFAULT_SEVERITY =
            Pattern.compile("\\*\\*Default severity:\\*\\*\\s*(ERROR|WARNING|INFO|NOTE)\\b");

    private RulePages() {
    }

    /** ERROR and WARNING as they are; INFO (a fact worth knowing, not a mistake) as a javac note. */
    static Diagnostic.Kind defaultKind(String id) {
        String page = read(id);
        Matcher severity = DEFAULT_SEVERITY.matcher(page);
        if (!severity.find()) {
            throw new IllegalStateException("docs/rules/" + id + ".md has no '**Default severity:** ERROR|WARNING|INFO'"
                    + " line; the lint " + id + " takes its default from there");
        }
        return switch (severity.group(1)) {
            case "ERROR" -> Diagnostic.Kind.ERROR;
            case "WARNING" -> Diagnostic.Kind.WARNING;
            default -> Diagnostic.Kind.NOTE;
        };
    }

    private static String read(String id) {
        String resource = "docs/" + id + ".md";
        try (InputStream in = RulePages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("hibernate-fk-guard-processor is missing dev/fkguard/processor/"
                        + resource + " (a rule page every lint needs); the jar was built without docs/rules");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/fkguard/processor/" + resource, e);
        }
    }
}
