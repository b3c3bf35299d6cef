package dev.fkguard.processor;

import java.util.List;

/** Every lint the processor runs, in report order. */
public final class BuiltInLints {

    private BuiltInLints() {
    }

    /** The lint ids, for documentation checks outside this package. */
    public static List<String> ids() {
        return all().stream().map(Lint::id).toList();
    }

    static List<Lint> all() {
        return List.of(
                new CascadeRemoveOnManyToOneLint(),
                new SetNullOnRequiredColumnLint(),
                new OnDeleteIgnoredLint(),
                new AnyAssociationLint(),
                new SoftDeleteHardCascadeLint(),
                new SoftDeletedCollectionRowsLint(),
                new UnguardedRelationLint(),
                new OrphanRemovalWithoutCascadeLint());
    }
}
