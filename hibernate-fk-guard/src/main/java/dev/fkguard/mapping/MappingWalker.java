package dev.fkguard.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Any;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;

import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.FormulaJoin;
import dev.fkguard.model.ValueColumn;
import dev.fkguard.model.OnDeleteSite;

/**
 * Walks the bound mapping and lists every place that implies a foreign key ({@link Relation}), plus what parents
 * say about deleting their children ({@link ChildCascades}). Only the mapping is read here; whether Hibernate
 * built a constraint for a relation is decided later against the tables' FK objects.
 *
 * <p>Joins through SQL formulas ({@code @JoinFormula}, formulas in {@code @JoinColumnsOrFormulas}) have no key
 * columns: Hibernate asserts when asked for their columns and builds no foreign key, so they are listed apart
 * ({@link FormulaJoin}) and never become relations. Which mapping writes each column is collected on the way
 * ({@link ColumnWriters}), so that read-only duplicates do not decide a column's nullability.
 */
final class MappingWalker {

    private final Metadata metadata;
    private final HibernateVersionAdapter adapter;
    private final List<PersistentClass> entities = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final TableKeys tableKeys = new TableKeys();
    private final ChildCascades cascades = new ChildCascades(tableKeys);
    private final List<FormulaJoin> formulaJoins = new ArrayList<>();
    private final List<ValueColumn> valueColumns = new ArrayList<>();
    private final ColumnWriters writers = new ColumnWriters(tableKeys);

    private final EntityProperties properties;

    MappingWalker(Metadata metadata, HibernateVersionAdapter adapter, EntityProperties properties) {
        this.metadata = metadata;
        this.adapter = adapter;
        this.properties = properties;
    }

