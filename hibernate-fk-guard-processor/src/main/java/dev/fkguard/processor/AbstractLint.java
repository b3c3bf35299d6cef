package dev.fkguard.processor;

import javax.tools.Diagnostic;
import java.util.Objects;

/**
 * A lint's id, declared once in its constructor; its default kind comes from its rule page
 * ({@link RulePages}), the same header a runtime rule of that id is checked against.
 */
abstract class AbstractLint implements Lint {

    private final String id;
    private final Diagnostic.Kind defaultKind;

    protected AbstractLint(String id) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultKind = RulePages.defaultKind(id);
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
