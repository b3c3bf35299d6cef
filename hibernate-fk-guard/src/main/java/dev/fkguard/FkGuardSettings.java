package dev.fkguard;

import dev.fkguard.data.DataCheckSettings;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.policy.BaselineSetting;
import dev.fkguard.policy.FailureMessage;
import dev.fkguard.rule.MetaRules;
import dev.fkguard.policy.Mode;
import dev.fkguard.policy.SeverityPolicy;
import dev.fkguard.migration.MigrationScope;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.CascadeFanOutLimits;

import java.nio.file.Files;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The guard's settings, read from Hibernate properties under {@code hibernate.fkguard.}. Unknown keys and values
 * fail fast with the list of valid ones: a typo must not silently switch the guard off.
 *
 * @param schemas       the schemas to read; empty means the connection's current schema
 * @param cascadeFanOut the thresholds of {@code cascade-delete-fan-out}
 * @param dataChecks    whether (and how long) the guard may read table data, for {@code orphaned-rows}
 * @param baseline      the baseline file of accepted findings, if one is used
 * @param migrationFormat the format the migration is written in when {@code reportDir} is set (default sql)
 * @param reportDir       where the startup check writes its files; empty writes none
 * @param concurrentCheck whether the startup check may run while Hibernate builds the rest of the SessionFactory
 *                        (only when the schema tool leaves the database alone); default true
 * @param failureMessage  what a drift failure's message holds: the whole report (default) or its first line, for
 *                        frameworks that show the findings themselves (set by the Spring Boot auto-configuration)
 * @param migrationScope  which findings the migration carries: those that fail startup at {@code failOn} (default)
 *                        or all
 * @param sourceRoot      the repository root report paths are relative to; empty finds it above the entity classes
 *                        (the directory holding {@code .git}, {@code .hg} or {@code .svn})
 */
