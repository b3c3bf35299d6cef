package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @SoftDelete} element collection or owning many-to-many in an entity that is deleted for real, without
 * {@code @OnDelete(CASCADE)}: deleting the owner, Hibernate marks the collection rows deleted and then deletes the
 * owner row, which the collection table's foreign key refuses. Hibernate's own schema has that key, so the mapping
 * alone decides it; the run-time rule of the same id also looks at the database's key.
 */
final class SoftDeletedCollectionRowsLint extends AbstractLint {

    SoftDeletedCollectionRowsLint() {
        super("soft-deleted-collection-rows");
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        Optional<AnnotationMirror> softDelete = annotations.find(element, Names.SOFT_DELETE);
        if (softDelete.isEmpty() || !LintContext.isMember(element) || !ownsCollectionTable(element, annotations)
                || cascades(element, annotations)) {
            return List.of();
        }
        TypeElement owner = (TypeElement) element.getEnclosingElement();
        if (SoftDeleteHardCascadeLint.softDeleteOf(owner, context).isPresent()) {
            return List.of();
        }
        String name = owner.getSimpleName().toString();
        return List.of(new LintFinding(element, softDelete.get(), LintContext.describe(element)
                + ": @SoftDelete keeps these rows when their " + name + " is deleted, but " + name + " itself is"
                + " deleted for real, and the collection table's foreign key refuses to let the owner row go while"
                + " they point at it: deleting any " + name + " fails. Fix: soft-delete " + name
                + " too, or add @OnDelete(action = OnDeleteAction.CASCADE) here so the database removes the rows with"
                + " their owner."));
    }

    /** Element collections and the owning side of a many-to-many keep their rows in a table of their own. */
    private static boolean ownsCollectionTable(Element element, Annotations annotations) {
        if (annotations.has(element, Names.ELEMENT_COLLECTION)) {
            return true;
        }
        return annotations.find(element, Names.MANY_TO_MANY)
                .filter(manyToMany -> annotations.string(manyToMany, "mappedBy").isEmpty())
                .isPresent();
    }

    private static boolean cascades(Element element, Annotations annotations) {
        return annotations.find(element, Names.ON_DELETE)
                .flatMap(onDelete -> annotations.enumName(onDelete, "action"))
                .filter("CASCADE"::equals)
                .isPresent();
    }
}
