package dev.fkguard.migration;

import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which findings a migration carries ({@code hibernate.fkguard.migration-scope}): the ones that fail startup (the
 * default), or all of them, warnings included.
 *
 * @param failOn the severity from which a finding fails startup ({@code hibernate.fkguard.fail-on}); under
 *               {@code mode=warn} the same findings, which would fail it in {@code mode=fail}
 */
public record MigrationScope(Kind kind, Severity failOn) {

    /** The setting's values. */
    public enum Kind {
        /** The findings at or above {@code fail-on}. */
        FAILING,
        /** Every finding, warnings and infos included. */
        ALL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromLabel(String label) {
            return Arrays.stream(values()).filter(k -> k.label().equalsIgnoreCase(label.trim())).findFirst();
        }
    }

    /** The setting that chooses the scope. */
    public static final String SETTING = "hibernate.fkguard.migration-scope";

    /** Every finding: a report built without settings plans all it holds. */
    public static final MigrationScope ALL = new MigrationScope(Kind.ALL, Severity.ERROR);

    public MigrationScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(failOn, "failOn");
    }

    /** The default: the findings that fail startup at {@code failOn}. */
    public static MigrationScope failing(Severity failOn) {
        return new MigrationScope(Kind.FAILING, failOn);
    }

    public boolean includes(Finding finding) {
        return kind == Kind.ALL || finding.severity().atLeast(failOn);
    }
}
