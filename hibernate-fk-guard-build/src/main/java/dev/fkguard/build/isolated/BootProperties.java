package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardSettings;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a Spring Boot application's configuration files give the check, as Boot's JPA auto-configuration would give
 * them to Hibernate.
 *
 * @param hibernate the Hibernate properties: every {@code spring.jpa.properties.*} entry without the prefix, and the
 *                  naming strategies
 * @param files     for each of those read from {@code spring.jpa.properties}, the file it was read from
 *                  ({@code application.yml})
 */
record BootProperties(Map<String, String> hibernate, Map<String, String> files) {

    /** Where Boot's JPA configuration has the properties it passes to Hibernate as they are. */
    static final String JPA_PROPERTIES = "spring.jpa.properties.";

    BootProperties {
        hibernate = Map.copyOf(hibernate);
        files = Map.copyOf(files);
        if (!hibernate.keySet().containsAll(files.keySet())) {
            throw new IllegalArgumentException("a file for a property Boot does not pass: " + files.keySet());
        }
    }

    /** An application without Boot's JPA auto-configuration. */
    static BootProperties none() {
        return new BootProperties(Map.of(), Map.of());
    }

    /**
     * The guard's own settings among them: the {@code hibernate.fkguard.*} entries of {@code spring.jpa.properties},
     * which the startup check reads from the Hibernate properties Boot passes.
     */
    Map<String, String> guardSettings() {
        Map<String, String> guard = new TreeMap<>();
        files.keySet().stream().filter(key -> key.startsWith(FkGuardSettings.PREFIX))
                .forEach(key -> guard.put(key, hibernate.get(key)));
        return guard;
    }

    /** The file {@code key} was read from; only for a key of {@link #guardSettings()}. */
    String file(String key) {
        return Objects.requireNonNull(files.get(key), key);
    }
}
