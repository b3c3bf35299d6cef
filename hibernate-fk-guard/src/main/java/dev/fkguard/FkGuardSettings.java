package dev.fkguard;

import dev.fkguard.policy.Mode;
import dev.fkguard.policy.SeverityPolicy;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The guard's settings, read from Hibernate properties under {@code hibernate.fkguard.}. Unknown keys and values
 * fail fast with the list of valid ones: a typo must not silently switch the guard off.
 *
 * @param schemas   the schemas to read; empty means the connection's current schema
 * @param reportDir where to write the reports (text, JSON, SARIF, Markdown, Mermaid) after each check
 */
public record FkGuardSettings(Mode mode, Severity failOn, SeverityPolicy severities, List<String> schemas,
                              Optional<Path> reportDir) {

    public static final String PREFIX = "hibernate.fkguard.";
    public static final String MODE = PREFIX + "mode";
    public static final String FAIL_ON = PREFIX + "fail-on";
    public static final String RULES = PREFIX + "rules.";
    public static final String SCHEMAS = PREFIX + "schemas";
    public static final String REPORT_DIR = PREFIX + "report-dir";

    private static final List<String> KEYS = List.of("mode", "fail-on", "rules.<rule-id>", "schemas", "report-dir");

    public FkGuardSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(severities, "severities");
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(reportDir, "reportDir");
    }

    /** Settings that write no report files. */
    public FkGuardSettings(Mode mode, Severity failOn, SeverityPolicy severities, List<String> schemas) {
        this(mode, failOn, severities, schemas, Optional.empty());
    }

    public static FkGuardSettings defaults() {
        return new FkGuardSettings(Mode.FAIL, Severity.ERROR, SeverityPolicy.defaults(), List.of());
    }

    public FkGuardSettings withMode(Mode newMode) {
        return new FkGuardSettings(newMode, failOn, severities, schemas, reportDir);
    }

    /**
     * Reads the guard's keys from Hibernate (or Spring: {@code spring.jpa.properties.hibernate.fkguard.*}) properties;
     * other keys are ignored.
     *
     * @param rules the rules that exist, to validate {@code rules.<rule-id>} keys against
     */
    public static FkGuardSettings fromProperties(Map<?, ?> properties, Collection<Rule> rules) {
        Map<String, String> own = new TreeMap<>();
        properties.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (name.startsWith(PREFIX) && value != null) {
                own.put(name.substring(PREFIX.length()), String.valueOf(value).trim());
            }
        });
        List<String> problems = new ArrayList<>();
        Mode mode = Mode.FAIL;
        Severity failOn = Severity.ERROR;
        Map<RuleId, Optional<Severity>> overrides = new HashMap<>();
        List<String> schemas = List.of();
        Optional<Path> reportDir = Optional.empty();
        Map<String, RuleId> ruleIds = rules.stream().collect(Collectors.toMap(r -> r.id().value(), Rule::id));

        for (Map.Entry<String, String> entry : own.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            if (key.contains("_")) {
                problems.add(PREFIX + key + ": keys use '-' or '.', never '_' (did you mean "
                        + PREFIX + key.replace('_', '-') + "?)");
            } else if (key.startsWith("rules.")) {
                String id = key.substring("rules.".length());
                if (!ruleIds.containsKey(id)) {
                    problems.add(PREFIX + key + ": unknown rule '" + id + "'; valid rule ids: "
                            + String.join(", ", new TreeSet<>(ruleIds.keySet())));
                } else if (value.equalsIgnoreCase("off")) {
                    overrides.put(ruleIds.get(id), Optional.empty());
                } else {
                    Optional<Severity> severity = Severity.fromLabel(value);
                    severity.ifPresentOrElse(s -> overrides.put(ruleIds.get(id), Optional.of(s)),
                            () -> problems.add(invalid(key, value, "error, warning, info, off")));
                }
            } else {
                switch (key.replace('.', '-')) {
                    case "mode" -> {
                        Optional<Mode> parsed = Arrays.stream(Mode.values())
                                .filter(m -> m.label().equalsIgnoreCase(value)).findFirst();
                        if (parsed.isPresent()) {
                            mode = parsed.get();
                        } else {
                            problems.add(invalid(key, value, "fail, warn, off"));
                        }
                    }
                    case "fail-on" -> {
                        Optional<Severity> parsed = Severity.fromLabel(value).filter(s -> s != Severity.INFO);
                        if (parsed.isPresent()) {
                            failOn = parsed.get();
                        } else {
                            problems.add(invalid(key, value, "error, warning"));
                        }
                    }
                    case "schemas" -> schemas = Arrays.stream(value.split(","))
                            .map(String::trim).filter(s -> !s.isEmpty()).toList();
                    case "report-dir" -> {
                        try {
                            reportDir = Optional.of(Path.of(value)).filter(p -> !value.isEmpty());
                        } catch (InvalidPathException e) {
                            problems.add(PREFIX + key + ": not a path: '" + value + "'");
                        }
                    }
                    default -> problems.add(PREFIX + key + ": unknown setting; valid settings: "
                            + KEYS.stream().map(k -> PREFIX + k).collect(Collectors.joining(", ")));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FkGuardException("hibernate-fk-guard: invalid settings:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new FkGuardSettings(mode, failOn, new SeverityPolicy(overrides), schemas, reportDir);
    }

    private static String invalid(String key, String value, String valid) {
        return PREFIX + key + ": invalid value '" + value + "'; valid values: " + valid
                .toLowerCase(Locale.ROOT);
    }
}
