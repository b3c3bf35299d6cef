package dev.fkguard.mapping;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Any;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSuppress;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.Suppression;
import dev.fkguard.model.TableRef;

/**
 * Turns {@link FkGuardSuppress} on entity classes and their attributes into {@link Suppression}s.
 *
 * <p>On an entity, the suppression covers every table the entity's rows live in: its primary table, its
 * secondary tables, the tables of JOINED subclasses and the collection tables it owns (join tables, element
 * collections). On an attribute (field or getter, also when declared in a superclass, or in an embeddable wherever
 * it is embedded, element collections included), it covers the foreign keys the mapping derives from that
 * attribute; an attribute that implies none (an inverse {@code mappedBy} side, an {@code @Any}) covers its own
 * columns, or the collection's key columns, or, having no columns, the entity's table.
 *
 * <p>Rule ids are not checked here: the rule list lives with the policy, which validates them.
 */
final class SuppressionReader {

    private final EntityProperties properties;
    /**
     * The annotated members each class declares, read once per read: a mapped superclass is the declaring class of
     * every entity below it, and reflection copies every field and method on each call.
     */
    private final Map<Class<?>, List<Annotated>> declared = new IdentityHashMap<>();

    SuppressionReader(EntityProperties properties) {
        this.properties = properties;
    }

