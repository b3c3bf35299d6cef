package dev.fkguard.rule;

import java.util.Objects;

/** A rule's metadata, declared once in its constructor (as Error Prone's checks carry theirs). */
public abstract class AbstractRule implements Rule {

    private final RuleId id;
    private final Severity defaultSeverity;
    private final String summary;

    protected AbstractRule(RuleId id, Severity defaultSeverity, String summary) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.summary = Objects.requireNonNull(summary, "summary");
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
}
