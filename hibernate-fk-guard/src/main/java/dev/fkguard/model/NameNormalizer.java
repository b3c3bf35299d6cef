package dev.fkguard.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Gives every table reference of a mapping and a catalog the keys of one engine ({@link NameRules#table}), so that
 * everything after compares normalized names only. Normalizing twice changes nothing.
 */
public final class NameNormalizer {

    private final NameRules rules;

    public NameNormalizer(NameRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public MappingModel normalize(MappingModel mapping) {
        return withTables(mapping, memoized());
    }

    /**
     * {@link NameRules#table}, once per ref object: the mapping reader and the catalog assembler share one ref per
     * table among all its keys, so most refs come again and again. By identity, so equal refs spelled differently
     * keep their own spelling.
     */
    private UnaryOperator<TableRef> memoized() {
        Map<TableRef, TableRef> done = new IdentityHashMap<>();
        return ref -> {
            TableRef normalized = done.get(ref);
            if (normalized == null) {
                normalized = rules.table(ref);
                done.put(ref, normalized);
            }
            return normalized;
        };
    }

    /** The mapping with every table reference replaced by {@code table}'s answer for it. */
    public static MappingModel withTables(MappingModel mapping, UnaryOperator<TableRef> table) {
        return new MappingModel(
                mapping.tables().stream().map(table).collect(Collectors.toSet()),
                withTables(mapping.foreignKeys(), table),
                mapping.entities().stream()
                        .map(e -> e.withTable(table.apply(e.table()))).toList(),
                mapping.polymorphicAssociations().stream()
                        .map(p -> new PolymorphicAssociation(p.source(), p.kind(), table.apply(p.table()),
                                p.columns(), p.formulas()))
                        .toList(),
                mapping.suppressions().stream()
                        .map(s -> new Suppression(s.source(), table.apply(s.table()), s.columns(), s.rules(),
                                s.reason()))
                        .toList(),
                mapping.queries().stream().map(table).collect(Collectors.toSet()),
                mapping.formulaJoins().stream()
                        .map(j -> new FormulaJoin(j.source(), j.kind(), table.apply(j.table()),
                                table.apply(j.targetTable()), j.selectables(), j.targetColumns()))
                        .toList(),
                mapping.valueColumns().stream()
                        .map(v -> new ValueColumn(v.source(), table.apply(v.table()), v.column())).toList(),
                mapping.quotedColumns().stream()
                        .map(c -> new QuotedColumn(table.apply(c.table()), c.column())).collect(Collectors.toSet()),
                withTables(mapping.readOnlyDuplicates(), table));
    }

    private static List<ExpectedForeignKey> withTables(List<ExpectedForeignKey> keys, UnaryOperator<TableRef> table) {
        return keys.stream()
                .map(e -> {
                    ForeignKey key = withTables(e.key(), table);
                    return key == e.key() ? e : new ExpectedForeignKey(key, e.intent());
                }).toList();
    }

    /**
     * The database, its name rules also knowing the columns {@code mapping} (normalized) writes quoted: a column name
     * is a string, and only the rules say whether the engine folds it ({@link NameRules#quotedColumns}).
     */
    public SchemaModel withQuotedColumnsOf(MappingModel mapping, SchemaModel database) {
        if (mapping.quotedColumns().isEmpty()) {
            return database;
        }
        Set<String> entries = mapping.quotedColumns().stream()
                .map(c -> rules.columnEntry(c.table(), c.column())).collect(Collectors.toSet());
        DatabaseInfo info = database.database();
        NameRules names = info.names().withMoreQuotedColumns(entries);
        if (names == info.names()) {
            return database;
        }
        return new SchemaModel(new DatabaseInfo(info.kind(), info.version(), info.schemas(), info.foreignKeyChecks(),
                names, info.tenants()), database.tables(), database.foreignKeys(), database.views());
    }

    /**
     * The (normalized) mapping with every column it writes unquoted named as {@link NameRules#unquotedColumn} says,
     * by {@code catalog}'s rules before they learn the mapping's quoted columns: a column name is a plain string, so an
     * unquoted {@code code} on H2 would otherwise be taken for a quoted {@code "code"} the catalog has beside
     * {@code CODE}. Columns the mapping quotes stay as written; nothing changes where no catalog column is a stored
     * form an unquoted name would not give.
     */
    public static MappingModel withUnquotedColumnsFolded(MappingModel mapping, NameRules catalog) {
        if (catalog.quotedColumns().isEmpty()) {
            return mapping;
        }
        Set<QuotedColumn> quoted = mapping.quotedColumns();
        java.util.function.BiFunction<TableRef, List<String>, List<String>> columns = (table, names) -> names.stream()
                .map(c -> quoted.contains(new QuotedColumn(table, c)) ? c : catalog.unquotedColumn(table, c))
                .toList();
        java.util.function.UnaryOperator<ExpectedForeignKey> folded = e -> {
            ForeignKey key = e.key();
            return new ExpectedForeignKey(new ForeignKey(key.name(), key.table(),
                    columns.apply(key.table(), key.columns()), key.targetTable(),
                    columns.apply(key.targetTable(), key.targetColumns()), key.onDelete(), key.onUpdate(),
                    key.deferrable(), key.enforced(), key.validated()), e.intent());
        };
        return new MappingModel(
                mapping.tables(),
                mapping.foreignKeys().stream().map(folded).toList(),
                mapping.entities(),
                mapping.polymorphicAssociations().stream()
                        .map(p -> new PolymorphicAssociation(p.source(), p.kind(), p.table(),
                                columns.apply(p.table(), p.columns()), p.formulas()))
                        .toList(),
                mapping.suppressions().stream()
                        .map(s -> new Suppression(s.source(), s.table(), columns.apply(s.table(), s.columns()),
                                s.rules(), s.reason()))
                        .toList(),
                mapping.queries(),
                mapping.formulaJoins(),
                mapping.valueColumns().stream()
                        .map(v -> new ValueColumn(v.source(), v.table(),
                                columns.apply(v.table(), List.of(v.column())).get(0)))
                        .toList(),
                quoted,
                mapping.readOnlyDuplicates().stream().map(folded).toList());
    }

    public SchemaModel normalize(SchemaModel database) {
        UnaryOperator<TableRef> table = memoized();
        return new SchemaModel(database.database(),
                database.tables().stream()
                        .map(t -> normalize(t, table))
                        .toList(),
                database.foreignKeys().stream().map(key -> withTables(key, table)).toList(),
                database.views().stream().map(table).collect(Collectors.toSet()));
    }

    /** The table itself where its ref is normalized already: the catalog's refs mostly are. */
    private static Table normalize(Table table, UnaryOperator<TableRef> tables) {
        TableRef ref = tables.apply(table.ref());
        return ref == table.ref() ? table
                : new Table(ref, table.columns(), table.primaryKey(), table.indexes(), table.engine());
    }

    private static ForeignKey withTables(ForeignKey key, UnaryOperator<TableRef> table) {
        TableRef from = table.apply(key.table());
        TableRef to = table.apply(key.targetTable());
        if (from == key.table() && to == key.targetTable()) {
            return key;
        }
        return new ForeignKey(key.name(), from, key.columns(), to, key.targetColumns(), key.onDelete(), key.onUpdate(), key.deferrable(), key.enforced(),
                key.validated());
    }
}
