package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @SoftDelete} collection (element collection or join table) whose owner is deleted for real. When the
 * owner goes, Hibernate marks the collection rows as deleted instead of deleting them, then deletes the owner row;
 * the collection table's foreign key still sees the marked rows and refuses the delete, unless it is ON DELETE
 * CASCADE. Hibernate's own schema (no {@code @OnDelete}) has the plain key, so it fails on every engine.
 * Quiet when the owner is soft-deleted too (no row is deleted), when the mapping asks for no constraint, and when
 * the mapping declares {@code @OnDelete(CASCADE)} ({@code delete-rule-mismatch} then watches the database's rule).
 */
public final class SoftDeletedCollectionRowsRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("soft-deleted-collection-rows");

    public SoftDeletedCollectionRowsRule() {
        super(ID, Severity.ERROR,
                "A @SoftDelete collection keeps its rows when its owner is deleted, and their foreign key refuses it.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ExpectedForeignKey expected : context.mapping().foreignKeys()) {
            if (!expected.intent().rowsSoftDeleted() || !expected.intent().constraintWanted()
                    || expected.intent().onDelete().filter(action -> action == ReferentialAction.CASCADE).isPresent()
                    || ownerIsSoftDeleted(context, expected)) {
                continue;
            }
            Optional<ForeignKey> actual = context.isMatched(expected) ? context.databaseKeyOf(expected)
                    : Optional.empty();
            if (actual.filter(key -> key.onDelete() == ReferentialAction.CASCADE).isPresent()) {
                continue;
            }
            findings.add(finding(context, expected, actual));
        }
        return findings;
    }

    private static boolean ownerIsSoftDeleted(RuleContext context, ExpectedForeignKey expected) {
        return context.isSoftDeleted(expected.key().targetTable());
    }

    private Finding finding(RuleContext context, ExpectedForeignKey expected, Optional<ForeignKey> actual) {
        String source = expected.intent().source();
        String owner = source.contains(".") ? source.substring(0, source.indexOf('.')) : source;
        String keyState = actual.map(key -> "its foreign key (ON DELETE " + key.onDelete().sql() + ")")
                .orElse("the foreign key the mapping implies (Hibernate creates it without an ON DELETE rule)");
        String message = "collection " + source + " is @SoftDelete but " + owner + " is deleted for real: deleting an "
                + owner + " marks its collection rows as deleted and then deletes the " + owner + " row; " + keyState
                + " refuses that while the marked rows still point at it, so the delete fails.";
        String fix = "either soft-delete " + owner + " too (@SoftDelete on the entity), or let the database remove the"
                + " marked rows with the owner: declare @OnDelete(action = OnDeleteAction.CASCADE) on " + source
                + " and give the key ON DELETE CASCADE";
        List<Remedy> remedies = List.of();
        if (actual.isPresent()) {
            ForeignKey key = actual.get();
            ForeignKey wanted = ReplacementKeys.of(key, expected.key(), ReferentialAction.CASCADE, key.onUpdate());
            Remedy replace = new Remedy.ReplaceForeignKey(key, wanted);
            remedies = List.of(replace);
            fix += ": " + context.remedyText().describe(replace) + ".";
        } else {
            fix += " when it is created.";
        }
        return new Finding(ID, defaultSeverity(), Finding.Location.of(expected.key()), message, fix, remedies);
    }
}
