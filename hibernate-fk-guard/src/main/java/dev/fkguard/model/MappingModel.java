package dev.fkguard.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the entity mapping says: the tables it maps and the foreign keys it implies, including relations the
 * mapping deliberately leaves without a constraint; the entities (with soft-delete intent), polymorphic relations
 * and formula joins no key can guard, and the suppressions written in the code.
 */
public record MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys, List<EntityMapping> entities,
                           List<PolymorphicAssociation> polymorphicAssociations, List<Suppression> suppressions,
                           Set<TableRef> queries, List<FormulaJoin> formulaJoins, List<ValueColumn> valueColumns,
                           Set<QuotedColumn> quotedColumns, List<ExpectedForeignKey> readOnlyDuplicates) {

    /**
     * @param readOnlyDuplicates keys towards the targets of read-only to-ones ({@code insertable = false,
     *                     updatable = false}) over columns another association writes towards another table: such a
     *                     duplicate asks for no key of its own, it only explains a database key to its table
     * @param quotedColumns the columns the mapping writes quoted (backticks, {@code \"Code\"},
     *                      {@code globally_quoted_identifiers}): the engine keeps their case, so {@code "Code"} is
     *                      not the {@code code} an unquoted name folds to. A column not listed is written unquoted.
     * @param queries      entities mapped to a query ({@code @Subselect}) rather than a table, each by the name
     *                     Hibernate gives it: no key can reference or leave one
     * @param formulaJoins associations joined through a formula, which imply no key
     * @param valueColumns columns mapped as plain values (basic attributes), not as associations
     */
    public MappingModel {
        tables = Collections.unmodifiableSortedSet(new TreeSet<>(tables));
        foreignKeys = List.copyOf(foreignKeys);
        entities = List.copyOf(entities);
        polymorphicAssociations = List.copyOf(polymorphicAssociations);
        suppressions = List.copyOf(suppressions);
        queries = Collections.unmodifiableSortedSet(new TreeSet<>(queries));
        formulaJoins = List.copyOf(formulaJoins);
        valueColumns = List.copyOf(valueColumns);
        quotedColumns = Set.copyOf(quotedColumns);
        readOnlyDuplicates = List.copyOf(readOnlyDuplicates);
    }

    /** A mapping without read-only duplicates of an association towards another table. */
    public MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys, List<EntityMapping> entities,
                        List<PolymorphicAssociation> polymorphicAssociations, List<Suppression> suppressions,
                        Set<TableRef> queries, List<FormulaJoin> formulaJoins, List<ValueColumn> valueColumns,
                        Set<QuotedColumn> quotedColumns) {
        this(tables, foreignKeys, entities, polymorphicAssociations, suppressions, queries, formulaJoins, valueColumns,
                quotedColumns, List.of());
    }

    /** A mapping whose columns are all written unquoted. */
    public MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys, List<EntityMapping> entities,
                        List<PolymorphicAssociation> polymorphicAssociations, List<Suppression> suppressions,
                        Set<TableRef> queries, List<FormulaJoin> formulaJoins, List<ValueColumn> valueColumns) {
        this(tables, foreignKeys, entities, polymorphicAssociations, suppressions, queries, formulaJoins, valueColumns,
                Set.of());
    }

    /** A mapping without plain value columns. */
    public MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys, List<EntityMapping> entities,
                        List<PolymorphicAssociation> polymorphicAssociations, List<Suppression> suppressions,
                        Set<TableRef> queries, List<FormulaJoin> formulaJoins, Set<QuotedColumn> quotedColumns) {
        this(tables, foreignKeys, entities, polymorphicAssociations, suppressions, queries, formulaJoins, List.of(),
                quotedColumns);
    }

    /** A mapping without plain value columns, its columns all written unquoted. */
    public MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys, List<EntityMapping> entities,
                        List<PolymorphicAssociation> polymorphicAssociations, List<Suppression> suppressions,
                        Set<TableRef> queries, List<FormulaJoin> formulaJoins) {
        this(tables, foreignKeys, entities, polymorphicAssociations, suppressions, queries, formulaJoins, List.of(),
                Set.of());
    }

    /** A mapping without formula joins. */
    public MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys, List<EntityMapping> entities,
                        List<PolymorphicAssociation> polymorphicAssociations, List<Suppression> suppressions,
                        Set<TableRef> queries) {
        this(tables, foreignKeys, entities, polymorphicAssociations, suppressions, queries, List.of());
    }

    /** A mapping without {@code @Subselect} entities or formula joins. */
    public MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys, List<EntityMapping> entities,
                        List<PolymorphicAssociation> polymorphicAssociations, List<Suppression> suppressions) {
        this(tables, foreignKeys, entities, polymorphicAssociations, suppressions, Set.of());
    }

    /** Tables and keys only, for checks that need nothing else. */
    public MappingModel(Set<TableRef> tables, List<ExpectedForeignKey> foreignKeys) {
        this(tables, foreignKeys, List.of(), List.of(), List.of());
    }

    public boolean maps(TableRef table) {
        return tables.contains(table);
    }
}
