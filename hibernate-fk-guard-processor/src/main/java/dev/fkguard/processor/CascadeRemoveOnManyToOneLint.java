package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code cascade = REMOVE} (or {@code ALL}) towards an entity that other rows share: a parent, not a child. */
final class CascadeRemoveOnManyToOneLint extends AbstractLint {

    CascadeRemoveOnManyToOneLint() {
        super("cascade-remove-on-many-to-one");
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        for (String kind : new String[] {Names.MANY_TO_ONE, Names.MANY_TO_MANY}) {
            Optional<AnnotationMirror> association = annotations.find(element, kind);
            if (association.isEmpty()) {
                continue;
            }
            List<String> cascades = annotations.enumNames(association.get(), "cascade");
            Optional<String> removing = cascades.stream().filter(c -> c.equals("REMOVE") || c.equals("ALL")).findFirst();
            if (removing.isPresent()) {
                String simple = kind.substring(kind.lastIndexOf('.') + 1);
                return List.of(new LintFinding(element, association.get(), LintContext.describe(element)
                        + ": cascade = " + removing.get() + " on a @" + simple + " deletes the shared "
                        + (simple.equals("ManyToOne") ? "parent" : "targets") + " when one row is deleted; the"
                        + " database then refuses (other rows still reference it) or, with ON DELETE CASCADE,"
                        + " takes every sibling with it. Fix: cascade at most PERSIST and MERGE here; cascade"
                        + " removal from the parent's @OneToMany instead."));
            }
        }
        return List.of();
    }
}
