package dev.fkguard.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * What the parent side says about deleting children: {@code @OneToMany(cascade = REMOVE/ALL, orphanRemoval)} and
 * inverse {@code @OneToOne(mappedBy, …)}. Keyed by the child table and FK columns, because that is the one thing
 * the parent's collection and the child's {@code @ManyToOne} share (the attribute may sit in an embeddable).
 */
final class ChildCascades {

    record Flags(boolean remove, boolean orphanRemoval) {
        Flags or(Flags other) {
            return new Flags(remove || other.remove, orphanRemoval || other.orphanRemoval);
        }
    }

    private static final Flags NONE = new Flags(false, false);

    private final Map<TableKeys.ColumnsKey, Flags> byColumns = new HashMap<>();
    private final Map<String, Flags> byAttribute = new HashMap<>();
    private final TableKeys keys;

    ChildCascades(TableKeys keys) {
        this.keys = keys;
    }

    void addForColumns(Table childTable, List<Column> columns, Flags flags) {
        byColumns.merge(keys.columns(childTable, columns), flags, Flags::or);
    }

    void addForAttribute(String entity, String attribute, Flags flags) {
        byAttribute.merge(entity + "#" + attribute, flags, Flags::or);
    }

    Flags lookup(Relation relation) {
        Flags flags = byColumns.getOrDefault(keys.columns(relation.table(), relation.columns()), NONE);
        if (relation.attribute().isPresent() && !byAttribute.isEmpty()) {
            flags = flags.or(byAttribute.getOrDefault(relation.entity() + "#" + relation.attribute().get(), NONE));
        }
        return flags;
    }
}
