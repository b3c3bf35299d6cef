package dev.fkguard.rules;

import dev.fkguard.model.English;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.ForeignKeyMatch;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;

/**
 * The database's ON UPDATE rule changes child rows although the mapping cannot ask for that: Hibernate has no
 * {@code @OnUpdate}, and it never updates a primary key, so a mapped key's intent is always NO ACTION. A cascading
 * update reveals a schema built for natural-key updates the ORM never performs; SET NULL / SET DEFAULT silently
 * detach children whenever someone else does update a key. RESTRICT and NO ACTION count as the same. Taking the rule
 * away is marked as weakening the database (another writer may rely on it, and no mapping change can state it), so
 * the migration only shows it as a commented alternative; not SET NULL over a NOT NULL column, which refuses every key
 * update already.
 */
public final class UpdateRuleMismatchRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("update-rule-mismatch");

    public UpdateRuleMismatchRule() {
        super(ID, Severity.WARNING,
                "The database's ON UPDATE rule changes child rows (CASCADE, SET NULL, SET DEFAULT); Hibernate never updates keys.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.matches().matched(), match -> finding(context, match));
    }

    private Optional<Finding> finding(RuleContext context, ForeignKeyMatch match) {
        ForeignKey actual = match.actual();
        ForeignKey mapped = match.expected().key();
        ReferentialAction db = actual.onUpdate();
        if (db.refusesDelete()) {
            return Optional.empty();
        }
        // The mapping cannot declare an update rule: it wants what the engine stores for none (its own word for it).
        ReferentialAction wanted = ReferentialAction.omitted(context.database().database().kind());
        String consequence = db == ReferentialAction.CASCADE
                ? "the schema expects key values to change, which Hibernate never does (mapped ids are immutable);"
                  + " any other writer that updates " + mapped.targetTable().name() + " keys rewrites the children"
                  + " behind Hibernate's back (loaded entities and the second-level cache go stale)."
                : "whenever another writer changes " + English.withArticle(mapped.targetTable().name()) + " key, the children are"
                  + " silently detached (" + db + ") instead of the update being refused.";
        String message = "DB rule ON UPDATE " + db + ", mapping " + match.expected().intent().source()
                + " implies ON UPDATE " + mapped.onUpdate() + " (Hibernate has no @OnUpdate); " + consequence;
        ForeignKey fixed = ReplacementKeys.of(actual, mapped, actual.onDelete(), wanted);
        Remedy replace = new Remedy.ReplaceForeignKey(actual, fixed);
        // SET NULL over a NOT NULL column refuses every update of a referenced key already: taking it away changes no
        // outcome (set-null-on-required-column asks the same). Elsewhere the database says more than Hibernate can.
        boolean changesNoOutcome = db == ReferentialAction.SET_NULL && context.hasNotNullColumn(actual);
        String fix = (changesNoOutcome ? "" : "keep it where another writer relies on it (Hibernate cannot declare it,"
                + " so accept this finding); otherwise ") + "drop the ON UPDATE clause (the ON DELETE rule stays as it"
                + " is): " + context.remedyText().describe(replace) + ".";
        Finding finding = new Finding(ID, defaultSeverity(), Finding.Location.of(mapped), message, fix,
                List.of(replace));
        return Optional.of(changesNoOutcome ? finding : finding.weakeningTheDatabase());
    }
}
