package dev.fkguard.report;

import dev.fkguard.ddl.Remedy;

import java.util.Locale;

/** A remedy's kind, the way the machine-readable reports name it; its statements come from the plan. */
final class Remedies {

    private Remedies() {
    }

    /** {@code AddForeignKey} → {@code add-foreign-key}: the remedy's kind, stable across releases. */
    static String kind(Remedy remedy) {
        return remedy.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
