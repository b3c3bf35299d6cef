package dev.fkguard.policy;

import dev.fkguard.rule.RuleId;
import dev.fkguard.rules.AnyAssociationRule;

import java.util.Map;
import java.util.Optional;

/**
 * Rule ids a finding was reported under before a rule was split: an acceptance written then (a
 * {@code @FkGuardSuppress}, a baseline line) names the old id at the same place, and still accepts the finding, so
 * that a split never turns accepted findings into new ones.
 */
final class FormerRuleIds {

    /** The mapped {@code @Any} was a {@code polymorphic-association} until {@code any-association} existed. */
    private static final Map<RuleId, RuleId> FORMER = Map.of(AnyAssociationRule.ID, AnyAssociationRule.FORMER_ID);

    private FormerRuleIds() {
    }

    static Optional<RuleId> of(RuleId rule) {
        return Optional.ofNullable(FORMER.get(rule));
    }
}
