package dev.fkguard.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * {@code @OnDelete(action = SET_NULL)} on an association whose column may not be null: the compile-time half of the
 * runtime rule of the same id.
 */
final class SetNullOnRequiredColumnLint extends AbstractLint {

    SetNullOnRequiredColumnLint() {
        super("set-null-on-required-column");
    }

    @Override
    public List<LintFinding> check(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        Optional<AnnotationMirror> onDelete = annotations.find(element, Names.ON_DELETE);
        if (onDelete.isEmpty() || !annotations.enumName(onDelete.get(), "action").orElse("").equals("SET_NULL")) {
            return List.of();
        }
        return requiredBecause(element, context).map(reason -> List.of(new LintFinding(element, onDelete.get(),
                LintContext.describe(element) + ": @OnDelete(SET_NULL) on a column that may not be null (" + reason
                        + "); deleting the parent fails with a NOT NULL violation (MySQL and MariaDB refuse to"
                        + " create the constraint at all). Fix: make the association optional and the column"
                        + " nullable, or use @OnDelete(CASCADE) or no @OnDelete.")))
                .orElse(List.of());
    }

    private static Optional<String> requiredBecause(Element element, LintContext context) {
        Annotations annotations = context.annotations();
        if (Annotations.typeOf(element).getKind().isPrimitive()) {
            return Optional.of("its type is primitive");
        }
        Optional<AnnotationMirror> toOne = context.toOne(element);
        if (toOne.isPresent() && !annotations.bool(toOne.get(), "optional", true)) {
            return Optional.of("optional = false");
        }
        if (annotations.find(element, Names.JOIN_COLUMN).filter(c -> !annotations.bool(c, "nullable", true))
                .isPresent()) {
            return Optional.of("@JoinColumn(nullable = false)");
        }
        boolean requiredColumn = annotations.find(element, Names.JOIN_COLUMNS).stream()
                .flatMap(columns -> annotations.nestedAll(columns, "value").stream())
                .anyMatch(column -> !annotations.bool(column, "nullable", true));
        if (requiredColumn) {
            return Optional.of("@JoinColumn(nullable = false)");
        }
        if (annotations.has(element, Names.ID) || annotations.has(element, Names.MAPS_ID)) {
            return Optional.of("it is part of the primary key");
        }
        return Optional.empty();
    }
}
