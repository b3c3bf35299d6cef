package dev.fkguard.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * The findings {@code finding} gives for {@code items}, in their order. A loop rather than a stream with an
     * {@code Optional.stream()} per item: rules run this once per key of the schema, most of them finding nothing.
     */
    protected static <T> List<Finding> findings(Collection<? extends T> items,
                                                Function<? super T, Optional<Finding>> finding) {
        List<Finding> found = new ArrayList<>();
        for (T item : items) {
            Optional<Finding> one = finding.apply(item);
            if (one.isPresent()) {
                found.add(one.get());
            }
        }
        return List.copyOf(found);
    }
}
