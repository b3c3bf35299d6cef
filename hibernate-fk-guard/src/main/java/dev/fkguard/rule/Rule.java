package dev.fkguard.rule;

import java.util.List;

/**
 * One check over the neutral model. Each rule is one class with its own id, default severity and summary, and a
 * documentation page at {@code docs/rules/<id>.md}.
 */
public interface Rule {

    RuleId id();

    Severity defaultSeverity();

    /** One line saying what the rule catches. */
    String summary();

    /**
     * False for a rule that only suggests (it runs once {@code hibernate.fkguard.rules.<id>} names a severity for
     * it): some advice fits most models so well that, on by default, it would bury the findings that matter.
     */
    default boolean enabledByDefault() {
        return true;
    }

    List<Finding> check(RuleContext context);
}
