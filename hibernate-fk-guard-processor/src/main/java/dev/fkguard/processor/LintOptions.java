package dev.fkguard.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;

/**
 * The processor option {@code -Afkguard.rules=<rule-id>=error|warning|off[,<rule-id>=...]}, read once per
 * compilation. The rule ids are kebab-case and javac refuses {@code -} in an option key, so the ids go in the value
 * (one option {@code fkguard.rules}) instead of in the key as in the runtime settings. Anything else under
 * {@code fkguard.} is a mistake the user wants to hear about at once, not a silently ignored flag. A lint's former id
 * (before a rule was split) still sets its level.
 */
final class LintOptions {

    static final String PREFIX = "fkguard.";
    static final String RULES = PREFIX + "rules";
    private static final String LEVELS = "error, warning, off";

    private final Map<String, Optional<Diagnostic.Kind>> overrides;
    private final List<String> errors;

    private LintOptions(Map<String, Optional<Diagnostic.Kind>> overrides, List<String> errors) {
        this.overrides = overrides;
        this.errors = errors;
    }

    static Set<String> supportedOptions() {
        return Set.of(RULES);
    }

    static LintOptions parse(Map<String, String> options, List<Lint> lints) {
        Set<String> ids = lints.stream().map(Lint::id).collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> current = new LinkedHashMap<>();
        lints.forEach(lint -> lint.formerIds().forEach(former -> current.put(former, lint.id())));
        Map<String, Optional<Diagnostic.Kind>> overrides = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        options.forEach((key, value) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            if (!key.equals(RULES)) {
                errors.add("[fkguard] unknown processor option -A" + key + "; the only option is -A" + RULES
                        + "=<rule-id>=<level>[,<rule-id>=<level>...] with levels " + LEVELS + " and rule ids "
                        + String.join(", ", ids));
                return;
            }
            for (String entry : (value == null ? "" : value).split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split("=", 2);
                String id = current.getOrDefault(parts[0].trim(), parts[0].trim());
                String level = parts.length < 2 ? "" : parts[1].trim().toLowerCase(Locale.ROOT);
                if (!ids.contains(id)) {
                    errors.add("[fkguard] -A" + RULES + ": unknown rule id '" + id + "'; valid rule ids: "
                            + String.join(", ", ids));
                    continue;
                }
                switch (level) {
                    case "error" -> overrides.put(id, Optional.of(Diagnostic.Kind.ERROR));
                    case "warning" -> overrides.put(id, Optional.of(Diagnostic.Kind.WARNING));
                    case "off" -> overrides.put(id, Optional.empty());
                    default -> errors.add("[fkguard] -A" + RULES + ": '" + entry.trim() + "' needs a level, one of "
                            + LEVELS);
                }
            }
        });
        return new LintOptions(overrides, List.copyOf(errors));
    }

    /** The kind to report the lint's findings with, or empty when it is switched off. */
    Optional<Diagnostic.Kind> kindFor(Lint lint) {
        return overrides.getOrDefault(lint.id(), Optional.of(lint.defaultKind()));
    }

    List<String> errors() {
        return errors;
    }
}
