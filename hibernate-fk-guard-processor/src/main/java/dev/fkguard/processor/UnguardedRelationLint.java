package dev.fkguard.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A join or collection table whose foreign key is switched off with {@code ConstraintMode.NO_CONSTRAINT}. Often
 * deliberate (a cross-service id, an event log), so only a note: the reader learns that nothing guards it.
 */
final class UnguardedRelationLint extends AbstractLint {

    UnguardedRelationLint() {
        super("unguarded-relation");
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        List<LintFinding> findings = new ArrayList<>();
        annotations.find(element, Names.JOIN_TABLE).ifPresent(joinTable -> {
            List<String> unguarded = new ArrayList<>();
            if (noConstraint(joinTable, "foreignKey", annotations)) {
                unguarded.add("foreignKey");
            }
            if (noConstraint(joinTable, "inverseForeignKey", annotations)) {
                unguarded.add("inverseForeignKey");
            }
            if (!unguarded.isEmpty()) {
                findings.add(finding(element, joinTable, "@JoinTable(" + String.join(", ", unguarded) + ")"));
            }
        });
        if (annotations.has(element, Names.ELEMENT_COLLECTION)) {
            annotations.find(element, Names.COLLECTION_TABLE)
                    .filter(table -> noConstraint(table, "foreignKey", annotations))
                    .ifPresent(table -> findings.add(finding(element, table, "@CollectionTable(foreignKey)")));
        }
        return findings;
    }

    private static boolean noConstraint(AnnotationMirror table, String attribute, Annotations annotations) {
        Optional<AnnotationMirror> foreignKey = annotations.nested(table, attribute);
        return foreignKey.flatMap(fk -> annotations.enumName(fk, "value")).filter("NO_CONSTRAINT"::equals).isPresent();
    }

    private static LintFinding finding(Element element, AnnotationMirror table, String where) {
        return new LintFinding(element, table, LintContext.describe(element) + ": " + where
                + " is ConstraintMode.NO_CONSTRAINT, so the database does not guard these rows; orphans stay"
                + " possible. If that is intended, verify the references with a scheduled orphan check;"
                + " otherwise remove NO_CONSTRAINT.");
    }
}
