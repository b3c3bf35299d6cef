package dev.fkguard.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PluginSettingsTest {

    private static final Path BASEDIR = Path.of("/work/shop");
    private static final Path OUTPUT = Path.of("/work/shop/target/fkguard");
    private static final Path ROOT = Path.of("/work");

    @Test
    void configuredKeysAndUserPropertiesBecomeTheStartupKeysAndTheCommandLineWins() {
        Properties user = new Properties();
        user.setProperty("fkguard.fail-on", "warning");
        user.setProperty("fkguard.rules.missing-foreign-key-index", "off");
        user.setProperty("other.property", "x");
        Map<String, String> keys = PluginSettings.of(Map.of("fail-on", "error", "schemas", "sales, crm"), user,
                BASEDIR, OUTPUT, ROOT);
        assertEquals(Map.of("hibernate.fkguard.fail-on", "warning",
                "hibernate.fkguard.rules.missing-foreign-key-index", "off",
                "hibernate.fkguard.schemas", "sales, crm",
                "hibernate.fkguard.report-dir", OUTPUT.toString(),
                "hibernate.fkguard.source-root", ROOT.toString()), keys);
    }

    @Test
    void thePluginsOwnParametersAreNotSettings() {
        Properties user = new Properties();
        user.setProperty("fkguard.engine", "h2");
        user.setProperty("fkguard.jdbcUrl", "jdbc:h2:mem:x");
        user.setProperty("fkguard.skip", "false");
        Map<String, String> keys = PluginSettings.of(Map.of(), user, BASEDIR, OUTPUT, ROOT);
        assertEquals(Map.of("hibernate.fkguard.report-dir", OUTPUT.toString(),
                "hibernate.fkguard.source-root", ROOT.toString()), keys);
    }

    @Test
    void unknownKeysPassThroughForTheGuardToRefuse() {
        Properties user = new Properties();
        user.setProperty("fkguard.fail_on", "warning");
        assertEquals("warning",
                PluginSettings.of(Map.of(), user, BASEDIR, OUTPUT, ROOT).get("hibernate.fkguard.fail_on"));
    }

    @Test
    void pathsAreRelativeToTheProject() {
        Map<String, String> keys = PluginSettings.of(Map.of("baseline", "fkguard-baseline.txt",
                "report-dir", "build/fk", "source-root", ".."), new Properties(), BASEDIR, OUTPUT, ROOT);
        assertEquals(BASEDIR.resolve("fkguard-baseline.txt").toString(), keys.get("hibernate.fkguard.baseline"));
        assertEquals(BASEDIR.getParent().toString(), keys.get("hibernate.fkguard.source-root"));
        assertEquals(BASEDIR.resolve("build/fk").toString(), keys.get("hibernate.fkguard.report-dir"));
        assertFalse(keys.containsValue(OUTPUT.toString()));
    }
}
