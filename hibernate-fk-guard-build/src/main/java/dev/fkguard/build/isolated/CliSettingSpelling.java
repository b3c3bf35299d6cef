package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;

import java.util.Set;

/**
 * The guard's settings as the command line takes them: an option of their own ({@code --fail-on warning}), the
 * rules as {@code --rules <rule-id>=off}, any other as {@code --setting <key>=<value>}.
 *
 * @param options the startup keys that have an option of their own, named as the key without
 *                {@code hibernate.fkguard.} (the command line sends them, from its table of options)
 */
record CliSettingSpelling(Set<String> options) implements SettingSpelling {

    private static final String RULES = FkGuardSettings.RULES.substring(FkGuardSettings.PREFIX.length());

    CliSettingSpelling {
        options = Set.copyOf(options);
    }

    @Override
    public String key(String key) {
        String bare = bare(key);
        if (bare.startsWith(RULES)) {
            return "--rules " + bare.substring(RULES.length());
        }
        return options.contains(key) ? "--" + bare : "--setting " + bare;
    }

    @Override
    public String assignment(String key, String value) {
        String bare = bare(key);
        if (bare.startsWith(RULES)) {
            return "--rules " + bare.substring(RULES.length()) + "=" + value;
        }
        return options.contains(key) ? "--" + bare + " " + value : "--setting " + bare + "=" + value;
    }

    @Override
    public String stopped() {
        return "the check";
    }

    @Override
    public String anyway() {
        return "to exit 0 anyway add";
    }

    @Override
    public String runOnce() {
        return "running the check once";
    }

    private static String bare(String key) {
        return key.startsWith(FkGuardSettings.PREFIX) ? key.substring(FkGuardSettings.PREFIX.length()) : key;
    }
}
