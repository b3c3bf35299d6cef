package dev.fkguard.policy;

import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-rule severity overrides from {@code hibernate.fkguard.rules.<rule-id>}. An empty Optional means the rule is
 * switched off; a severity switches on a rule that is off by default ({@link Rule#enabledByDefault()}).
 */
public record SeverityPolicy(Map<RuleId, Optional<Severity>> overrides) {

    public SeverityPolicy {
        overrides = Map.copyOf(overrides);
    }

    public static SeverityPolicy defaults() {
        return new SeverityPolicy(Map.of());
    }

    public boolean isOff(RuleId rule) {
        return overrides.containsKey(rule) && overrides.get(rule).isEmpty();
    }

    /** Whether {@code rule} runs: a severity set for it switches it on, {@code off} off; else its own default. */
    public boolean runs(Rule rule) {
        return overrides.containsKey(rule.id()) ? overrides.get(rule.id()).isPresent() : rule.enabledByDefault();
    }

    public List<Finding> apply(List<Finding> findings) {
        return findings.stream()
                .filter(finding -> !isOff(finding.rule()))
                .map(finding -> overrides.getOrDefault(finding.rule(), Optional.empty())
                        .map(finding::withSeverity)
                        .orElse(finding))
                .toList();
    }
}
