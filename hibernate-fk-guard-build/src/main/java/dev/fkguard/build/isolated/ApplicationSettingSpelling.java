package dev.fkguard.build.isolated;

import dev.fkguard.SettingSpelling;

import java.util.Map;
import java.util.Optional;

/**
 * The front's spelling, except for the settings the application itself gave (and the build did not override): those
 * are named as written there, {@code hibernate.fkguard.fail_on (persistence.xml)},
 * {@code spring.jpa.properties.hibernate.fkguard.mode (application.yml)}, so a problem in one points to the file it
 * is in. Advice (what to set) is always in the front's spelling.
 *
 * @param front       how the build's own settings are written
 * @param application the startup keys that came from the application alone, each with where it is written
 */
record ApplicationSettingSpelling(SettingSpelling front, Map<String, ApplicationSettings.Origin> application)
        implements SettingSpelling {

    ApplicationSettingSpelling {
        application = Map.copyOf(application);
    }

    @Override
    public String key(String key) {
        return origin(key).map(origin -> origin.spell(key)).orElseGet(() -> front.key(key));
    }

    /** Where the application wrote a key, or the corrected spelling suggested for one ({@code fail_on}: {@code fail-on}). */
    private Optional<ApplicationSettings.Origin> origin(String key) {
        if (application.containsKey(key)) {
            return Optional.of(application.get(key));
        }
        return application.entrySet().stream().filter(a -> a.getKey().replace('_', '-').equals(key))
                .map(Map.Entry::getValue).findFirst();
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

    @Override
    public String runOnce() {
        return front.runOnce();
    }
}