    List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }

    ChildCascades cascades() {
        return cascades;
    }

    List<FormulaJoin> formulaJoins() {
        return Collections.unmodifiableList(formulaJoins);
    }

    /** The columns basic attributes map, plain values rather than associations. */
    List<ValueColumn> valueColumns() {
        return Collections.unmodifiableList(valueColumns);
    }

    /** The refs and keys of the tables walked, made once per table. */
    TableKeys tableKeys() {
        return tableKeys;
    }

    ColumnWriters writers() {
        return writers;
    }

    MappingWalker walk() {
        entities.addAll(metadata.getEntityBindings());
        entities.sort(Comparator.comparing(PersistentClass::getEntityName));
        for (PersistentClass entity : entities) {
            walkEntity(entity);
        }
        return this;
    }

    /** The entities walked, by entity name. */
    List<PersistentClass> entities() {
        return Collections.unmodifiableList(entities);
    }

    private void walkEntity(PersistentClass entity) {
        String name = entity.getEntityName();
        if (entity instanceof JoinedSubclass subclass) {
            PersistentClass parent = subclass.getSuperclass();
            relations.add(new Relation(name, Optional.empty(), AssociationKind.INHERITANCE, subclass.getTable(),
                    subclass.getKey().getColumns(), (SimpleValue) subclass.getKey(), parent.getTable(),
                    primaryKeyColumns(parent.getTable()), false, false, true));
        }
        for (Join join : entity.getJoins()) {
            relations.add(new Relation(name, Optional.empty(), AssociationKind.SECONDARY_TABLE, join.getTable(),
                    join.getKey().getColumns(), (SimpleValue) join.getKey(), entity.getTable(),
                    primaryKeyColumns(entity.getTable()), false, false, true));
        }
        List<Property> properties = new ArrayList<>();
        // Derived identities (@Id @ManyToOne in an @IdClass or @EmbeddedId) live inside the identifier.
        if (entity.getIdentifierProperty() != null) {
            properties.add(entity.getIdentifierProperty());
        }
        if (entity.getIdentifierMapper() != null) {
            properties.addAll(entity.getIdentifierMapper().getProperties());
        }
        // getProperties() already holds the secondary tables' (joins') properties: adding them again only made the
        // list and the set below longer.
        properties.addAll(this.properties.of(entity));
        // Sized to the entity: the default table of an identity set is 64 slots, once per entity.
        Set<Property> seen = Collections.newSetFromMap(new IdentityHashMap<>(properties.size()));
        for (Property property : properties) {
            if (seen.add(property)) {
                walkProperty(entity, "", property);
            }
        }
    }

    private void walkProperty(PersistentClass entity, String prefix, Property property) {
        String path = prefix + property.getName();
        Value value = property.getValue();
        boolean writable = property.isInsertable() || property.isUpdateable();
        if (value instanceof SimpleValue simple && !(value instanceof Component)) {
            writers.add(simple, writable);
        }
        if (value instanceof BasicValue basic) {
            List<Selectable> selectables = basic.getSelectables();
            for (int i = 0; i < selectables.size(); i++) {
                if (selectables.get(i) instanceof Column column) {
                    // The table's ref made once (tableKeys), not a new ref and names per basic column.
                    valueColumns.add(new ValueColumn(simpleName(entity.getEntityName()) + "." + path,
                            tableKeys.ref(basic.getTable()), column.getName()));
                }
            }
        }
        if (value instanceof Component component) {
            for (Property nested : component.getProperties()) {
                walkProperty(entity, path + ".", nested);
            }
        } else if (value instanceof ToOne toOne && toOne.hasFormula()) {
            formulaJoins.add(formulaJoin(entity.getEntityName(), path, toOne instanceof OneToOne ? "@OneToOne"
                    : "@ManyToOne", toOne, toOne.getReferencedEntityName(), referencedColumns(toOne)));
        } else if (value instanceof ManyToOne manyToOne) {
            AssociationKind kind = manyToOne.isLogicalOneToOne() ? AssociationKind.ONE_TO_ONE
                    : AssociationKind.MANY_TO_ONE;
            relations.add(toOneRelation(entity.getEntityName(), path, kind, manyToOne, manyToOne.getColumns(),
                    writable && writesAnyColumn(manyToOne)));
        } else if (value instanceof OneToOne oneToOne) {
            walkOneToOne(entity, path, property, oneToOne, writable);
        } else if (value instanceof Collection collection) {
            walkCollection(entity, path, property, collection);
        }
    }

    private void walkOneToOne(PersistentClass entity, String path, Property property, OneToOne oneToOne,
                              boolean writable) {
        if (oneToOne.isConstrained()) {
            // @OneToOne @PrimaryKeyJoinColumn: this entity's primary key references the other's.
            relations.add(toOneRelation(entity.getEntityName(), path, AssociationKind.ONE_TO_ONE, oneToOne,
                    entity.getKey().getColumns(), writable));
        } else if (oneToOne.getMappedByProperty() != null) {
            cascades.addForAttribute(oneToOne.getReferencedEntityName(), oneToOne.getMappedByProperty(),
                    new ChildCascades.Flags(adapter.cascadesRemove(property), adapter.cascadesOrphanRemoval(property)));
        }
    }

    private void walkCollection(PersistentClass entity, String path, Property property, Collection collection) {
        String owner = entity.getEntityName();
        Table collectionTable = collection.getCollectionTable();
        KeyValue key = collection.getKey();
        if (key.hasFormula()) {
            formulaJoins.add(formulaJoin(owner, path, "collection key", key, owner,
                    referencedKeyColumns(entity, collection)));
            return;
        }
        if (collection.getElement() instanceof OneToMany) {
            // The FK sits in the child's table; the parent only says how children are deleted.
            cascades.addForColumns(collectionTable, key.getColumns(), new ChildCascades.Flags(
                    adapter.cascadesRemove(property),
                    collection.hasOrphanDelete() || adapter.cascadesOrphanRemoval(property)));
            if (!collection.isInverse()) {
                // The key is written by the collection only when it is updatable (insertable = false, updatable =
                // false leaves it read-only); a not-null key is also written by the child's insert (its backref).
                boolean keyWritable = key.isUpdateable();
                if (keyWritable) {
                    key.getColumns().forEach(column -> writers.add(collectionTable, column));
                }
                relations.add(new Relation(owner, Optional.of(path), AssociationKind.ONE_TO_MANY_JOIN_COLUMN,
                        collectionTable, key.getColumns(), (SimpleValue) key, entity.getTable(),
                        referencedKeyColumns(entity, collection), false, false, keyWritable));
            }
            return;
        }
        if (collection.isInverse()) {
            return; // the owning side of the many-to-many describes the junction table
        }
        // @ManyToAny also points at entities through its join table, just not at one table.
        boolean toEntities = collection.getElement() instanceof ManyToOne || collection.getElement() instanceof Any;
        AssociationKind kind = toEntities ? AssociationKind.JOIN_TABLE : AssociationKind.ELEMENT_COLLECTION;
        boolean softDeleted = adapter.softDeleteColumn(collection).isPresent();
        relations.add(new Relation(owner, Optional.of(path), kind, collectionTable, key.getColumns(),
                (SimpleValue) key, entity.getTable(), referencedKeyColumns(entity, collection), false,
                softDeleted, true));
        if (!softDeleted) {
            // Deleting the owner, Hibernate first deletes the collection's rows itself, as for cascade = REMOVE.
            cascades.addForColumns(collectionTable, key.getColumns(), new ChildCascades.Flags(true, false));
        }
        walkElement(owner, path, kind, collection.getElement(), elementSite(owner, path, kind, collection));
        if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
            walkElement(owner, path, kind, indexed.getIndex(),
                    Optional.of(new OnDeleteSite.Nowhere("the map key of " + simpleName(owner) + "." + path)));
        }
    }

    /**
     * Where the rule of a join table's other key is stated: {@code @OnDelete} on the owner's collection acts on the
     * owner's key, so only the other side's collection (mapped by this one) can state it. An element collection's
     * to-one in an embeddable states its own ({@code Team.members.person}).
     */
    private Optional<OnDeleteSite> elementSite(String owner, String path, AssociationKind kind,
                                               Collection collection) {
        if (kind != AssociationKind.JOIN_TABLE || !(collection.getElement() instanceof ManyToOne element)) {
            return Optional.empty();
        }
        PersistentClass other = metadata.getEntityBinding(element.getReferencedEntityName());
        Optional<String> otherSide = properties.of(other).stream()
                .filter(p -> p.getValue() instanceof Collection c && c.isInverse()
                        && c.getCollectionTable() == collection.getCollectionTable())
                .map(p -> simpleName(other.getEntityName()) + "." + p.getName())
                .findFirst();
        return Optional.of(new OnDeleteSite.OtherSideOfJoinTable(simpleName(owner) + "." + path,
                simpleName(other.getEntityName()), otherSide));
    }

    /** An element or map key of a collection table that references an entity (directly or in an embeddable). */
    private void walkElement(String owner, String path, AssociationKind kind, Value element,
                             Optional<OnDeleteSite> site) {
        if (element instanceof ManyToOne manyToOne && manyToOne.hasFormula()) {
            formulaJoins.add(formulaJoin(owner, path, kind.annotation(), manyToOne,
                    manyToOne.getReferencedEntityName(), referencedColumns(manyToOne)));
        } else if (element instanceof ManyToOne manyToOne) {
            Relation relation = toOneRelation(owner, path, kind, manyToOne, manyToOne.getColumns(), true);
            relations.add(new Relation(relation.entity(), relation.attribute(), kind, relation.table(),
                    relation.columns(), relation.value(), relation.targetTable(), relation.targetColumns(),
                    relation.notFound(), relation.rowsSoftDeleted(), relation.writable(), site));
        } else if (element instanceof Component component) {
            for (Property nested : component.getProperties()) {
                walkElement(owner, path + "." + nested.getName(), kind, nested.getValue(), Optional.empty());
            }
        }
    }

    private static String simpleName(String entity) {
        // Nested entity classes are named Outer$Inner; the simple name reads better in a message.
        return entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
    }

    private Relation toOneRelation(String entity, String path, AssociationKind kind, ToOne toOne,
                                   List<Column> columns, boolean writable) {
        PersistentClass target = metadata.getEntityBinding(toOne.getReferencedEntityName());
        Table targetTable = target.getTable();
        List<Column> targetColumns = primaryKeyColumns(targetTable);
        String referencedProperty = toOne.getReferencedPropertyName();
        if (referencedProperty != null && !toOne.isReferenceToPrimaryKey()) {
            Property property = target.getReferencedProperty(referencedProperty);
            targetColumns = columnsOrNone(property.getValue());
            targetTable = property.getValue().getTable();
        }
        boolean notFound = toOne instanceof ManyToOne manyToOne
                && (manyToOne.isIgnoreNotFound() || manyToOne.getNotFoundAction() != null);
        return new Relation(entity, Optional.of(path), kind, toOne.getTable(), columns, toOne, targetTable,
                targetColumns, notFound, false, writable);
    }

    private FormulaJoin formulaJoin(String entity, String path, String kind, Value value, String targetEntity,
                                    List<Column> targetColumns) {
        PersistentClass target = metadata.getEntityBinding(targetEntity);
        List<String> selectables = value.getSelectables().stream().map(Selectable::getText).toList();
        String simpleName = simpleName(entity);
        // Target columns that do not pair one to one with the join's parts say nothing about the pairs.
        List<String> targets = targetColumns.size() == selectables.size()
                ? targetColumns.stream().map(Column::getName).toList() : List.of();
        return new FormulaJoin(simpleName + "." + path, kind, TableRefs.of(value.getTable()),
                TableRefs.of(target.getTable()), selectables, targets);
    }

    /** The target's columns a to-one compares with: its primary key, or the referenced property's columns. */
    private List<Column> referencedColumns(ToOne toOne) {
        PersistentClass target = metadata.getEntityBinding(toOne.getReferencedEntityName());
        String referencedProperty = toOne.getReferencedPropertyName();
        if (referencedProperty != null && !toOne.isReferenceToPrimaryKey()) {
            return columnsOrNone(target.getReferencedProperty(referencedProperty).getValue());
        }
        return primaryKeyColumns(target.getTable());
    }

    /** A value's columns; none when a formula is among them (Hibernate asserts on getColumns() then). */
    private static List<Column> columnsOrNone(Value value) {
        return value.hasFormula() ? List.of() : value.getColumns();
    }

    private static boolean writesAnyColumn(SimpleValue value) {
        for (int i = 0; i < value.getSelectables().size(); i++) {
            if (value.isColumnInsertable(i) || value.isColumnUpdateable(i)) {
                return true;
            }
        }
        return false;
    }

    private List<Column> referencedKeyColumns(PersistentClass owner, Collection collection) {
        String referencedProperty = collection.getReferencedPropertyName();
        if (referencedProperty != null) {
            return columnsOrNone(owner.getReferencedProperty(referencedProperty).getValue());
        }
        return primaryKeyColumns(owner.getTable());
    }

    static List<Column> primaryKeyColumns(Table table) {
        return table.getPrimaryKey() == null ? List.of() : table.getPrimaryKey().getColumns();
    }
}
