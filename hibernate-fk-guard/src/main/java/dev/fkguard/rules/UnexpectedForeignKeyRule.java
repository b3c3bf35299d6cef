package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.ddl.RemedyText;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;

/** A database foreign key on a mapped table that no mapped relation explains, often left over from a refactor. */
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
        String message = "database constraint " + key.name().orElse("(unnamed)")
                + " is not explained by any mapped association; it can make inserts or deletes fail unexpectedly.";
        Remedy drop = new Remedy.DropForeignKey(key);
        String fix = "map the association, or drop the stale constraint: " + new RemedyText(context.names()).describe(drop) + ".";
        return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix, List.of(drop));
    }
}
