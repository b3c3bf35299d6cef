package dev.fkguard.rule;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.FormulaJoin;

import java.util.Objects;

/**
 * A database key on the plain columns a formula join reads ({@code @JoinFormula("owner_ref")} with a key on
 * {@code owner_ref} to the join's target): no mapped relation implies it, yet it checks the very reference
 * Hibernate joins through, so it is no stale constraint.
 */
public record FormulaBackedKey(FormulaJoin join, ForeignKey key) {

    public FormulaBackedKey {
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(key, "key");
    }
}
