package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @OnDelete(CASCADE)} whose parent is soft-deleted ({@code @SoftDelete} or {@code @SQLDelete}): the parent
 * is never deleted by the application, only updated, so the database cascade that the children rely on never fires.
 * The parent's annotations are read from its type element, which javac provides also for classes compiled earlier.
 */
final class SoftDeleteHardCascadeLint extends AbstractLint {

    private static final String[] COLLECTIONS = {Names.ONE_TO_MANY, Names.MANY_TO_MANY, Names.ELEMENT_COLLECTION};

    SoftDeleteHardCascadeLint() {
        super("soft-delete-hard-cascade");
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        Optional<AnnotationMirror> onDelete = annotations.find(element, Names.ON_DELETE);
        if (onDelete.isEmpty() || !LintContext.isMember(element)
                || !annotations.enumName(onDelete.get(), "action").orElse("").equals("CASCADE")) {
            return List.of();
        }
        Optional<TypeElement> parent = parentOf(element, context);
        if (parent.isEmpty()) {
            return List.of();
        }
        Optional<String> softDelete = softDeleteOf(parent.get(), context);
        return softDelete.map(how -> List.of(new LintFinding(element, onDelete.get(), LintContext.describe(element)
                + ": @OnDelete(CASCADE) expects the database to delete these rows with their "
                + parent.get().getSimpleName() + ", but " + parent.get().getSimpleName() + " is soft-deleted (" + how
                + "): Hibernate updates the row instead of deleting it, so the cascade never fires and the children"
                + " stay live; a later hard purge deletes them behind Hibernate's back. Fix: soft-delete the"
                + " children as well, or drop @OnDelete(CASCADE) so that a purge must deal with them explicitly.")))
                .orElse(List.of());
    }

    /** The table whose deletion triggers the cascade: the target of a to-one, the owner of a collection. */
    private static Optional<TypeElement> parentOf(Element element, LintContext context) {
        Optional<AnnotationMirror> toOne = context.toOne(element);
        if (toOne.isPresent()) {
            return context.toOneTarget(element, toOne.get());
        }
        for (String collection : COLLECTIONS) {
            if (context.annotations().has(element, collection)) {
                return Optional.of((TypeElement) element.getEnclosingElement());
            }
        }
        return Optional.empty();
    }

    /** How {@code parent} (or a superclass) turns deletes into updates, if it does. */
    static Optional<String> softDeleteOf(TypeElement parent, LintContext context) {
        if (context.findInHierarchy(parent, Names.SOFT_DELETE).isPresent()) {
            return Optional.of("@SoftDelete");
        }
        return context.findInHierarchy(parent, Names.SQL_DELETE).map(sql -> "@SQLDelete");
    }
}
