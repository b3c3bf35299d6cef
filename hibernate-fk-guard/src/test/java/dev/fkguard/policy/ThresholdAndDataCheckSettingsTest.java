package dev.fkguard.policy;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.data.DataCheckSettings;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.rules.CascadeFanOutLimits;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings of cascade-delete-fan-out and of the opt-in data checks. */
class ThresholdAndDataCheckSettingsTest {

    private static FkGuardSettings parse(Map<String, String> properties) {
        return FkGuardSettings.fromProperties(properties, BuiltInRules.all());
    }

    @Test
    void defaultsAreDepthThreeWidthFiveAndNoDataChecks() {
        FkGuardSettings settings = parse(Map.of());
        assertEquals(new CascadeFanOutLimits(3, 5), settings.cascadeFanOut());
        assertEquals(new DataCheckSettings(false, 10), settings.dataChecks());
        assertEquals(settings, FkGuardSettings.defaults());
    }

    @Test
    void readsThresholdsAndDataChecks() {
        FkGuardSettings settings = parse(Map.of(
                "hibernate.fkguard.cascade-delete-fan-out.max-depth", "5",
                "hibernate.fkguard.cascade-delete-fan-out.max-width", " 12 ",
                "hibernate.fkguard.data-checks", "TRUE",
                "hibernate.fkguard.data-checks.timeout-seconds", "3"));
        assertEquals(new CascadeFanOutLimits(5, 12), settings.cascadeFanOut());
        assertEquals(new DataCheckSettings(true, 3), settings.dataChecks());
    }

    @Test
    void rejectsWhatIsNotAPositiveNumberOrABoolean() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> parse(Map.of(
                "hibernate.fkguard.cascade-delete-fan-out.max-depth", "0",
                "hibernate.fkguard.cascade-delete-fan-out.max-width", "wide",
                "hibernate.fkguard.data-checks", "yes",
                "hibernate.fkguard.data-checks.timeout-seconds", "-1")));
        String message = e.getMessage();
        assertTrue(message.contains("hibernate.fkguard.cascade-delete-fan-out.max-depth: invalid value '0'; valid"
                + " values: a positive whole number"), message);
        assertTrue(message.contains("hibernate.fkguard.cascade-delete-fan-out.max-width: invalid value 'wide'"), message);
        assertTrue(message.contains("hibernate.fkguard.data-checks: invalid value 'yes'; valid values: true, false"),
                message);
        assertTrue(message.contains("hibernate.fkguard.data-checks.timeout-seconds: invalid value '-1'"), message);
    }

    @Test
    void unknownKeysListTheNewSettings() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> parse(Map.of(
                "hibernate.fkguard.cascade-delete-fan-out.depth", "4")));
        assertTrue(e.getMessage().contains("hibernate.fkguard.cascade-delete-fan-out.max-depth,"
                + " hibernate.fkguard.cascade-delete-fan-out.max-width, hibernate.fkguard.data-checks,"
                + " hibernate.fkguard.data-checks.timeout-seconds"), e.getMessage());
    }
}
