package dev.fkguard.build.isolated;

import dev.fkguard.SettingSpelling;

import java.util.Set;

/**
 * The front's spelling, except for the settings the application's own {@code persistence.xml} gave (and the build
 * did not override): those are named as written there, {@code hibernate.fkguard.fail_on (persistence.xml)}, so a
 * problem in one points to the file it is in. Advice (what to set) is always in the front's spelling.
 *
 * @param front       how the build's own settings are written
 * @param application the startup keys that came from persistence.xml alone
 */
record ApplicationSettingSpelling(SettingSpelling front, Set<String> application) implements SettingSpelling {

    ApplicationSettingSpelling {
        application = Set.copyOf(application);
    }

    @Override
    public String key(String key) {
        return fromApplication(key) ? key + " (persistence.xml)" : front.key(key);
    }

    /** A key of persistence.xml, or the corrected spelling suggested for one ({@code fail_on}: {@code fail-on}). */
    private boolean fromApplication(String key) {
        return application.contains(key) || application.stream().anyMatch(a -> a.replace('_', '-').equals(key));
    }

    @Override
    public String assignment(String key, String value) {
        return front.assignment(key, value);
    }

    @Override
    public String stopped() {
        return front.stopped();
    }

    @Override
    public String anyway() {
        return front.anyway();
    }
}
