package dev.fkguard.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hibernate.mapping.Any;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;

import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.PolymorphicAssociation;
import dev.fkguard.model.SoftDeleteKind;

/**
 * Facts about entities that are not foreign keys but decide whether keys can do their job: how an entity is
 * deleted (soft delete turns a delete into an UPDATE, so no ON DELETE rule ever fires) and which relations are
 * polymorphic ({@code @Any}, {@code @ManyToAny}), so that no key can guard them at all.
 *
 * <p>Soft delete: {@code @SoftDelete} is kept on the root class's soft-delete column (subclasses inherit it);
 * {@code @SQLDelete} is the entity's custom delete statement, and counts when it is an UPDATE.
 */
final class EntityFactsReader {

    private static final String KIND_ANY = "@Any";
    private static final String KIND_MANY_TO_ANY = "@ManyToAny";

    private final HibernateVersionAdapter adapter;

    private final EntityProperties properties;
    private final TableKeys tableKeys;

    EntityFactsReader(HibernateVersionAdapter adapter, EntityProperties properties, TableKeys tableKeys) {
        this.adapter = adapter;
        this.properties = properties;
        this.tableKeys = tableKeys;
    }

    record Facts(List<EntityMapping> entities, List<PolymorphicAssociation> polymorphicAssociations) {
    }

    /** @param bindings the mapping's entities, by entity name */
    Facts read(List<PersistentClass> bindings) {
        List<EntityMapping> entities = new ArrayList<>();
        List<PolymorphicAssociation> polymorphic = new ArrayList<>();
        EntityOrigins origins = new EntityOrigins(bindings, this.properties);
        for (PersistentClass entity : bindings) {
            entities.add(new EntityMapping(entity.getEntityName(), tableKeys.ref(entity.getTable()),
                    softDelete(entity), origins.of(entity)));
            // getProperties() already holds the secondary tables' (joins') properties: adding them again listed an
            // @Any there twice, and copied the list once per entity.
            for (Property property : this.properties.of(entity)) {
                collectPolymorphic(entity, "", property, polymorphic);
            }
        }
        return new Facts(entities, polymorphic);
    }

    private Optional<SoftDeleteKind> softDelete(PersistentClass entity) {
        if (adapter.softDeleteColumn(entity.getRootClass()).isPresent()) {
            return Optional.of(SoftDeleteKind.SOFT_DELETE);
        }
        // A subclass without its own @SQLDelete deletes through its root's statement.
        String sql = Optional.ofNullable(entity.getCustomSQLDelete())
                .orElse(entity.getRootClass().getCustomSQLDelete());
        if (sql != null && sql.trim().toUpperCase(Locale.ROOT).startsWith("UPDATE")) {
            return Optional.of(SoftDeleteKind.SQL_DELETE_UPDATE);
        }
        return Optional.empty();
    }

    private static void collectPolymorphic(PersistentClass entity, String prefix, Property property,
                                           List<PolymorphicAssociation> found) {
        String path = prefix + property.getName();
        Value value = property.getValue();
        if (value instanceof Component component) {
            for (Property nested : component.getProperties()) {
                collectPolymorphic(entity, path + ".", nested, found);
            }
        } else if (value instanceof Any any) {
            found.add(association(entity, path, KIND_ANY, any));
        } else if (value instanceof Collection collection && collection.getElement() instanceof Any any) {
            found.add(association(entity, path, KIND_MANY_TO_ANY, any));
        }
    }

    private static PolymorphicAssociation association(PersistentClass entity, String path, String kind, Any any) {
        // An Any's selectables are its discriminator followed by its key, as Hibernate binds them; either may be a
        // formula (@Formula, @JoinFormula; getColumns() asserts then). A formula is no column: kept apart as its SQL.
        List<String> columns = any.getSelectables().stream().filter(s -> !s.isFormula())
                .map(s -> ((Column) s).getName()).toList();
        List<String> formulas = any.getSelectables().stream().filter(Selectable::isFormula)
                .map(Selectable::getText).toList();
        return new PolymorphicAssociation(simpleName(entity.getEntityName()) + "." + path, kind,
                TableRefs.of(any.getTable()), columns, formulas);
    }

    private static String simpleName(String entity) {
        return entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
    }
}
