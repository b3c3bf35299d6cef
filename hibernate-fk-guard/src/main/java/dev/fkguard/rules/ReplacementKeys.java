package dev.fkguard.rules;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;

/** The key a rule's fix puts in place of a database key that has the right columns but the wrong rules. */
final class ReplacementKeys {

    private ReplacementKeys() {
    }

    /**
     * The database key {@code actual} with the tables and columns as the mapping spells them ({@code mapped}), its
     * own name and deferrability, enforced and validated, and the given rules.
     */
    static ForeignKey of(ForeignKey actual, ForeignKey mapped, ReferentialAction onDelete,
                         ReferentialAction onUpdate) {
        return new ForeignKey(actual.name(), mapped.table(), mapped.columns(), mapped.targetTable(),
                mapped.targetColumns(), onDelete, onUpdate, actual.deferrable(), true, true);
    }
}
