package dev.fkguard.rules;

import dev.fkguard.rule.Rule;

import java.util.List;

/** The rules the guard runs, in no particular order (findings are sorted afterwards). */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new MissingForeignKeyRule(),
                new UnexpectedForeignKeyRule(),
                new ForeignKeyTargetMismatchRule(),
                new DeleteRuleMismatchRule(),
                new ColumnTypeMismatchRule(),
                new SetNullOnRequiredColumnRule(),
                new SoftDeleteHardCascadeRule(),
                new PolymorphicAssociationRule(),
                new DeferrableNotSupportedRule(),
                new CompositeKeyColumnOrderRule(),
                new ReferencesNonUniqueKeyRule(),
                new ConstraintNameMismatchRule(),
                new UpdateRuleMismatchRule(),
                new NullabilityMismatchRule(),
                new MissingForeignKeyIndexRule(),
                new ForeignKeyNotEnforcedRule());
    }
}
