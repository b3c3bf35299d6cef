package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.ForeignKeyMatch;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;

/**
 * The mapping names a key with {@code @ForeignKey(name = …)} and the matching database key has another name
 * (compared ignoring case, as the engines fold unquoted names). Keys are matched by columns and target, never by
 * name, so this is only about names: migrations and error messages that use the mapping's name miss the real one.
 * Hibernate's generated {@code FK…} names are never compared: they are hashes, not intent.
 */
public final class ConstraintNameMismatchRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("constraint-name-mismatch");

    public ConstraintNameMismatchRule() {
        super(ID, Severity.INFO,
                "The database key's name differs from the name given with @ForeignKey(name = …).");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.matches().matched(), match -> finding(context, match));
    }

    private Optional<Finding> finding(RuleContext context, ForeignKeyMatch match) {
        Optional<String> wanted = match.expected().intent().explicitName();
        ForeignKey actual = match.actual();
        if (wanted.isEmpty() || actual.name().isEmpty() || context.names().sameConstraintName(wanted.get(), actual.name().get())) {
            return Optional.empty();
        }
        Remedy rename = new Remedy.RenameForeignKey(actual, wanted.get());
        String uniqueness = context.database().database().kind().isMySqlFamily()
                ? " (names are unique per schema here, so check no other constraint uses it)" : "";
        String message = "mapping " + match.expected().intent().source() + " names the key " + wanted.get()
                + " but the database calls it " + actual.name().get() + "; migrations and scripts written against"
                + " the mapping's name will not find it.";
        return Optional.of(new Finding(ID, defaultSeverity(), Finding.Location.of(match.expected().key()), message,
                "rename the constraint" + uniqueness + ": " + context.remedyText().describe(rename)
                + ", or change @ForeignKey(name) to " + actual.name().get() + ".", List.of(rename)));
    }
}
