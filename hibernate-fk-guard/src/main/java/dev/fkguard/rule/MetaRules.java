package dev.fkguard.rule;


import java.util.List;

/**
 * Findings about the guard's own configuration rather than the schema: produced by the policy, not by a
 * {@link dev.fkguard.rule.Rule}, but documented, configurable ({@code hibernate.fkguard.rules.<id>}) and reported like
 * any rule.
 */
public final class MetaRules {

    /** A {@code @FkGuardSuppress} that matched no finding. */
    public static final MetaRule UNUSED_SUPPRESSION = new MetaRule(RuleId.of("unused-suppression"), Severity.INFO,
            "a @FkGuardSuppress that suppresses nothing");

    /** A baseline entry that matched no finding: the drift it accepted is gone, or has become another. */
    public static final MetaRule STALE_BASELINE_ENTRY = new MetaRule(RuleId.of("stale-baseline-entry"),
            Severity.INFO, "a baseline entry that no longer matches a finding");

    private MetaRules() {
    }

    public static List<MetaRule> all() {
        return List.of(UNUSED_SUPPRESSION, STALE_BASELINE_ENTRY);
    }

    /** A meta rule's id, default severity and one-line summary. */
    public record MetaRule(RuleId id, Severity defaultSeverity, String summary) {
    }
}
