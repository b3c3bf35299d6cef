package dev.fkguard.mapping;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import dev.fkguard.model.TableRef;

/**
 * What the mapping read refers to tables and groups columns by, made once per Hibernate table: {@link TableRefs#of(Table)}
 * and its qualified key.
 * Every relation asks for its table's key several times (who writes its columns, what the parent cascades); building
 * the ref and its key string each time was a large share of the read's allocation. One per read: not shared.
 */
final class TableKeys {

    /**
     * A column of a table, as {@link TableRefs#columnIdentity} tells the mapping's columns apart.
     *
     * <p>The keys below write out {@code equals} and {@code hashCode}: a record's generated ones link through
     * {@code invokedynamic} on first use, and the JVM's first such link costs ~30 ms, on the booting thread that
     * reads the mapping (see docs/performance.md, round 5).
     */
    record ColumnKey(String table, String column) {

        @Override
        public boolean equals(Object other) {
            return other instanceof ColumnKey that && table.equals(that.table) && column.equals(that.column);
        }

        @Override
        public int hashCode() {
            return 31 * table.hashCode() + column.hashCode();
        }
    }

    /** Some columns of a table, as a set: the distinct identities in order. */
    record ColumnsKey(String table, List<String> columns) {

        @Override
        public boolean equals(Object other) {
            return other instanceof ColumnsKey that && table.equals(that.table) && columns.equals(that.columns);
        }

        @Override
        public int hashCode() {
            return 31 * table.hashCode() + columns.hashCode();
        }
    }

    private final Map<Table, TableRef> refs = new IdentityHashMap<>();
    private final Map<Table, String> keys = new IdentityHashMap<>();

    /** {@link TableRefs#of(Table)}, made once per table (a ref is a value: sharing it changes nothing). */
    TableRef ref(Table table) {
        TableRef ref = refs.get(table);
        if (ref == null) {
            ref = TableRefs.of(table);
            refs.put(table, ref);
        }
        return ref;
    }

    /** {@code TableRefs.of(table).qualifiedKey()}, computed once per table. */
    String of(Table table) {
        String key = keys.get(table);
        if (key == null) {
            key = ref(table).qualifiedKey();
            keys.put(table, key);
        }
        return key;
    }

    ColumnKey column(Table table, Column column) {
        return new ColumnKey(of(table), TableRefs.columnIdentity(column));
    }

    ColumnsKey columns(Table table, List<Column> columns) {
        if (columns.size() == 1) {
            return new ColumnsKey(of(table), List.of(TableRefs.columnIdentity(columns.get(0))));
        }
        Set<String> names = new TreeSet<>();
        columns.forEach(column -> names.add(TableRefs.columnIdentity(column)));
        return new ColumnsKey(of(table), List.copyOf(names));
    }
}
