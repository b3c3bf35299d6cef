package dev.fkguard.processor;

import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * One compile-time check. It is shown every field, getter and type of a mapped class (entity, mapped superclass,
 * embeddable) and answers with what it finds there; severity, options and suppression are applied by the caller.
 */
interface Lint {

    /** Kebab-case id, shared with the runtime rule where the concern is the same; docs/rules/&lt;id&gt;.md. */
    String id();

    /**
     * Ids its findings had before a rule was split: a suppression or an option written then still applies to it.
     */
    List<String> formerIds();

    /** {@code WARNING}, {@code ERROR} or {@code NOTE} (for facts worth knowing, not mistakes). */
    Diagnostic.Kind defaultKind();

    List<LintFinding> check(Element element, LintContext context);
}