    List<Suppression> read(Metadata metadata, List<ExpectedForeignKey> foreignKeys) {
        List<PersistentClass> entities = new ArrayList<>(metadata.getEntityBindings());
        entities.sort(Comparator.comparing(PersistentClass::getEntityName));
        Set<Suppression> suppressions = new LinkedHashSet<>();
        for (PersistentClass entity : entities) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue; // dynamic-map entities have no class to annotate
            }
            FkGuardSuppress onEntity = type.getAnnotation(FkGuardSuppress.class);
            if (onEntity != null) {
                String source = simpleName(type);
                for (TableRef table : entityTables(metadata, entity)) {
                    suppressions.add(suppression(onEntity, source, table, List.of()));
                }
            }
            for (Annotated member : annotatedMembers(type)) {
                attributeTargets(entity, member.attribute(), foreignKeys, member.source()).forEach(target ->
                        suppressions.add(member.suppression(target)));
            }
            embedded(entity).forEach((path, component) ->
                    readEmbeddable(entity, path, component, foreignKeys, suppressions));
        }
        return List.copyOf(suppressions);
    }

    /**
     * The embeddables an entity maps, by attribute path ({@code address}, {@code address.geo}, {@code contacts} for
     * an element collection of embeddables), nested ones included.
     */
    private Map<String, Component> embedded(PersistentClass entity) {
        Map<String, Component> components = new LinkedHashMap<>();
        for (PersistentClass e = entity; e != null; e = e.getSuperclass()) {
            // getProperties() already holds the joins' properties: no copy with them added a second time.
            for (Property property : this.properties.of(e)) {
                Value value = property.getValue();
                if (value instanceof Collection collection) {
                    value = collection.getElement();
                }
                if (value instanceof Component component) {
                    addComponent(property.getName(), component, components);
                }
            }
        }
        return components;
    }

    private static void addComponent(String path, Component component, Map<String, Component> components) {
        components.putIfAbsent(path, component);
        for (Property nested : component.getProperties()) {
            if (nested.getValue() instanceof Component inner) {
                addComponent(path + "." + nested.getName(), inner, components);
            }
        }
    }

    /**
     * An annotated attribute of an embeddable covers the foreign keys of that attribute wherever the embeddable is
     * embedded; the source names the embeddable, so its uses count as one suppression.
     */
    private void readEmbeddable(PersistentClass entity, String path, Component component,
                                List<ExpectedForeignKey> foreignKeys, Set<Suppression> suppressions) {
        Class<?> type = component.getComponentClass();
        if (type == null) {
            return; // dynamic-map embeddables have no class to annotate
        }
        for (Annotated member : annotatedMembers(type)) {
            List<Target> targets = embeddedTargets(entity, path + "." + member.attribute(), component,
                    member.attribute(), foreignKeys);
            if (targets.isEmpty()) {
                throw new FkGuardException(FkGuardException.Code.INVALID_SUPPRESSION, "@FkGuardSuppress on "
                        + member.source() + ": '" + member.attribute() + "' is not a mapped attribute of embeddable "
                        + simpleName(type) + ", so the suppression would silence nothing.",
                        "put it on the association field or getter, or on the entity class.");
            }
            targets.forEach(target -> suppressions.add(member.suppression(target)));
        }
    }

    /**
     * An annotated field or getter, named where it is written ({@code Animal.vet}): one annotation inherited by
     * several entities, or in an embeddable used several times, is one source.
     */
    private record Annotated(String attribute, String source, FkGuardSuppress annotation) {

        Suppression suppression(Target target) {
            return SuppressionReader.suppression(annotation, source, target.table(), target.columns());
        }
    }

    /** The annotated members of {@code type} and its superclasses. */
    private List<Annotated> annotatedMembers(Class<?> type) {
        List<Annotated> annotated = new ArrayList<>();
        for (Class<?> declaring = type; declaring != null && declaring != Object.class;
             declaring = declaring.getSuperclass()) {
            annotated.addAll(declared.computeIfAbsent(declaring, SuppressionReader::declaredAnnotated));
        }
        return annotated;
    }

    /**
     * The annotated fields and getters {@code declaring} itself declares, by name: reflection returns members in no
     * fixed order, and messages and the model must be stable. Only the annotated few are sorted.
     */
    private static List<Annotated> declaredAnnotated(Class<?> declaring) {
        List<Member> members = new ArrayList<>(0);
        for (Field field : declaring.getDeclaredFields()) {
            if (field.isAnnotationPresent(FkGuardSuppress.class)) {
                members.add(field);
            }
        }
        for (Method method : declaring.getDeclaredMethods()) {
            if (!method.isSynthetic() && !method.isBridge() && method.isAnnotationPresent(FkGuardSuppress.class)) {
                members.add(method);
            }
        }
        if (members.isEmpty()) {
            return List.of();
        }
        members.sort(Comparator.comparing(Member::getName));
        List<Annotated> annotated = new ArrayList<>(members.size());
        for (Member member : members) {
            String attribute = attributeName(member);
            annotated.add(new Annotated(attribute, simpleName(declaring) + "." + attribute,
                    ((AnnotatedElement) member).getAnnotation(FkGuardSuppress.class)));
        }
        return List.copyOf(annotated);
    }

    private static List<Target> embeddedTargets(PersistentClass entity, String path, Component component,
                                                String attribute, List<ExpectedForeignKey> foreignKeys) {
        List<Target> targets = keyTargets(entity, path, foreignKeys);
        if (!targets.isEmpty()) {
            return targets;
        }
        for (Property property : component.getProperties()) {
            if (property.getName().equals(attribute)) {
                List<String> columns = columnNames(property.getValue().getSelectables());
                Table table = component.getTable();
                return List.of(new Target(TableRefs.of(table == null ? entity.getTable() : table), columns));
            }
        }
        return List.of();
    }

    private static Suppression suppression(FkGuardSuppress annotation, String source, TableRef table,
                                           List<String> columns) {
        if (annotation.reason() == null || annotation.reason().isBlank()) {
            throw new FkGuardException(FkGuardException.Code.INVALID_SUPPRESSION,
                    "@FkGuardSuppress on " + source + " has no reason.",
                    "say why the finding is accepted, e.g. @FkGuardSuppress(rules = \""
                    + String.join("\", \"", annotation.rules()) + "\", reason = \"ids come from another service\");"
                    + " a suppression nobody can explain later cannot be reviewed or removed.");
        }
        return new Suppression(source, table, columns, Arrays.asList(annotation.rules()), annotation.reason().trim());
    }

    /** Where the entity's rows are stored: primary, secondary, subclass and owned collection tables. */
    private static Set<TableRef> entityTables(Metadata metadata, PersistentClass entity) {
        Set<TableRef> tables = new LinkedHashSet<>();
        for (PersistentClass candidate : metadata.getEntityBindings()) {
            if (candidate == entity || isSubclassOf(candidate, entity)) {
                tables.add(TableRefs.of(candidate.getTable()));
                for (Join join : candidate.getJoins()) {
                    tables.add(TableRefs.of(join.getTable()));
                }
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            if (collection.getOwner() == entity && !(collection.getElement() instanceof OneToMany)) {
                tables.add(TableRefs.of(collection.getCollectionTable()));
            }
        }
        return tables;
    }

    private static boolean isSubclassOf(PersistentClass candidate, PersistentClass entity) {
        for (PersistentClass parent = candidate.getSuperclass(); parent != null; parent = parent.getSuperclass()) {
            if (parent == entity) {
                return true;
            }
        }
        return false;
    }

    private record Target(TableRef table, List<String> columns) {
    }

    private static List<Target> attributeTargets(PersistentClass entity, String attribute,
                                                 List<ExpectedForeignKey> foreignKeys, String source) {
        List<Target> targets = new ArrayList<>(keyTargets(entity, attribute, foreignKeys));
        // A @ManyToAny is reported at its element's type and id columns, which no key covers.
        property(entity, attribute)
                .filter(p -> p.getValue() instanceof Collection collection && collection.getElement() instanceof Any)
                .map(p -> (Collection) p.getValue())
                .ifPresent(collection -> targets.add(new Target(TableRefs.of(collection.getCollectionTable()),
                        columnNames(collection.getElement().getSelectables()))));
        if (!targets.isEmpty()) {
            return targets;
        }
        Optional<Property> property = property(entity, attribute);
        if (property.isEmpty()) {
            throw new FkGuardException(FkGuardException.Code.INVALID_SUPPRESSION, "@FkGuardSuppress on " + source
                    + ": '" + attribute + "' is not a mapped attribute of entity " + entity.getEntityName()
                    + ", so the suppression would silence nothing.",
                    "put it on the association field or getter, or on the entity class.");
        }
        if (property.get().getValue() instanceof Collection collection) {
            return List.of(new Target(TableRefs.of(collection.getCollectionTable()),
                    columnNames(collection.getKey().getSelectables())));
        }
        List<String> columns = columnNames(property.get().getValue().getSelectables());
        Table table = property.get().getValue().getTable();
        return List.of(new Target(TableRefs.of(table == null ? entity.getTable() : table), columns));
    }

    /** The keys the mapping derives from the attribute at {@code path} of the entity or a superclass. */
    private static List<Target> keyTargets(PersistentClass entity, String path, List<ExpectedForeignKey> foreignKeys) {
        Set<String> entityNames = new LinkedHashSet<>();
        for (PersistentClass e = entity; e != null; e = e.getSuperclass()) {
            entityNames.add(e.getEntityName());
        }
        return foreignKeys.stream()
                .filter(fk -> entityNames.contains(fk.intent().entity()))
                .filter(fk -> fk.intent().attribute()
                        .filter(a -> a.equals(path) || a.startsWith(path + ".")).isPresent())
                .map(fk -> new Target(fk.key().table(), fk.key().columns()))
                .distinct()
                .toList();
    }

    private static Optional<Property> property(PersistentClass entity, String attribute) {
        if (entity.getIdentifierProperty() != null && entity.getIdentifierProperty().getName().equals(attribute)) {
            return Optional.of(entity.getIdentifierProperty());
        }
        for (PersistentClass e = entity; e != null; e = e.getSuperclass()) {
            for (Property property : e.getProperties()) {
                if (property.getName().equals(attribute)) {
                    return Optional.of(property);
                }
            }
            for (Join join : e.getJoins()) {
                for (Property property : join.getProperties()) {
                    if (property.getName().equals(attribute)) {
                        return Optional.of(property);
                    }
                }
            }
        }
        if (entity.getIdentifierMapper() != null) {
            for (Property property : entity.getIdentifierMapper().getProperties()) {
                if (property.getName().equals(attribute)) {
                    return Optional.of(property);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> columnNames(List<Selectable> selectables) {
        return selectables.stream().filter(Column.class::isInstance).map(s -> ((Column) s).getName()).toList();
    }

    /** {@code customer} for a field {@code customer} or a getter {@code getCustomer()} / {@code isCustomer()}. */
    private static String attributeName(Member member) {
        if (member instanceof Field) {
            return member.getName();
        }
        String name = member.getName();
        if (member instanceof Method method && method.getParameterCount() == 0) {
            if (name.startsWith("get") && name.length() > 3) {
                return decapitalize(name.substring(3));
            }
            if (name.startsWith("is") && name.length() > 2) {
                return decapitalize(name.substring(2));
            }
        }
        return name;
    }

    /** The JavaBeans rule: {@code getURL} is {@code URL}, {@code getName} is {@code name}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static String simpleName(Class<?> type) {
        return type.getSimpleName();
    }
}
