package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * {@code @dev.fkguard.FkGuardSuppress(rules = ..., reason = ...)} on the element or any type enclosing it, the
 * same annotation the runtime check honours. Matched by name so the processor does not depend on the class.
 */
final class Suppressions {

    private final Annotations annotations;

    Suppressions(Annotations annotations) {
        this.annotations = annotations;
    }

    /** Suppressed under the lint's id or one of its former ids. */
    boolean isSuppressed(Element element, Lint lint) {
        for (Element current = element; current != null && current.getKind() != ElementKind.PACKAGE;
                current = current.getEnclosingElement()) {
            Optional<AnnotationMirror> suppress = annotations.find(current, Names.SUPPRESS);
            if (suppress.isPresent()) {
                List<String> rules = annotations.strings(suppress.get(), "rules");
                if (rules.contains(lint.id()) || lint.formerIds().stream().anyMatch(rules::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
