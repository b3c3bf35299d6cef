package dev.fkguard.processor;

import javax.tools.Diagnostic;
import java.util.Objects;

/** A lint's id and default kind, declared once in its constructor, like the runtime rules' {@code AbstractRule}. */
abstract class AbstractLint implements Lint {

    private final String id;
    private final Diagnostic.Kind defaultKind;

    protected AbstractLint(String id, Diagnostic.Kind defaultKind) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultKind = Objects.requireNonNull(defaultKind, "defaultKind");
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