public record FkGuardSettings(Mode mode, Severity failOn, SeverityPolicy severities, List<String> schemas,
                              CascadeFanOutLimits cascadeFanOut, DataCheckSettings dataChecks,
                              Optional<BaselineSetting> baseline, Optional<MigrationFormat> migrationFormat,
                              Optional<Path> reportDir, boolean concurrentCheck, FailureMessage failureMessage,
                              MigrationScope migrationScope, Optional<Path> sourceRoot) {

    public static final String PREFIX = "hibernate.fkguard.";
    public static final String MODE = PREFIX + "mode";
    public static final String FAIL_ON = PREFIX + "fail-on";
    public static final String RULES = PREFIX + "rules.";
    public static final String SCHEMAS = PREFIX + "schemas";
    public static final String CASCADE_MAX_DEPTH = PREFIX + "cascade-delete-fan-out.max-depth";
    public static final String CASCADE_MAX_WIDTH = PREFIX + "cascade-delete-fan-out.max-width";
    public static final String DATA_CHECKS = PREFIX + "data-checks";
    public static final String DATA_CHECKS_TIMEOUT = PREFIX + "data-checks.timeout-seconds";
    public static final String BASELINE = PREFIX + "baseline";
    public static final String BASELINE_WRITE = PREFIX + "baseline.write";
    public static final String MIGRATION_FORMAT = PREFIX + "migration-format";
    public static final String REPORT_DIR = PREFIX + "report-dir";
    public static final String CONCURRENT_CHECK = PREFIX + "concurrent-check";
    public static final String FAILURE_MESSAGE = PREFIX + "failure-message";
    public static final String MIGRATION_SCOPE = MigrationScope.SETTING;
    public static final String SOURCE_ROOT = PREFIX + "source-root";

    /** The settings whose values are paths: a build front resolves them against its own base directory. */
    public static final Set<String> PATH_SETTINGS = Set.of(BASELINE, REPORT_DIR, SOURCE_ROOT);

    private static final List<String> KEYS = List.of("mode", "fail-on", "rules.<rule-id>", "schemas",
            "cascade-delete-fan-out.max-depth", "cascade-delete-fan-out.max-width", "data-checks",
            "data-checks.timeout-seconds", "baseline", "baseline.write", "migration-format", "report-dir",
            "concurrent-check", "failure-message", "migration-scope", "source-root");

    public FkGuardSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(severities, "severities");
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(cascadeFanOut, "cascadeFanOut");
        Objects.requireNonNull(dataChecks, "dataChecks");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(migrationFormat, "migrationFormat");
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(failureMessage, "failureMessage");
        Objects.requireNonNull(migrationScope, "migrationScope");
        Objects.requireNonNull(sourceRoot, "sourceRoot");
    }

    /** Settings that find the repository root above the entity classes. */
    public FkGuardSettings(Mode mode, Severity failOn, SeverityPolicy severities, List<String> schemas,
                           CascadeFanOutLimits cascadeFanOut, DataCheckSettings dataChecks,
                           Optional<BaselineSetting> baseline, Optional<MigrationFormat> migrationFormat,
                           Optional<Path> reportDir, boolean concurrentCheck, FailureMessage failureMessage,
                           MigrationScope migrationScope) {
        this(mode, failOn, severities, schemas, cascadeFanOut, dataChecks, baseline, migrationFormat, reportDir,
                concurrentCheck, failureMessage, migrationScope, Optional.empty());
    }

    /** Settings whose migration carries the findings that fail startup. */
    public FkGuardSettings(Mode mode, Severity failOn, SeverityPolicy severities, List<String> schemas,
                           CascadeFanOutLimits cascadeFanOut, DataCheckSettings dataChecks,
                           Optional<BaselineSetting> baseline, Optional<MigrationFormat> migrationFormat,
                           Optional<Path> reportDir, boolean concurrentCheck, FailureMessage failureMessage) {
        this(mode, failOn, severities, schemas, cascadeFanOut, dataChecks, baseline, migrationFormat, reportDir,
                concurrentCheck, failureMessage, MigrationScope.failing(failOn));
    }

    /** Settings with the default thresholds, no data checks and no baseline. */
    public FkGuardSettings(Mode mode, Severity failOn, SeverityPolicy severities, List<String> schemas) {
        this(mode, failOn, severities, schemas, CascadeFanOutLimits.defaults(), DataCheckSettings.off(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, FailureMessage.FULL);
    }

    public static FkGuardSettings defaults() {
        return new FkGuardSettings(Mode.FAIL, Severity.ERROR, SeverityPolicy.defaults(), List.of());
    }

    public FkGuardSettings withMode(Mode newMode) {
        return new FkGuardSettings(newMode, failOn, severities, schemas, cascadeFanOut, dataChecks, baseline,
                migrationFormat, reportDir, concurrentCheck, failureMessage, migrationScope, sourceRoot);
    }

    public FkGuardSettings withDataChecks(DataCheckSettings newDataChecks) {
        return new FkGuardSettings(mode, failOn, severities, schemas, cascadeFanOut, newDataChecks, baseline,
                migrationFormat, reportDir, concurrentCheck, failureMessage, migrationScope, sourceRoot);
    }

    public FkGuardSettings withBaseline(BaselineSetting newBaseline) {
        return new FkGuardSettings(mode, failOn, severities, schemas, cascadeFanOut, dataChecks,
                Optional.of(newBaseline), migrationFormat, reportDir, concurrentCheck, failureMessage,
                migrationScope, sourceRoot);
    }

    /**
     * Reads the guard's keys from Hibernate (or Spring: {@code spring.jpa.properties.hibernate.fkguard.*}) properties;
     * other keys are ignored.
     *
     * @param rules the rules that exist, to validate {@code rules.<rule-id>} keys against
     */
    public static FkGuardSettings fromProperties(Map<?, ?> properties, Collection<Rule> rules) {
        return fromProperties(properties, rules, SettingSpelling.STARTUP);
    }

    /**
     * As {@link #fromProperties(Map, Collection)}, the problems of invalid settings named as {@code spelling} writes
     * them (the keys are the startup check's {@code hibernate.fkguard.*} all the same).
     */
    public static FkGuardSettings fromProperties(Map<?, ?> properties, Collection<Rule> rules,
                                                 SettingSpelling spelling) {
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
        int maxDepth = CascadeFanOutLimits.DEFAULT_MAX_DEPTH;
        int maxWidth = CascadeFanOutLimits.DEFAULT_MAX_WIDTH;
        boolean dataChecks = false;
        int dataCheckTimeout = DataCheckSettings.DEFAULT_TIMEOUT_SECONDS;
        Map<String, RuleId> ruleIds = rules.stream()
                .collect(Collectors.toMap(r -> r.id().value(), Rule::id, (first, second) -> first, HashMap::new));
        MetaRules.all().forEach(meta -> ruleIds.put(meta.id().value(), meta.id()));
        Optional<Path> baselineFile = Optional.empty();
        boolean baselineWrite = false;
        Optional<MigrationFormat> migrationFormat = Optional.empty();
        Optional<Path> reportDir = Optional.empty();
        boolean concurrentCheck = true;
        FailureMessage failureMessage = FailureMessage.FULL;
        MigrationScope.Kind migrationScope = MigrationScope.Kind.FAILING;
        Optional<Path> sourceRoot = Optional.empty();

        for (Map.Entry<String, String> entry : own.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            String named = spelling.key(PREFIX + key); // as the user wrote it
            if (key.contains("_")) {
                problems.add(named + ": keys use '-' or '.', never '_' (did you mean "
                        + spelling.key(PREFIX + key.replace('_', '-')) + "?)");
            } else if (key.startsWith("rules.")) {
                String id = key.substring("rules.".length());
                if (!ruleIds.containsKey(id)) {
                    problems.add(named + ": unknown rule '" + id + "'; valid rule ids: "
                            + String.join(", ", new TreeSet<>(ruleIds.keySet())));
                } else if (value.equalsIgnoreCase("off")) {
                    overrides.put(ruleIds.get(id), Optional.empty());
                } else {
                    Optional<Severity> severity = Severity.fromLabel(value);
                    severity.ifPresentOrElse(s -> overrides.put(ruleIds.get(id), Optional.of(s)),
                            () -> problems.add(invalid(named, value, "error, warning, info, off")));
                }
            } else {
                switch (key.replace('.', '-')) {
                    case "mode" -> {
                        Optional<Mode> parsed = Arrays.stream(Mode.values())
                                .filter(m -> m.label().equalsIgnoreCase(value)).findFirst();
                        if (parsed.isPresent()) {
                            mode = parsed.get();
                        } else {
                            problems.add(invalid(named, value, "fail, warn, off"));
                        }
                    }
                    case "fail-on" -> {
                        Optional<Severity> parsed = Severity.fromLabel(value).filter(s -> s != Severity.INFO);
                        if (parsed.isPresent()) {
                            failOn = parsed.get();
                        } else {
                            problems.add(invalid(named, value, "error, warning"));
                        }
                    }
                    case "schemas" -> schemas = Arrays.stream(value.split(","))
                            .map(String::trim).filter(s -> !s.isEmpty()).toList();
                    case "cascade-delete-fan-out-max-depth" -> maxDepth = positive(named, value, problems, maxDepth);
                    case "cascade-delete-fan-out-max-width" -> maxWidth = positive(named, value, problems, maxWidth);
                    case "data-checks" -> dataChecks = bool(named, value, problems, dataChecks);
                    case "data-checks-timeout-seconds" ->
                            dataCheckTimeout = positive(named, value, problems, dataCheckTimeout);
                    case "migration-format" -> {
                        migrationFormat = MigrationFormat.fromLabel(value);
                        if (migrationFormat.isEmpty()) {
                            problems.add(invalid(named, value, MigrationFormat.validLabels()));
                        }
                    }
                    case "report-dir" -> {
                        try {
                            reportDir = Optional.of(Path.of(value)).filter(p -> !value.isEmpty());
                        } catch (InvalidPathException e) {
                            problems.add(named + ": invalid path '" + value + "': " + e.getReason());
                        }
                        if (value.isEmpty()) {
                            problems.add(named + ": empty; give a directory, or leave the key out");
                        }
                    }
                    case "source-root" -> {
                        if (value.isEmpty()) {
                            problems.add(named + ": empty; give the repository root directory, or leave the"
                                    + " key out to find it above the entity classes");
                        } else {
                            try {
                                Path root = Path.of(value);
                                if (Files.isDirectory(root)) {
                                    sourceRoot = Optional.of(root);
                                } else {
                                    problems.add(named + ": '" + value + "' is no directory; give the"
                                            + " repository root, or leave the key out to find it above the entity"
                                            + " classes");
                                }
                            } catch (InvalidPathException e) {
                                problems.add(named + ": invalid path '" + value + "': " + e.getReason());
                            }
                        }
                    }
                    case "baseline" -> {
                        if (value.isEmpty()) {
                            problems.add(named + ": empty; give the path of the baseline file");
                        } else {
                            baselineFile = Optional.of(Path.of(value));
                        }
                    }
                    case "baseline-write" -> baselineWrite = bool(named, value, problems, baselineWrite);
                    case "concurrent-check" -> concurrentCheck = bool(named, value, problems, concurrentCheck);
                    case "failure-message" -> {
                        Optional<FailureMessage> parsed = FailureMessage.fromLabel(value);
                        if (parsed.isPresent()) {
                            failureMessage = parsed.get();
                        } else {
                            problems.add(invalid(named, value, "full, summary"));
                        }
                    }
                    case "migration-scope" -> {
                        Optional<MigrationScope.Kind> parsed = MigrationScope.Kind.fromLabel(value);
                        if (parsed.isPresent()) {
                            migrationScope = parsed.get();
                        } else {
                            problems.add(invalid(named, value, "failing, all"));
                        }
                    }
                    default -> problems.add(named + ": unknown setting; valid settings: "
                            + KEYS.stream().map(k -> spelling.key(PREFIX + k)).collect(Collectors.joining(", ")));
                }
            }
        }
        if (baselineWrite && baselineFile.isEmpty()) {
            problems.add(spelling.assignment(BASELINE_WRITE, "true") + " needs "
                    + spelling.assignment(BASELINE, "<file>") + ", the file to write");
        }
        if (!problems.isEmpty()) {
            throw new FkGuardException(FkGuardException.Code.INVALID_SETTING, "invalid settings:\n  - "
                    + String.join("\n  - ", problems), "correct or remove the settings listed; invalid settings"
                    + " stop " + spelling.stopped() + " in every mode, so a typo cannot switch the guard off"
                    + " unnoticed.");
        }
        boolean write = baselineWrite;
        return new FkGuardSettings(mode, failOn, new SeverityPolicy(overrides), schemas,
                new CascadeFanOutLimits(maxDepth, maxWidth), new DataCheckSettings(dataChecks, dataCheckTimeout),
                baselineFile.map(file -> new BaselineSetting(file, write)), migrationFormat, reportDir,
                concurrentCheck, failureMessage, new MigrationScope(migrationScope, failOn), sourceRoot);
    }

    private static boolean bool(String named, String value, List<String> problems, boolean fallback) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        }
        problems.add(invalid(named, value, "true, false"));
        return fallback;
    }

    private static int positive(String named, String value, List<String> problems, int fallback) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number that is not positive
        }
        problems.add(invalid(named, value, "a positive whole number"));
        return fallback;
    }

    private static String invalid(String named, String value, String valid) {
        return named + ": invalid value '" + value + "'; valid values: " + valid
                .toLowerCase(Locale.ROOT);
    }
}
