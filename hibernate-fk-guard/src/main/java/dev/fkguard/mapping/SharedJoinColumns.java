package dev.fkguard.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.Table;

/**
 * Which of the to-ones over one table's join columns state the key, when they point at different tables: a writable
 * {@code @ManyToOne} and read-only duplicates ({@code insertable = false, updatable = false}) to other entities.
 *
 * <p>Hibernate binds one foreign key per column set of a table, for the to-one it binds first (in attribute order),
 * whether or not that one writes the columns; its schema export then creates a key to the read-only duplicate's
 * table when that attribute sorts first. The columns hold what the writable association writes, so that association
 * states the key; a read-only duplicate to another table states none of its own, it only explains a database key to
 * its table. Without a writable to-one over the columns (a plain value column read by to-ones to several tables) no
 * target is the columns' own, and none of them states a key.
 */
final class SharedJoinColumns {

    private final Set<Relation> duplicates = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Relation, List<Relation>> groups = new IdentityHashMap<>();

    SharedJoinColumns(List<Relation> relations, TableKeys keys) {
        Map<TableKeys.ColumnsKey, List<Relation>> byColumns = new HashMap<>();
        for (Relation relation : relations) {
            if (relation.value() instanceof ManyToOne && !relation.columns().isEmpty()) {
                byColumns.computeIfAbsent(keys.columns(relation.table(), relation.columns()),
                        k -> new ArrayList<>()).add(relation);
            }
        }
        for (List<Relation> group : byColumns.values()) {
            if (group.size() < 2 || group.stream().map(Relation::targetTable).distinct().count() < 2) {
                continue;
            }
            Set<Table> written = Collections.newSetFromMap(new IdentityHashMap<>());
            group.stream().filter(Relation::writable).forEach(r -> written.add(r.targetTable()));
            for (Relation relation : group) {
                groups.put(relation, group);
                if (!relation.writable() && !written.contains(relation.targetTable())) {
                    duplicates.add(relation);
                }
            }
        }
    }

    /** A read-only to-one whose columns another association writes towards another table, or nothing writes. */
    boolean isReadOnlyDuplicate(Relation relation) {
        return duplicates.contains(relation);
    }

    /**
     * Whether {@code fk}, bound on the relation's columns towards another table than the relation's, may stand for the
     * relation's key: not when it is another to-one's over the same columns, bound for that one's target.
     */
    boolean mayStandFor(Relation relation, ForeignKey fk) {
        for (Relation other : groups.getOrDefault(relation, List.of())) {
            if (other != relation && other.targetTable() == fk.getReferencedTable()) {
                return false;
            }
        }
        return true;
    }
}
