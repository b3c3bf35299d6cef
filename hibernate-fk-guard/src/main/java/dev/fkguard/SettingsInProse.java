package dev.fkguard;

import java.util.regex.Pattern;

/** How the guard's prose names a setting, for {@link SettingSpelling#respell(String)}. */
final class SettingsInProse {

    /**
     * The startup key: the prefix, then dot-separated words (so a sentence's full stop after it is not part of it),
     * then optionally {@code =value}.
     */
    static final Pattern KEY = Pattern.compile(Pattern.quote(FkGuardSettings.PREFIX)
            + "([a-z0-9<>-]+(?:\\.[a-z0-9<>-]+)*)(?:=([A-Za-z0-9_<>|-]+))?");

    private SettingsInProse() {
    }
}
