package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.ForeignKeyMatch;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A parent deleted for real that cascades its removal ({@code cascade = REMOVE}, {@code orphanRemoval}) to children
 * that are {@code @SoftDelete} (or {@code @SQLDelete} with an UPDATE), over a key that refuses deletes. Removing the
 * parent, Hibernate "removes" the children first, which only marks them deleted, then deletes the parent row: the
 * marked rows still reference it, so the key refuses the delete. Verified on H2, PostgreSQL, MariaDB and MySQL, with
 * Hibernate 6.6 and 7.4 alike (the engine test reruns on both lines and fails if the remove ever works). An ERROR,
 * like {@code soft-deleted-collection-rows}: the mapping's own {@code remove()} fails for every parent that has or ever
 * had a child, since a marked child never goes away.
 * Quiet when the parent is soft-deleted too, and when the key (or the mapping's {@code @OnDelete}) cascades or sets
 * null, which lets the parent row go.
 */
public final class CascadeRemoveToSoftDeletedRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("cascade-remove-to-soft-deleted");

    public CascadeRemoveToSoftDeletedRule() {
        super(ID, Severity.ERROR, "cascade = REMOVE to @SoftDelete children: their marked rows keep referencing the"
                + " parent, so the key refuses the parent's delete.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.matches().matched(), match -> finding(context, match));
    }

    private Optional<Finding> finding(RuleContext context, ForeignKeyMatch match) {
        MappingIntent intent = match.expected().intent();
        ForeignKey actual = match.actual();
        boolean declaredLetsGo = intent.onDelete().filter(a -> a != ReferentialAction.NO_ACTION).isPresent();
        if (!(intent.cascadeRemove() || intent.orphanRemoval()) || declaredLetsGo
                || !actual.onDelete().refusesDelete() || !context.isSoftDeleted(actual.table())
                || context.isSoftDeleted(actual.targetTable())) {
            return Optional.empty();
        }
        ForeignKey wanted = ReplacementKeys.of(actual, match.expected().key(), ReferentialAction.CASCADE,
                actual.onUpdate());
        Remedy replace = new Remedy.ReplaceForeignKey(actual, wanted);
        String message = "the children in " + actual.table().name() + " are soft-deleted, and their parent cascades"
                + " its removal to them (" + cascadeText(intent) + ") but is deleted for real: removing a parent"
                + " marks its children as deleted and then deletes the parent row, which the key (ON DELETE "
                + actual.onDelete().sql() + ") refuses while the marked rows still point at it, so the remove fails.";
        String fix = "either soft-delete the parent too (@SoftDelete on its entity), or let the database remove the"
                + " marked rows with the parent: add @OnDelete(action = OnDeleteAction.CASCADE) to " + intent.source()
                + " and " + context.remedyText().describe(replace)
                + " (the children's soft-delete history then goes with"
                + " the parent).";
        return Optional.of(new Finding(ID, defaultSeverity(), Finding.Location.of(match.expected().key()), message,
                fix, List.of(replace)));
    }

    private static String cascadeText(MappingIntent intent) {
        if (intent.cascadeRemove() && intent.orphanRemoval()) {
            return "cascade = REMOVE and orphanRemoval";
        }
        return intent.cascadeRemove() ? "cascade = REMOVE" : "orphanRemoval";
    }
}
