package dev.fkguard.policy;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }

    @Test
    void readsEverySetting() {
        FkGuardSettings settings = parse(Map.of(
                "hibernate.fkguard.mode", "WARN",
                "hibernate.fkguard.fail.on", "warning",
                "hibernate.fkguard.rules.unexpected-foreign-key", "off",
                "hibernate.fkguard.rules.delete-rule-mismatch", "info",
                "hibernate.fkguard.schemas", "shop, audit"));
        assertEquals(Mode.WARN, settings.mode());
        assertEquals(Severity.WARNING, settings.failOn());
        assertTrue(settings.severities().isOff(RuleId.of("unexpected-foreign-key")));
        assertEquals(List.of("shop", "audit"), settings.schemas());
    }

    @Test
    void unknownValuesListTheValidOnes() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> parse(Map.of("hibernate.fkguard.mode", "loud")));
        assertTrue(e.getMessage().contains("hibernate.fkguard.mode: invalid value 'loud'; valid values: fail, warn, off"),
                e.getMessage());
    }

    @Test
    void unknownRuleIdsAndKeysFailFast() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> parse(Map.of(
                "hibernate.fkguard.rules.missing-fk", "off",
                "hibernate.fkguard.fail_on", "error",
                "hibernate.fkguard.colour", "blue")));
        // Other rules sort in front of column-type-mismatch as the catalog grows; only the list matters here.
        assertTrue(e.getMessage().contains("unknown rule 'missing-fk'; valid rule ids: "), e.getMessage());
        assertTrue(e.getMessage().contains(", column-type-mismatch, "), e.getMessage());
        assertTrue(e.getMessage().contains("hibernate.fkguard.fail_on: keys use '-' or '.', never '_'"), e.getMessage());
        assertTrue(e.getMessage().contains("hibernate.fkguard.colour: unknown setting; valid settings: hibernate.fkguard.mode,"),
                e.getMessage());
    }
}
