package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.FkText;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.ForeignKeyMatch;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;

/** The database key sits on the mapped columns but references another table or other columns. */
public final class ForeignKeyTargetMismatchRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("foreign-key-target-mismatch");

    public ForeignKeyTargetMismatchRule() {
        super(ID, Severity.ERROR,
                "Same columns, but the database foreign key points to another table or columns than the mapping.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.matches().misdirected().stream().map(match -> finding(context, match)).toList();
    }

    private Finding finding(RuleContext context, ForeignKeyMatch match) {
        ForeignKey wanted = match.expected().key();
        ForeignKey actual = match.actual();
        // Each target with its schema where it is outside the default one: a key moved to a same-name table of
        // another schema would otherwise read "references customers.id, but … references customers.id".
        String message = "database constraint " + actual.name().orElse("(unnamed)") + " references "
                + FkText.columns(actual.targetTable(), actual.targetColumns(), context.names()) + ", but mapping "
                + match.expected().intent().source() + " references "
                + FkText.columns(wanted.targetTable(), wanted.targetColumns(), context.names())
                + "; inserts of valid entities fail, or rows join to the wrong parent.";
        // An @OnDelete the mapping declares goes into the new key too, so one migration fixes both at once.
        ForeignKey replacement = ReplacementKeys.of(actual, wanted,
                match.expected().intent().onDelete().orElse(actual.onDelete()), actual.onUpdate());
        Remedy replace = new Remedy.ReplaceForeignKey(actual, replacement);
        String fix = "point the constraint at the mapped target: " + context.remedyText().describe(replace) + ".";
        return new Finding(ID, defaultSeverity(), Finding.Location.of(wanted), message, fix, List.of(replace));
    }
}
