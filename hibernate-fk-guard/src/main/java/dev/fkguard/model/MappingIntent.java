package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the entity mapping says about one foreign key, beyond its columns.
 *
 * @param entity           the entity (or collection role) that owns the association, e.g. {@code com.shop.Order}
 * @param attribute        the attribute, e.g. {@code customer}; empty for inheritance and secondary tables
 * @param kind             the mapping construct
 * @param onDelete         the {@code @OnDelete} action, when one is declared
 * @param cascadeRemove    the parent side maps the children with {@code cascade = REMOVE} or {@code ALL}
 * @param orphanRemoval    the parent side maps the children with {@code orphanRemoval = true}
 * @param nullable         every FK column is nullable in the mapping ({@code optional}, {@code nullable})
 * @param explicitName     the name given with {@code @ForeignKey(name = …)}
 * @param constraintWanted false for {@code ConstraintMode.NO_CONSTRAINT} or {@code @NotFound}: the relation
 *                         exists, but the mapping asks for no constraint
 * @param rowsSoftDeleted  Hibernate never deletes the rows of the key's table, it marks them ({@code @SoftDelete} on
 *                         the collection whose table holds the key)
 * @param onDeleteSite     where the mapping states (or would state) the key's ON DELETE rule
 */
public record MappingIntent(
        String entity,
        Optional<String> attribute,
        AssociationKind kind,
        Optional<ReferentialAction> onDelete,
        boolean cascadeRemove,
        boolean orphanRemoval,
        boolean nullable,
        Optional<String> explicitName,
        boolean constraintWanted,
        boolean rowsSoftDeleted,
        OnDeleteSite onDeleteSite) {

    public MappingIntent {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(explicitName, "explicitName");
        Objects.requireNonNull(onDeleteSite, "onDeleteSite");
    }

    /** An intent whose ON DELETE rule is stated with {@code @OnDelete} on its own attribute. */
    public MappingIntent(String entity, Optional<String> attribute, AssociationKind kind,
                         Optional<ReferentialAction> onDelete, boolean cascadeRemove, boolean orphanRemoval,
                         boolean nullable, Optional<String> explicitName, boolean constraintWanted,
                         boolean rowsSoftDeleted) {
        this(entity, attribute, kind, onDelete, cascadeRemove, orphanRemoval, nullable, explicitName, constraintWanted,
                rowsSoftDeleted, OnDeleteSite.attribute(source(entity, attribute)));
    }

    /** An intent whose rows Hibernate deletes for real (every construct but a {@code @SoftDelete} collection). */
    public MappingIntent(String entity, Optional<String> attribute, AssociationKind kind,
                         Optional<ReferentialAction> onDelete, boolean cascadeRemove, boolean orphanRemoval,
                         boolean nullable, Optional<String> explicitName, boolean constraintWanted) {
        this(entity, attribute, kind, onDelete, cascadeRemove, orphanRemoval, nullable, explicitName, constraintWanted,
                false);
    }

    /** {@code Order.customer}, the short form messages use. */
    public String source() {
        return source(entity, attribute);
    }

    private static String source(String entity, Optional<String> attribute) {
        // Nested entity classes are named Outer$Inner; the simple name reads better in a message.
        String simple = entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
        return attribute.map(a -> simple + "." + a).orElse(simple);
    }
}
