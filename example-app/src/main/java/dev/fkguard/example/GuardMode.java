package dev.fkguard.example;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The values of {@code hibernate.fkguard.mode} the example lets you choose. */
public enum GuardMode {
    FAIL,
    WARN,
    OFF;

    /** The value as the setting spells it. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GuardMode> fromSettingValue(String text) {
        return Arrays.stream(values())
                .filter(mode -> mode.settingValue().equals(text))
                .findFirst();
    }

    static String choices() {
        return Arrays.stream(values()).map(GuardMode::settingValue).collect(Collectors.joining("|"));
    }
}
