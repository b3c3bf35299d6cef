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

    List<Finding> check(RuleContext context);
}
