package dev.fkguard.model;

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
        return withTables(mapping, rules::table);
    }

    /** The mapping with every table reference replaced by {@code table}'s answer for it. */
    public static MappingModel withTables(MappingModel mapping, UnaryOperator<TableRef> table) {
        return new MappingModel(
                mapping.tables().stream().map(table).collect(Collectors.toSet()),
                mapping.foreignKeys().stream()
                        .map(e -> new ExpectedForeignKey(withTables(e.key(), table), e.intent())).toList(),
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
                        .map(c -> new QuotedColumn(table.apply(c.table()), c.column())).collect(Collectors.toSet()));
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

    public SchemaModel normalize(SchemaModel database) {
        return new SchemaModel(database.database(),
                database.tables().stream()
                        .map(t -> new Table(rules.table(t.ref()), t.columns(), t.primaryKey(), t.indexes(), t.engine()))
                        .toList(),
                database.foreignKeys().stream().map(key -> withTables(key, rules::table)).toList(),
                database.views().stream().map(rules::table).collect(Collectors.toSet()));
    }

    private static ForeignKey withTables(ForeignKey key, UnaryOperator<TableRef> table) {
        return new ForeignKey(key.name(), table.apply(key.table()), key.columns(), table.apply(key.targetTable()),
                key.targetColumns(), key.onDelete(), key.onUpdate(), key.deferrable(), key.enforced(),
                key.validated());
    }
}
