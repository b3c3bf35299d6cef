package dev.fkguard.processor;

import javax.tools.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A lint's id, declared once in its constructor; its default kind comes from its rule page
 * ({@link RulePages}), the same header a runtime rule of that id is checked against.
 */
abstract class AbstractLint implements Lint {

    private final String id;
    private final List<String> formerIds;
    private final Diagnostic.Kind defaultKind;

    protected AbstractLint(String id) {
        this(id, List.of());
    }

    protected AbstractLint(String id, List<String> formerIds) {
        this.id = Objects.requireNonNull(id, "id");
        this.formerIds = List.copyOf(formerIds);
        this.defaultKind = RulePages.defaultKind(id);
    }

    @Override
    public final List<String> formerIds() {
        return formerIds;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Diagnostic.Kind defaultKind() {
        return defaultKind;
    }
}
