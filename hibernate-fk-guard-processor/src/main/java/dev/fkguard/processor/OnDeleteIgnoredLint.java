package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @OnDelete} where Hibernate (6.6 and 7.x alike, read from their binders) does not turn it into an
 * {@code ON DELETE} clause, so the database keeps its default (no action) while the source says otherwise.
 */
final class OnDeleteIgnoredLint extends AbstractLint {

    private static final String[] ASSOCIATIONS = {Names.MANY_TO_ONE, Names.ONE_TO_ONE, Names.ONE_TO_MANY,
            Names.MANY_TO_MANY, Names.ELEMENT_COLLECTION, Names.ANY, Names.MANY_TO_ANY};

    OnDeleteIgnoredLint() {
        super("on-delete-ignored");
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        Optional<AnnotationMirror> onDelete = annotations.find(element, Names.ON_DELETE);
        if (onDelete.isEmpty()) {
            return List.of();
        }
        String action = annotations.enumName(onDelete.get(), "action").orElse("?");
        return reason(element, action, context)
                .map(reason -> List.of(new LintFinding(element, onDelete.get(),
                        LintContext.describe(element) + ": @OnDelete(" + action + ") " + reason)))
                .orElse(List.of());
    }

    private static Optional<String> reason(Element element, String action, LintContext context) {
        Annotations annotations = context.annotations();
        if (element instanceof TypeElement type) {
            return isJoinedSubclass(type, context)
                    ? Optional.empty()
                    : Optional.of("on an entity class is only honoured on a subclass in a JOINED inheritance"
                            + " hierarchy; elsewhere Hibernate rejects the mapping at startup. Fix: move it to the"
                            + " @ManyToOne that references this entity.");
        }
        boolean association = false;
        for (String name : ASSOCIATIONS) {
            association |= annotations.has(element, name);
        }
        if (!association) {
            return Optional.of("is ignored: it is not on an association or collection. Fix: put it on the"
                    + " @ManyToOne (or collection) whose foreign key it should govern.");
        }
        Optional<AnnotationMirror> oneToOne = annotations.find(element, Names.ONE_TO_ONE);
        if (oneToOne.isPresent() && !annotations.string(oneToOne.get(), "mappedBy").isEmpty()
                && !annotations.has(element, Names.JOIN_TABLE)) {
            return Optional.of("is ignored on the inverse side of a @OneToOne(mappedBy): the foreign key belongs to"
                    + " the owning side. Fix: move it to the owning @OneToOne.");
        }
        Optional<AnnotationMirror> oneToMany = annotations.find(element, Names.ONE_TO_MANY);
        if (oneToMany.isPresent() && !annotations.string(oneToMany.get(), "mappedBy").isEmpty()
                && !action.equals("CASCADE")) {
            return Optional.of("is ignored on a @OneToMany(mappedBy): on the inverse side Hibernate only honours"
                    + " CASCADE, and the child's @ManyToOne decides the rule. Fix: move it to the child's @ManyToOne.");
        }
        return Optional.empty();
    }

    private static boolean isJoinedSubclass(TypeElement type, LintContext context) {
        Annotations annotations = context.annotations();
        TypeElement root = null;
        for (Optional<TypeElement> current = LintContext.superclass(type); current.isPresent();
                current = LintContext.superclass(current.get())) {
            if (annotations.has(current.get(), Names.ENTITY)) {
                root = current.get();
            }
        }
        if (root == null) {
            return false;
        }
        return annotations.find(root, Names.INHERITANCE)
                .flatMap(inheritance -> annotations.enumName(inheritance, "strategy"))
                .filter("JOINED"::equals).isPresent();
    }
}
