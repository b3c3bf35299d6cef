package dev.fkguard.processor;

import java.util.List;

/** Every lint the processor runs, in report order. */
final class BuiltInLints {

    private BuiltInLints() {
    }

    static List<Lint> all() {
        return List.of(
                new CascadeRemoveOnManyToOneLint(),
                new SetNullOnRequiredColumnLint(),
                new OnDeleteIgnoredLint(),
                new PolymorphicAssociationLint(),
                new SoftDeleteHardCascadeLint(),
                new UnguardedRelationLint(),
                new OrphanRemovalWithoutCascadeLint());
    }
}
