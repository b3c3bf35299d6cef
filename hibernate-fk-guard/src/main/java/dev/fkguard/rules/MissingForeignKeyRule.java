package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;

/** The mapping implies a foreign key that the database does not have. */
public final class MissingForeignKeyRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("missing-foreign-key");

    public MissingForeignKeyRule() {
        super(ID, Severity.ERROR,
                "The mapping implies a foreign key the database lacks: nothing stops rows pointing at parents that do not exist.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.matches().missing().stream().map(expected -> finding(context, expected)).toList();
    }

    private Finding finding(RuleContext context, ExpectedForeignKey expected) {
        ForeignKey key = expected.key();
        boolean tableExists = context.table(key.table()).isPresent();
        String message = tableExists
                ? "mapping " + expected.intent().source() + " (" + expected.intent().kind().annotation()
                  + ") implies this foreign key; the database has none."
                : "mapping " + expected.intent().source() + " implies this foreign key, but table "
                  + key.table().name() + " was not found in the database.";
        String name = expected.intent().explicitName().orElseGet(() -> context.ddl().constraintName(key));
        if (!tableExists) {
            return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message,
                    "create the table (run your migrations) or check hibernate.fkguard.schemas and the user's privileges.");
        }
        Remedy add = new Remedy.AddForeignKey(key, name);
        String fix = "remove orphaned rows first, then " + context.ddl().render(add)
                + " Or, if no constraint is wanted, map it with @ForeignKey(ConstraintMode.NO_CONSTRAINT).";
        return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix, List.of(add));
    }
}
