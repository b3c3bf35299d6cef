package dev.fkguard.rule;

import java.util.Objects;

/** A rule's metadata, declared once in its constructor (as Error Prone's checks carry theirs). */
public abstract class AbstractRule implements Rule {

    private final RuleId id;
    private final Severity defaultSeverity;
    private final String summary;
    private final boolean enabledByDefault;

    protected AbstractRule(RuleId id, Severity defaultSeverity, String summary) {
        this(id, defaultSeverity, summary, true);
    }

    /** @param enabledByDefault false for a suggestion that runs only when its severity is set */
    protected AbstractRule(RuleId id, Severity defaultSeverity, String summary, boolean enabledByDefault) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.enabledByDefault = enabledByDefault;
    }

    @Override
    public final RuleId id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final boolean enabledByDefault() {
        return enabledByDefault;
    }
}
