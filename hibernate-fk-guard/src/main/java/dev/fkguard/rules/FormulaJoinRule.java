package dev.fkguard.rules;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.FormulaJoin;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.FormulaBackedKey;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;

/**
 * An association joined through an SQL formula ({@code @JoinFormula}, a formula in {@code @JoinColumnsOrFormulas}):
 * the join is computed, so there are no key columns a foreign key could hold, and Hibernate creates none. Nothing
 * is wrong with that, but nothing guards the reference either; said once per association, at INFO. A formula that
 * only names columns ({@code @JoinFormula("owner_ref")}) may have a database key on them: that key guards the join
 * (so it is no {@code unexpected-foreign-key}), and the INFO says to keep it.
 */
public final class FormulaJoinRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("formula-join");

    public FormulaJoinRule() {
        super(ID, Severity.INFO, "An association joined through an SQL formula: no foreign key can guard it.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.mapping().formulaJoins().stream().map(join -> finding(context, join)).toList();
    }

    private Finding finding(RuleContext context, FormulaJoin join) {
        Optional<ForeignKey> backing = context.matches().formulaBacked().stream()
                .filter(backed -> backed.join() == join).map(FormulaBackedKey::key).findFirst();
        if (backing.isPresent()) {
            return backed(join, backing.get());
        }
        // No target in the location: a formula pairs with no referenced columns; the message names the table.
        Finding.Location location = new Finding.Location(join.table(), join.selectables(), Optional.empty(), List.of());
        String message = "mapping " + join.source() + " (" + join.kind() + ") joins " + join.targetTable().name()
                + " through the formula " + String.join(", ", join.selectables()) + "; a computed join has no key"
                + " columns, so Hibernate creates no foreign key and the database never checks that the target"
                + " exists.";
        String fix = "nothing to change if the formula is intended; if the reference is stored in a column, map it"
                + " with @JoinColumn so a foreign key can guard it, or check for dangling references on a schedule.";
        return new Finding(ID, defaultSeverity(), location, message, fix);
    }

    /** The formula only names columns, and the database has a key on them: it guards the join, keep it. */
    private Finding backed(FormulaJoin join, ForeignKey key) {
        String message = "mapping " + join.source() + " (" + join.kind() + ") joins " + join.targetTable().name()
                + " through the formula " + String.join(", ", join.selectables()) + ", which only names columns;"
                + " the database constraint " + key.name().orElse("(unnamed)") + " on them checks that reference,"
                + " though Hibernate creates no such key for a formula join.";
        String fix = "keep the constraint: it guards the reference the join reads. To have Hibernate know the key"
                + " too, map the association with @JoinColumn instead of the formula.";
        return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix);
    }
}
