package dev.fkguard.rules;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.ForeignKeyMatch;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;

/**
 * The mapping asks for no constraint ({@code ConstraintMode.NO_CONSTRAINT}, {@code @NotFound}) and the database has
 * one, exactly on the relation's columns and target. Neither side is wrong, but they disagree: the key refuses the
 * dangling references the mapping is written to tolerate. Said once per key, at INFO.
 */
public final class NoConstraintKeyPresentRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("no-constraint-key-present");

    public NoConstraintKeyPresentRule() {
        super(ID, Severity.INFO,
                "The mapping asks for no constraint (NO_CONSTRAINT, @NotFound), but the database has the key.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.matches().matched().stream()
                .filter(match -> !match.expected().intent().constraintWanted())
                .map(this::finding)
                .toList();
    }

    private Finding finding(ForeignKeyMatch match) {
        MappingIntent intent = match.expected().intent();
        ForeignKey actual = match.actual();
        String message = "mapping " + intent.source() + " asks for no constraint (ConstraintMode.NO_CONSTRAINT or"
                + " @NotFound), but the database has " + actual.name().map(n -> "constraint " + n)
                .orElse("a foreign key") + " here: it refuses the dangling references the mapping tolerates.";
        String fix = "keep the key if every writer respects it (then the mapping may drop NO_CONSTRAINT/@NotFound);"
                + " drop it if rows are meant to outlive their targets.";
        return new Finding(ID, defaultSeverity(), Finding.Location.of(match.expected().key()), message, fix);
    }
}
