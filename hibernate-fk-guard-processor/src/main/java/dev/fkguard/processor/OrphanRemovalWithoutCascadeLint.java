package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * {@code orphanRemoval = true} without {@code cascade} PERSIST or ALL: the parent deletes children it does not
 * save, so its lifecycle ownership is only half declared (a child added to the collection is not inserted).
 */
final class OrphanRemovalWithoutCascadeLint extends AbstractLint {

    OrphanRemovalWithoutCascadeLint() {
        super("orphan-removal-without-cascade");
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        for (String kind : new String[] {Names.ONE_TO_MANY, Names.ONE_TO_ONE}) {
            Optional<AnnotationMirror> association = annotations.find(element, kind);
            if (association.isEmpty() || !annotations.bool(association.get(), "orphanRemoval", false)) {
                continue;
            }
            List<String> cascades = annotations.enumNames(association.get(), "cascade");
            if (!cascades.contains("ALL") && !cascades.contains("PERSIST")) {
                return List.of(new LintFinding(element, association.get(), LintContext.describe(element)
                        + ": orphanRemoval = true without cascade PERSIST or ALL: the parent deletes children it"
                        + " does not save, so a child added here is not inserted with its parent. Fix: cascade ="
                        + " CascadeType.ALL (the parent owns the children), or drop orphanRemoval."));
            }
        }
        return List.of();
    }
}
