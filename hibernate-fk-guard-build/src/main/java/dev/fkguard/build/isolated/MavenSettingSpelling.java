package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;

/**
 * The guard's settings as the Maven plugin takes them: {@code -Dfkguard.fail-on=warning}, or the same key under
 * {@code <settings>} in the plugin's configuration ({@link Front#settingSpelling()} says so once).
 */
final class MavenSettingSpelling implements SettingSpelling {

    static final String PROPERTY_PREFIX = "-Dfkguard.";

    @Override
    public String key(String key) {
        return PROPERTY_PREFIX + (key.startsWith(FkGuardSettings.PREFIX)
                ? key.substring(FkGuardSettings.PREFIX.length()) : key);
    }

    @Override
    public String stopped() {
        return "the build";
    }

    @Override
    public String anyway() {
        return "to pass the build anyway set";
    }

    @Override
    public String runOnce() {
        return "running the build once";
    }
}
