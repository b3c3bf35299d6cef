package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
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
 * The database's ON DELETE rule disagrees with what the mapping relies on:
 * <ol>
 *   <li>{@code @OnDelete} asks the database to change child rows, the database refuses or does something else:
 *       Hibernate does not delete the children itself, so deleting the parent fails (ERROR);</li>
 *   <li>the database cascades or sets null where the mapping knows nothing of it: loaded entities, the second-level
 *       cache, entity listeners and Envers never see those changes (WARNING). Not where Hibernate deletes the rows
 *       itself before the parent ({@code cascade = REMOVE}, element collections, the owner side of a join table):
 *       a database cascade there finds nothing left to delete. The fix is {@code @OnDelete} in the mapping: dropping
 *       the database's rule is marked as weakening it, so the migration only shows it as a commented
 *       alternative. Not SET NULL where a column may not be NULL (a required association, or a NOT NULL column),
 *       which refuses every delete already: there the migration takes it away and no outcome changes.</li>
 * </ol>
 * {@code cascade = REMOVE} / {@code orphanRemoval} over a refusing key is no drift (Hibernate deletes the children
 * first, nothing fails); the suggestion to cascade in the database too is {@link CascadeRemoveWithoutOnDeleteRule},
 * off by default.
 * RESTRICT and NO ACTION count as the same where the mapping declares neither. Where it declares one, they are the
 * same on MySQL and MariaDB (both checked at once); on PostgreSQL and H2 NO ACTION is checked at the end of the
 * statement (PostgreSQL: at commit where the key is deferred), so a declared RESTRICT over NO ACTION is INFO.
 */
