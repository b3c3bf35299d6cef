package dev.fkguard.processor;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** What a lint found: the element, the annotation the diagnostic points at, and the message (without the id). */
record LintFinding(Element element, AnnotationMirror annotation, String message) {

    LintFinding {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(message, "message");
    }
}
