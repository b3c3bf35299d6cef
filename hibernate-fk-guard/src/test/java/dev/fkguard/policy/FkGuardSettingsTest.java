package dev.fkguard.policy;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.data.DataCheckSettings;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationScope;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.rules.CascadeFanOutLimits;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FkGuardSettingsTest {

    private static FkGuardSettings parse(Map<String, String> properties) {
        return FkGuardSettings.fromProperties(properties, BuiltInRules.all());
    }

    @Test
    void defaultsFailOnErrors() {
        FkGuardSettings settings = parse(Map.of("hibernate.show_sql", "true"));
        assertEquals(Mode.FAIL, settings.mode());
        assertEquals(Severity.ERROR, settings.failOn());
        assertEquals(List.of(), settings.schemas());
        assertEquals(MigrationScope.failing(Severity.ERROR), settings.migrationScope());
    }

    @Test
    void readsEverySetting() {
        Map<String, String> properties = new TreeMap<>(Map.ofEntries(
                Map.entry("hibernate.fkguard.mode", "WARN"),
                Map.entry("hibernate.fkguard.fail.on", "warning"),
                Map.entry("hibernate.fkguard.rules.unexpected-foreign-key", "off"),
                Map.entry("hibernate.fkguard.rules.delete-rule-mismatch", "info"),
                Map.entry("hibernate.fkguard.schemas", "shop, audit"),
                Map.entry("hibernate.fkguard.cascade-delete-fan-out.max-depth", "4"),
                Map.entry("hibernate.fkguard.cascade-delete-fan-out.max-width", "7"),
                Map.entry("hibernate.fkguard.data-checks", "true"),
                Map.entry("hibernate.fkguard.data-checks.timeout-seconds", "30"),
                Map.entry("hibernate.fkguard.baseline", "fk-baseline.txt"),
                Map.entry("hibernate.fkguard.baseline.write", "true"),
                Map.entry("hibernate.fkguard.migration-format", "liquibase-xml"),
                Map.entry("hibernate.fkguard.report-dir", "target/fkguard"),
                Map.entry("hibernate.fkguard.concurrent-check", "false"),
                Map.entry("hibernate.fkguard.failure-message", "Summary"),
                Map.entry("hibernate.fkguard.migration-scope", "ALL"),
                Map.entry("hibernate.fkguard.source-root", "..")));
        FkGuardSettings settings = parse(properties);
        assertEquals(Mode.WARN, settings.mode());
        assertEquals(Severity.WARNING, settings.failOn());
        assertEquals(Map.of(RuleId.of("unexpected-foreign-key"), Optional.empty(),
                RuleId.of("delete-rule-mismatch"), Optional.of(Severity.INFO)), settings.severities().overrides());
        assertEquals(List.of("shop", "audit"), settings.schemas());
        assertEquals(new CascadeFanOutLimits(4, 7), settings.cascadeFanOut());
        assertEquals(new DataCheckSettings(true, 30), settings.dataChecks());
        assertEquals(Optional.of(new BaselineSetting(Path.of("fk-baseline.txt"), true)), settings.baseline());
        assertEquals(Optional.of(MigrationFormat.LIQUIBASE_XML), settings.migrationFormat());
        assertEquals(Optional.of(Path.of("target/fkguard")), settings.reportDir());
        assertFalse(settings.concurrentCheck());
        assertEquals(FailureMessage.SUMMARY, settings.failureMessage());
        assertEquals(new MigrationScope(MigrationScope.Kind.ALL, Severity.WARNING), settings.migrationScope());
        assertEquals(Optional.of(Path.of("..")), settings.sourceRoot());

        // Every key the guard accepts (it lists them for an unknown one) is among those set above.
        FkGuardException unknown = assertThrows(FkGuardException.class,
                () -> parse(Map.of("hibernate.fkguard.colour", "blue")));
        String listed = unknown.getMessage().substring(unknown.getMessage().indexOf("valid settings: ")
                + "valid settings: ".length()).lines().findFirst().orElseThrow();
        Set<String> valid = Arrays.stream(listed.split(",\\s*")).map(FkGuardSettingsTest::normalKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> set = properties.keySet().stream().map(FkGuardSettingsTest::normalKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(valid.size() >= 14, valid::toString);
        assertEquals(valid, set, "settings this test does not set and check");
    }

    /** {@code hibernate.fkguard.rules.<id>} as {@code rules-<rule-id>}, other keys with '-' for '.'. */
    private static String normalKey(String key) {
        String own = key.strip().substring(FkGuardSettings.PREFIX.length());
        return own.startsWith("rules.") ? "rules-<rule-id>" : own.replace('.', '-');
    }

    @Test
    void unknownValuesListTheValidOnes() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> parse(Map.of("hibernate.fkguard.mode", "loud")));
        assertTrue(e.getMessage().contains("hibernate.fkguard.mode: invalid value 'loud'; valid values: fail, warn, off"),
                e.getMessage());
    }

    @Test
    void migrationScopeFollowsTheFailureThresholdAndRejectsUnknownValues() {
        assertEquals(MigrationScope.failing(Severity.WARNING),
                parse(Map.of("hibernate.fkguard.fail-on", "warning", "hibernate.fkguard.migration-scope", "failing"))
                        .migrationScope());
        FkGuardException e = assertThrows(FkGuardException.class,
                () -> parse(Map.of("hibernate.fkguard.migration-scope", "errors")));
        assertTrue(e.getMessage().contains("hibernate.fkguard.migration-scope: invalid value 'errors'; valid values:"
                + " failing, all"), e.getMessage());
    }

    @Test
    void theSourceRootIsADirectoryThatExists() {
        assertEquals(Optional.empty(), parse(Map.of()).sourceRoot());
        FkGuardException missing = assertThrows(FkGuardException.class,
                () -> parse(Map.of("hibernate.fkguard.source-root", "no/such/dir")));
        assertTrue(missing.getMessage().contains("hibernate.fkguard.source-root: 'no/such/dir' is no directory"),
                missing.getMessage());
        FkGuardException empty = assertThrows(FkGuardException.class,
                () -> parse(Map.of("hibernate.fkguard.source-root", " ")));
        assertTrue(empty.getMessage().contains("hibernate.fkguard.source-root: empty"), empty.getMessage());
    }

    @Test
    void unknownRuleIdsAndKeysFailFast() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> parse(Map.of(
                "hibernate.fkguard.rules.missing-fk", "off",
                "hibernate.fkguard.fail_on", "error",
                "hibernate.fkguard.colour", "blue")));
        assertTrue(e.getMessage().contains("unknown rule 'missing-fk'; valid rule ids: "), e.getMessage());
        assertTrue(e.getMessage().contains(" missing-foreign-key, "), e.getMessage());
        assertTrue(e.getMessage().contains("hibernate.fkguard.fail_on: keys use '-' or '.', never '_'"), e.getMessage());
        assertTrue(e.getMessage().contains("hibernate.fkguard.colour: unknown setting; valid settings: hibernate.fkguard.mode,"),
                e.getMessage());
    }
}
