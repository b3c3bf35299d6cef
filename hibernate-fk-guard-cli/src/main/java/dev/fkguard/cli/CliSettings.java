package dev.fkguard.cli;

import dev.fkguard.FkGuardSettings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guard's settings from the command line, as the startup check's {@code hibernate.fkguard.*} properties: the
 * options of {@link Option} that name a setting, {@code --rules id=severity} and {@code --setting key=value}. The
 * guard validates them as it does at startup, so an unknown key or value fails the same way.
 */
final class CliSettings {

    private CliSettings() {
    }

    static Map<String, String> of(CommandLine line) throws UsageException {
        Map<String, String> keys = new TreeMap<>();
        for (Option option : Option.values()) {
            if (option.setting().isEmpty() || !line.has(option)) {
                continue;
            }
            String key = option.setting().get();
            if (option == Option.RULES) {
                for (String rule : line.split(option)) {
                    String[] pair = pair(option, rule);
                    keys.put(key + pair[0], pair[1]);
                }
            } else if (option == Option.SETTING) {
                for (String setting : line.all(option)) {
                    String[] pair = pair(option, setting);
                    String name = pair[0].startsWith(FkGuardSettings.PREFIX)
                            ? pair[0].substring(FkGuardSettings.PREFIX.length()) : pair[0];
                    keys.put(key + name, pair[1]);
                }
            } else {
                keys.put(key, line.value(option).orElseThrow().trim());
            }
        }
        // Paths are made absolute against the working directory the CLI was started in.
        keys.replaceAll((key, value) -> FkGuardSettings.PATH_SETTINGS.contains(key) ? absolute(value) : value);
        return keys;
    }

    /** {@code key=value} of a repeatable option. */
    static String[] pair(Option option, String text) throws UsageException {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new UsageException(option.spelled() + " " + text + ": expected " + option.value() + ".",
                    "write " + option.spelled() + " " + option.value() + " (see --help).");
        }
        return new String[] {text.substring(0, equals).trim(), text.substring(equals + 1).trim()};
    }

    private static String absolute(String value) {
        if (value.isEmpty()) {
            return value; // the guard says what an empty path means
        }
        try {
            return Path.of(value).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return value; // the guard names the invalid path
        }
    }
}
