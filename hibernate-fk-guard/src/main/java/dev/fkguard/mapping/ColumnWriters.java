package dev.fkguard.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.Table;

/**
 * Whether the mappings that write a column let it be NULL. A column is often mapped twice: once writable (an optional
 * {@code @ManyToOne}, a basic attribute, an hbm.xml {@code <key not-null="true">}) and once read-only
 * ({@code insertable = false, updatable = false}, hbm.xml {@code insert="false" update="false"}). Only the writable
 * mapping decides what the column holds; a read-only one may claim anything, Hibernate never writes through it.
 */
final class ColumnWriters {

    private final Map<TableKeys.ColumnKey, Boolean> nullableByColumn = new HashMap<>();
    private final TableKeys keys;

    ColumnWriters(TableKeys keys) {
        this.keys = keys;
    }

    /** Records the columns {@code value} writes; {@code propertyWritable} is false for a read-only property. */
    void add(SimpleValue value, boolean propertyWritable) {
        if (!propertyWritable) {
            return;
        }
        List<Selectable> selectables = value.getSelectables();
        for (int i = 0; i < selectables.size(); i++) {
            if (selectables.get(i) instanceof Column column
                    && (value.isColumnInsertable(i) || value.isColumnUpdateable(i))) {
                add(value.getTable(), column);
            }
        }
    }

    /** Records a column written by a collection (the key of a unidirectional {@code @OneToMany}). */
    void add(Table table, Column column) {
        // Two writers: the column must accept whatever either of them writes.
        nullableByColumn.merge(keys.column(table, column), column.isNullable(), Boolean::logicalOr);
    }

    /** Whether the column's writers let it be NULL; empty when no writable mapping writes it. */
    Optional<Boolean> nullable(Table table, Column column) {
        return Optional.ofNullable(nullableByColumn.get(keys.column(table, column)));
    }
}
