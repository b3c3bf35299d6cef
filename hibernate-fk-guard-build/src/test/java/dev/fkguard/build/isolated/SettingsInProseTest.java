package dev.fkguard.build.isolated;

import dev.fkguard.SettingSpelling;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The guard's prose names settings by their startup key; each front respells every key in it, with or without a
 * value, and leaves the sentence around it (its full stop, a following {@code / .max-width}) as it is.
 */
class SettingsInProseTest {

    private static final String PROSE = "check hibernate.fkguard.schemas and the user's privileges; raise"
            + " hibernate.fkguard.cascade-delete-fan-out.max-depth / .max-width, or set"
            + " hibernate.fkguard.rules.unused-suppression=off (or hibernate.fkguard.baseline.write=true)."
            + " Or raise hibernate.fkguard.data-checks.timeout-seconds.";

    @Test
    void startupLeavesTheProseAsItIs() {
        assertEquals(PROSE, SettingSpelling.STARTUP.respell(PROSE));
    }

    @Test
    void mavenRespellsEveryKeyAsItsProperty() {
        assertEquals("check -Dfkguard.schemas and the user's privileges; raise"
                + " -Dfkguard.cascade-delete-fan-out.max-depth / .max-width, or set"
                + " -Dfkguard.rules.unused-suppression=off (or -Dfkguard.baseline.write=true)."
                + " Or raise -Dfkguard.data-checks.timeout-seconds.", new MavenSettingSpelling().respell(PROSE));
    }

    @Test
    void theCommandLineRespellsEveryKeyAsItsOption() {
        SettingSpelling cli = new CliSettingSpelling(Set.of("hibernate.fkguard.schemas", "hibernate.fkguard.mode"));
        assertEquals("check --schemas and the user's privileges; raise"
                + " --setting cascade-delete-fan-out.max-depth / .max-width, or set"
                + " --rules unused-suppression=off (or --setting baseline.write=true)."
                + " Or raise --setting data-checks.timeout-seconds.", cli.respell(PROSE));
        assertEquals("to keep going set --mode warn.", cli.respell("to keep going set hibernate.fkguard.mode=warn."));
    }
}
