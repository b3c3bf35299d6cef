package dev.fkguard.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/** A rule's stable, kebab-case id, as used in messages, settings, suppressions and docs/rules/&lt;id&gt;.md. */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern KEBAB = Pattern.compile("[a-z]+(-[a-z]+)*");

    public RuleId {
        Objects.requireNonNull(value, "value");
        if (!KEBAB.matcher(value).matches()) {
            throw new IllegalArgumentException("rule ids are kebab-case: " + value);
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
