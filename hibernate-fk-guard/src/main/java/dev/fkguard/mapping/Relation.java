package dev.fkguard.mapping;

import java.util.List;
import java.util.Optional;

import org.hibernate.mapping.Column;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.mapping.Table;

import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.OnDeleteSite;

/**
 * One place where the mapping implies a foreign key, as found by walking the mapping: the referencing columns,
 * where they point according to the mapping, and the Hibernate value that carries the FK settings.
 *
 * @param value            the value holding {@code @ForeignKey}/{@code @OnDelete} (a to-one, a collection key…)
 * @param targetTable      the table the mapping points at (used when Hibernate built no FK object)
 * @param targetColumns    the columns the mapping points at, in the order of {@code columns}
 * @param notFound         {@code @NotFound} is declared: missing targets are tolerated, so no constraint is wanted
 * @param rowsSoftDeleted  the collection whose table holds the key is {@code @SoftDelete}: its rows are marked, not
 *                         deleted
 * @param writable         Hibernate writes the columns through this mapping; false for a read-only duplicate
 *                         ({@code insertable = false, updatable = false}), which must not decide the columns' nullability
 * @param onDeleteSite     where {@code @OnDelete} states this key's rule; empty: on the relation's own attribute
 */
record Relation(
        String entity,
        Optional<String> attribute,
        AssociationKind kind,
        Table table,
        List<Column> columns,
        SimpleValue value,
        Table targetTable,
        List<Column> targetColumns,
        boolean notFound,
        boolean rowsSoftDeleted,
        boolean writable,
        Optional<OnDeleteSite> onDeleteSite) {

    Relation {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    /** A relation whose rule {@code @OnDelete} states on its own attribute. */
    Relation(String entity, Optional<String> attribute, AssociationKind kind, Table table, List<Column> columns,
             SimpleValue value, Table targetTable, List<Column> targetColumns, boolean notFound,
             boolean rowsSoftDeleted, boolean writable) {
        this(entity, attribute, kind, table, columns, value, targetTable, targetColumns, notFound, rowsSoftDeleted,
                writable, Optional.empty());
    }
}
