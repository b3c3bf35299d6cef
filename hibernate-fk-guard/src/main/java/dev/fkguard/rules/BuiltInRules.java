package dev.fkguard.rules;

import dev.fkguard.rule.Rule;

import java.util.List;

/** The rules the guard runs, in no particular order (findings are sorted afterwards). */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** The rules with their default thresholds, e.g. to validate rule ids in settings. */
    public static List<Rule> all() {
        return all(CascadeFanOutLimits.defaults());
    }

    public static List<Rule> all(CascadeFanOutLimits cascadeFanOut) {
        return List.of(
                new MissingForeignKeyRule(),
                new UnexpectedForeignKeyRule(),
                new ForeignKeyTargetMismatchRule(),
                new DeleteRuleMismatchRule(),
                new CascadeRemoveWithoutOnDeleteRule(),
                new ColumnTypeMismatchRule(),
                new SetNullOnRequiredColumnRule(),
                new SoftDeleteHardCascadeRule(),
                new SoftDeletedCollectionRowsRule(),
                new CascadeRemoveToSoftDeletedRule(),
                new PolymorphicAssociationRule(),
                new AnyAssociationRule(),
                new FormulaJoinRule(),
                new NoConstraintKeyPresentRule(),
                new DeferrableNotSupportedRule(),
                new CompositeKeyColumnOrderRule(),
                new ReferencesNonUniqueKeyRule(),
                new ConstraintNameMismatchRule(),
                new UpdateRuleMismatchRule(),
                new NullabilityMismatchRule(),
                new MissingForeignKeyIndexRule(),
                new ForeignKeyNotEnforcedRule(),
                new CircularForeignKeysRule(),
                new CascadeDeleteFanOutRule(cascadeFanOut),
                new OrphanedRowsRule(),
                new MappedViewRule());
    }
}
