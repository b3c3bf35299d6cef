package dev.fkguard.rules;

import dev.fkguard.model.FormulaJoin;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;

/**
 * An association joined through an SQL formula ({@code @JoinFormula}, a formula in {@code @JoinColumnsOrFormulas}):
 * the join is computed, so there are no key columns a foreign key could hold, and Hibernate creates none. Nothing
 * is wrong with that, but nothing guards the reference either; said once per association, at INFO.
 */
public final class FormulaJoinRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("formula-join");

    public FormulaJoinRule() {
        super(ID, Severity.INFO, "An association joined through an SQL formula: no foreign key can guard it.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.mapping().formulaJoins().stream().map(this::finding).toList();
    }

    private Finding finding(FormulaJoin join) {
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
}
