package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * {@code @Any} / {@code @ManyToAny}: the id column points into one of several tables, so no FK can guard it. Declared
 * on purpose, so a note (the runtime rule of the same id is an INFO). Reported as {@code polymorphic-association}
 * before the runtime rule was split; that id still suppresses it and still sets its level.
 */
final class AnyAssociationLint extends AbstractLint {

    AnyAssociationLint() {
        super("any-association", List.of("polymorphic-association"));
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        for (String kind : new String[] {Names.ANY, Names.MANY_TO_ANY}) {
            Optional<AnnotationMirror> polymorphic = context.annotations().find(element, kind);
            if (polymorphic.isPresent()) {
                return List.of(new LintFinding(element, polymorphic.get(), LintContext.describe(element) + ": @"
                        + kind.substring(kind.lastIndexOf('.') + 1) + " stores an id that may point into any of"
                        + " several tables, so the database cannot enforce it with a foreign key; orphans and"
                        + " dangling references go unnoticed. Fix: one nullable @ManyToOne per target type (each"
                        + " with its own FK) or a shared supertype table; if the design is deliberate, check the"
                        + " references with a scheduled orphan query and suppress this with @FkGuardSuppress."));
            }
        }
        return List.of();
    }
}
