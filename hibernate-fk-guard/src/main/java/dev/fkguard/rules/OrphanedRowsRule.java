package dev.fkguard.rules;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.English;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.OrphanCount;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;

/**
 * Child rows whose parent row does not exist, from the opt-in data check ({@code hibernate.fkguard.data-checks}).
 * Every mapped relation is counted: with a constraint (rows loaded while checks were off), without one because the
 * database lacks it (those rows block adding it), and mapped with NO_CONSTRAINT (nothing else ever checks them).
 */
public final class OrphanedRowsRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("orphaned-rows");

    public OrphanedRowsRule() {
        super(ID, Severity.ERROR,
                "Child rows reference parent rows that do not exist (opt-in data check).");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.orphanCounts().stream()
                .flatMap(count -> finding(context, count).stream())
                .toList();
    }

    private Optional<Finding> finding(RuleContext context, OrphanCount count) {
        ExpectedForeignKey relation = count.relation();
        Finding.Location location = Finding.Location.of(relation.key());
        if (count.notCounted().isPresent()) {
            return Optional.of(new Finding(ID, Severity.INFO, location,
                    "not checked: " + count.notCounted().get() + ".",
                    "run the query yourself when the database is quiet: " + count.sampleQuery()
                    + (count.notCounted().get().startsWith("timed out")
                    ? "; or raise " + FkGuardSettings.DATA_CHECKS_TIMEOUT + "." : "")));
        }
        long orphans = count.orphans().orElse(0);
        if (orphans == 0) {
            return Optional.empty();
        }
        String rows = English.plural(orphans, "row") + " of ";
        String message = rows + relation.key().table().name() + " reference" + (orphans == 1 ? "s" : "")
                + " " + English.withArticle(relation.key().targetTable().name()) + " row that does not exist; " + consequence(context, relation);
        String fix = "look at them with " + count.sampleQuery() + "; then restore the missing parent rows, set the"
                + " reference to NULL, or delete the orphans" + (relation.intent().constraintWanted() ? "" :
                ", and keep checking: nothing else guards a relation without a constraint") + ".";
        // A relation mapped without a constraint (NO_CONSTRAINT, @NotFound) may keep orphans on purpose, such as an
        // event log that outlives its order: worth knowing, not worth refusing startup for.
        Severity severity = relation.intent().constraintWanted() ? defaultSeverity() : Severity.WARNING;
        return Optional.of(new Finding(ID, severity, location, message, fix));
    }

    private static String consequence(RuleContext context, ExpectedForeignKey relation) {
        if (!relation.intent().constraintWanted()) {
            return "the mapping (" + relation.intent().source() + ") has no constraint, so loading the association"
                    + " fails or silently yields null.";
        }
        boolean hasKey = context.isMatched(relation);
        return hasKey
                ? "the constraint exists but did not stop them (rows loaded with foreign key checks off, or a key"
                  + " added NOT VALID); loading " + relation.intent().source() + " fails for these rows."
                : "the database has no constraint, and these rows block adding it; loading "
                  + relation.intent().source() + " fails for these rows.";
    }
}