public final class DeleteRuleMismatchRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("delete-rule-mismatch");

    public DeleteRuleMismatchRule() {
        super(ID, Severity.ERROR,
                "The database's ON DELETE rule differs from what the mapping (@OnDelete, cascade = REMOVE) relies on.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.matches().matched(), match -> finding(context, match));
    }

    private Optional<Finding> finding(RuleContext context, ForeignKeyMatch match) {
        MappingIntent intent = match.expected().intent();
        ForeignKey actual = match.actual();
        ReferentialAction db = actual.onDelete();
        Optional<ReferentialAction> declared = intent.onDelete().filter(a -> a != ReferentialAction.NO_ACTION);

        if (declared.isPresent()) {
            ReferentialAction wanted = declared.get();
            if (wanted.sameMeaning(db, context.database().database().kind())) {
                return Optional.empty();
            }
            String mapped = "mapping " + intent.onDeleteSite().declared(wanted);
            if (wanted == ReferentialAction.SET_NULL && required(context, match)) {
                // set-null-on-required-column reports the mapping's rule; the planner leaves the copy out until the
                // column allows NULL.
                return Optional.of(finding(context, match, Severity.ERROR,
                        "DB rule " + db + ", " + mapped + " on a required column; SET NULL cannot work there.",
                        "fix the mapping's rule first (see set-null-on-required-column), then make the database"
                        + " match it: ", wanted, ""));
            }
            if (wanted.refusesDelete() && db.refusesDelete()) {
                return Optional.of(finding(context, match, Severity.INFO,
                        "DB rule " + db + ", " + mapped + "; both refuse the delete, but "
                        + ReferentialAction.NO_ACTION + " is checked at the end of the statement (at commit where the"
                        + " key is deferred) and " + ReferentialAction.RESTRICT + " at once.",
                        "make the database match the mapping: ", wanted, ""));
            }
            if (wanted.changesChildRows()) {
                String consequence = db.refusesDelete()
                        ? "Hibernate leaves the children to the database, so deleting a parent fails."
                        : "the database does something else to the children than the mapping expects.";
                return Optional.of(finding(context, match, Severity.ERROR,
                        "DB rule " + db + ", " + mapped + "; " + consequence,
                        "make the database match the mapping: ", wanted, ""));
            }
            return Optional.of(finding(context, match, Severity.WARNING,
                    "DB rule " + db + ", " + mapped + "; the database changes child rows"
                    + " the mapping expects it to protect.",
                    "make the database match the mapping: ", wanted, ""));
        }

        if (db.changesChildRows() && !(db == ReferentialAction.CASCADE && intent.cascadeRemove())) {
            Finding finding = finding(context, match, Severity.WARNING,
                    "DB rule " + db + ", mapping has no @OnDelete; rows change behind Hibernate's back (loaded"
                    + " entities, second-level cache, entity listeners and Envers miss them).",
                    keepOrRemove(context, match, db), ReferentialAction.omitted(context.database().database().kind()),
                    "");
            // The database says more than the mapping: dropping its rule would weaken it, the mapping is what changes.
            // Not SET NULL where a column may not be NULL: under a required association the mapping rules it out,
            // and over a NOT NULL column it refuses every delete already, so taking it away changes no outcome (the
            // same change set-null-on-required-column asks).
            boolean changesNoOutcome = db == ReferentialAction.SET_NULL && required(context, match);
            return Optional.of(changesNoOutcome ? finding : finding.weakeningTheDatabase());
        }
        return Optional.empty();
    }

    /**
     * The hint for a database rule the mapping lacks: state it where Hibernate applies it, or remove it. Never
     * {@code @OnDelete(SET_NULL)} on a required association, which set-null-on-required-column would report; over a
     * NOT NULL column only once it allows NULL, as that rule's fix does.
     */
    private static String keepOrRemove(RuleContext context, ForeignKeyMatch match, ReferentialAction db) {
        if (db == ReferentialAction.SET_NULL && !match.expected().intent().nullable()) {
            return "mapping " + match.expected().intent().source() + " " + whyRequired(match.expected().intent())
                    + ", so SET NULL cannot work here (see set-null-on-required-column); remove it from the database: ";
        }
        if (db == ReferentialAction.SET_NULL && required(context, match)) {
            // An optional association over a NOT NULL column: the delete fails today, as set-null-on-required-column
            // reports; its fix keeps the NOT NULL and takes the rule away, which this one asks too.
            String noOutcome = "SET NULL over a NOT NULL column refuses every delete already (see"
                    + " set-null-on-required-column), so removing it changes no outcome";
            return match.expected().intent().onDeleteSite().howToDeclare(db)
                    .map(declare -> noOutcome + "; only if the children should outlive their parent, " + declare
                            + " and allow NULL in the column. Otherwise remove it from the database: ")
                    .orElse(noOutcome + ": remove it from the database: ");
        }
        return match.expected().intent().onDeleteSite().howToDeclare(db)
                .map(declare -> declare + ", or remove it from the database: ")
                .orElse("the mapping has no place to state ON DELETE " + db.sql() + " for this key; remove it"
                        + " from the database: ");
    }

    /**
     * Why the mapping wants the key's columns NOT NULL, in the words of what the user wrote: only a to-one says so
     * with {@code optional}/{@code nullable}; a collection table's owner column and a joined table's primary key are
     * never NULL by construction, whatever the association says.
     */
    private static String whyRequired(dev.fkguard.model.MappingIntent intent) {
        return switch (intent.kind()) {
            case JOIN_TABLE, ELEMENT_COLLECTION -> "keys the rows of its collection table by this column, which"
                    + " Hibernate maps NOT NULL";
            case INHERITANCE, SECONDARY_TABLE -> "joins the rows of this table by their primary key, which is never"
                    + " NULL";
            default -> "requires the association (optional = false / nullable = false)";
        };
    }

    /** Some column of the key may not be NULL, in the mapping or in the database. */
    private static boolean required(RuleContext context, ForeignKeyMatch match) {
        return !match.expected().intent().nullable() || context.hasNotNullColumn(match.actual());
    }

    /**
     * A finding whose fix replaces the database key by one with {@code onDelete}, in the mapping's spelling:
     * {@code fixBefore} + the statement + {@code fixAfter}.
     */
    private Finding finding(RuleContext context, ForeignKeyMatch match, Severity severity, String message,
                            String fixBefore, ReferentialAction onDelete, String fixAfter) {
        ForeignKey actual = match.actual();
        ForeignKey mapped = match.expected().key();
        ForeignKey wanted = ReplacementKeys.of(actual, mapped, onDelete, actual.onUpdate());
        Remedy replace = new Remedy.ReplaceForeignKey(actual, wanted);
        return new Finding(ID, severity, Finding.Location.of(mapped), message,
                fixBefore + context.remedyText().describe(replace) + "." + fixAfter, List.of(replace));
    }
}
