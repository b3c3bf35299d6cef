package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ValueColumn;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A database foreign key on a mapped table that no mapped relation explains, often left over from a refactor.
 *
 * <p>A valid key (enforced, its rows checked) over columns the mapping writes as plain values ({@code Long
 * customerId}) guards a reference the mapping does not know as one: the fix is mapping it as an association, and
 * dropping the key is marked as weakening the database, so the migration only shows it as a commented alternative.
 */
public final class UnexpectedForeignKeyRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("unexpected-foreign-key");

    public UnexpectedForeignKeyRule() {
        super(ID, Severity.WARNING,
                "A database foreign key on a mapped table that no mapping explains (often a stale constraint).");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.matches().unexplained().stream().map(key -> finding(context, key)).toList();
    }

    private Finding finding(RuleContext context, ForeignKey key) {
        Remedy drop = new Remedy.DropForeignKey(key);
        String statement = context.remedyText().describe(drop) + ".";
        Optional<List<ValueColumn>> values = plainValues(context, key).filter(v -> key.enforced() && key.validated());
        if (values.isPresent()) {
            String sources = String.join(", ", values.get().stream().map(ValueColumn::source).distinct().toList());
            String message = "database constraint " + key.name().orElse("(unnamed)") + " guards "
                    + String.join(", ", key.columns()) + ", which the mapping writes as a plain value (" + sources
                    + "), not as an association to " + key.targetTable().name() + ".";
            String fix = "map " + sources + " as a @ManyToOne to the entity of " + key.targetTable().name()
                    + " (the database already guards the reference); only if the constraint is stale, drop it: "
                    + statement;
            return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix, List.of(drop))
                    .weakeningTheDatabase();
        }
        String message = "database constraint " + key.name().orElse("(unnamed)")
                + " is not explained by any mapped association; it can make inserts or deletes fail unexpectedly.";
        String fix = "map the association, or drop the stale constraint: " + statement;
        return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix, List.of(drop));
    }

    /** The mapping's plain value column for each of the key's columns; empty unless every column is one. */
    private static Optional<List<ValueColumn>> plainValues(RuleContext context, ForeignKey key) {
        List<ValueColumn> found = key.columns().stream()
                .flatMap(column -> context.mapping().valueColumns().stream()
                        .filter(v -> v.table().equals(key.table()) && context.names().sameColumn(key.table(), v.column(), column))
                        .limit(1))
                .toList();
        return found.size() == key.columns().size() ? Optional.of(found) : Optional.empty();
    }
}
