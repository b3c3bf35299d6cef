package dev.fkguard.rules;

import dev.fkguard.model.English;
import dev.fkguard.model.NameRules;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.Column;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.Table;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key column whose nullability in the database differs from the mapping's ({@code optional},
 * {@code nullable}). Only association columns outside the primary key are judged: {@code @MapsId} columns, JOINED
 * inheritance keys and join-table columns are primary-key columns, NOT NULL by nature whatever the mapping says.
 *
 * <p>A NOT NULL column under an optional mapping is stricter than the mapping: the fix is the mapping change, and the
 * DROP NOT NULL is marked as weakening the database, so the migration only shows it as a commented alternative.
 *
 * <p>Where {@code set-null-on-required-column} already reports the same columns (a SET NULL rule meeting a NOT NULL
 * column), this rule stays quiet so the two never give contradicting fixes.
 */
public final class NullabilityMismatchRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("nullability-mismatch");

    private static final Set<AssociationKind> JUDGED = Set.of(AssociationKind.MANY_TO_ONE, AssociationKind.ONE_TO_ONE,
            AssociationKind.ONE_TO_MANY_JOIN_COLUMN);

    public NullabilityMismatchRule() {
        super(ID, Severity.WARNING,
                "A foreign key column is NULL-able in the database but required in the mapping, or the reverse.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.mapping().foreignKeys(), expected -> JUDGED.contains(expected.intent().kind())
                && !mappingDeclaresSetNullOnRequired(expected) ? finding(context, expected) : Optional.empty());
    }

    private Optional<Finding> finding(RuleContext context, ExpectedForeignKey expected) {
        ForeignKey key = expected.key();
        Optional<Table> table = context.table(key.table());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        boolean mappingNullable = expected.intent().nullable();
        // The lists are made at the first column that differs: nearly every key of a healthy schema has none.
        List<String> differing = null;
        List<Remedy> remedies = null;
        for (String name : key.columns()) {
            Optional<Column> column = context.column(key.table(), name);
            if (column.isEmpty() || column.get().nullable() == mappingNullable
                    || inPrimaryKey(table.get(), name, context.names())) {
                continue;
            }
            if (differing == null) {
                differing = new ArrayList<>();
                remedies = new ArrayList<>();
            }
            differing.add(name);
            remedies.add(mappingNullable
                    ? new Remedy.DropNotNull(key.table(), name, column.get().type(), column.get().attributes())
                    : new Remedy.SetNotNull(key.table(), name, column.get().type(), column.get().attributes()));
        }
        if (differing == null) {
            return Optional.empty();
        }
        // A SET NULL rule on a NOT NULL column is set-null-on-required-column's finding, with the same fix.
        boolean setNull = context.databaseKeyOf(expected).map(k -> k.onDelete() == ReferentialAction.SET_NULL
                || k.onUpdate() == ReferentialAction.SET_NULL).orElse(false);
        if (mappingNullable && setNull) {
            return Optional.empty();
        }
        String columns = String.join(", ", differing);
        String source = expected.intent().source();
        String message;
        String fix;
        String statements = context.remedyText().describe(remedies);
        if (mappingNullable) {
            message = columns + " is NOT NULL in the database, but mapping " + source + " is optional (it may"
                    + " reference no " + key.targetTable().name() + " row); persisting it without one fails with a"
                    + " NOT NULL violation.";
            fix = "map the association as required (optional = false and @JoinColumn(nullable = false) on " + source
                    + "), as the database already is; only if the column must allow NULL, allow it in the database ("
                    + statements + ").";
        } else {
            message = columns + " allows NULL in the database, but mapping " + source + " requires "
                    + English.withArticle(key.targetTable().name()) + " row (optional = false / nullable = false); other writers can insert"
                    + " rows without one, and Hibernate then loads null into a required association.";
            fix = "update or delete the rows where " + columns + " IS NULL, then " + statements + "."
                    + (setNull ? " Also change the database key's SET NULL rule, which would then fail." : "")
                    + " Or map the association as optional.";
        }
        Finding finding = new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix, remedies);
        return Optional.of(mappingNullable ? finding.weakeningTheDatabase() : finding);
    }

    /** set-null-on-required-column reports this mapping; asking for NOT NULL in the database would contradict it. */
    private static boolean mappingDeclaresSetNullOnRequired(ExpectedForeignKey expected) {
        return !expected.intent().nullable()
                && expected.intent().onDelete().filter(a -> a == ReferentialAction.SET_NULL).isPresent();
    }


    private static boolean inPrimaryKey(Table table, String column, NameRules names) {
        return table.primaryKey().stream().anyMatch(c -> names.sameColumn(table.ref(), c, column));
    }
}
