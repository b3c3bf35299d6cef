package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardSettings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The guard's settings for one check: those the application itself gives its startup check, then the build's own,
 * which win. The application's are its persistence unit's {@code hibernate.fkguard.*} properties and, in a Spring
 * Boot application, the {@code spring.jpa.properties.hibernate.fkguard.*} entries of its
 * {@code application.properties}/{@code .yml}, which win over the unit's as Boot's win at startup.
 *
 * @param keys        every setting, as startup keys: what the check runs with
 * @param application those of the application the build did not override, each with where it is written
 * @param overridden  those of the application the build overrode, each with where it is written
 */
record ApplicationSettings(Map<String, String> keys, Map<String, Origin> application, Map<String, Origin> overridden) {

    ApplicationSettings {
        keys = Map.copyOf(keys);
        application = Map.copyOf(application);
        overridden = Map.copyOf(overridden);
    }

    /**
     * Where the application writes a setting: the key behind {@code prefix}, in {@code file}.
     *
     * @param prefix what the file puts before the startup key: nothing in persistence.xml,
     *               {@code spring.jpa.properties.} in Boot's files
     */
    record Origin(String prefix, String file) {
        Origin {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(file, "file");
        }

        /** {@code key} as written there: {@code spring.jpa.properties.hibernate.fkguard.fail-on (application.yml)}. */
        String spell(String key) {
            return prefix + key + " (" + file + ")";
        }
    }

    /**
     * @param base where the application's relative paths ({@code baseline}, {@code report-dir},
     *             {@code source-root}) are: the project's base directory in a build, as for an application started
     *             from it; the build's own paths come absolute already
     */
    static ApplicationSettings of(Map<String, String> persistenceUnit, BootProperties boot, Map<String, String> build,
                                  Path base) {
        Map<String, String> keys = new TreeMap<>();
        Map<String, Origin> origins = new TreeMap<>();
        persistenceUnit.forEach((key, value) -> {
            if (key.startsWith(FkGuardSettings.PREFIX)) {
                keys.put(key, resolved(key, value, base));
                origins.put(key, new Origin("", "persistence.xml"));
            }
        });
        boot.guardSettings().forEach((key, value) -> {
            keys.put(key, resolved(key, value, base));
            origins.put(key, new Origin(BootProperties.JPA_PROPERTIES, boot.file(key)));
        });
        Map<String, Origin> overridden = new TreeMap<>();
        build.keySet().stream().filter(origins::containsKey).forEach(key -> overridden.put(key, origins.remove(key)));
        keys.putAll(build);
        return new ApplicationSettings(keys, origins, overridden);
    }

    /**
     * A path setting against {@code base}, never the JVM's working directory: Maven may run from anywhere
     * ({@code mvn -f shop/pom.xml}, a multi-module build's root). An empty or invalid path is left for the guard to
     * name.
     */
    private static String resolved(String key, String value, Path base) {
        if (!FkGuardSettings.PATH_SETTINGS.contains(key) || value.isBlank()) {
            return value;
        }
        try {
            return base.resolve(value.trim()).normalize().toString();
        } catch (InvalidPathException e) {
            return value;
        }
    }

    /**
     * What the check took from the application and what the build overrode, for the log; empty when the application
     * gives none.
     *
     * @param front how the build's own settings are written
     */
    Optional<String> describe(dev.fkguard.SettingSpelling front) {
        if (application.isEmpty() && overridden.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!application.isEmpty()) {
            parts.add("using the application's own settings " + String.join(", ", new TreeMap<>(application)
                    .entrySet().stream().map(e -> e.getValue().spell(e.getKey()) + " = " + keys.get(e.getKey()))
                    .toList()));
        }
        if (!overridden.isEmpty()) {
            parts.add("the build's own win over " + String.join(", ", new TreeMap<>(overridden).entrySet().stream()
                    .map(e -> e.getValue().spell(e.getKey()) + " (" + front.key(e.getKey()) + " = "
                            + keys.get(e.getKey()) + ")").toList()));
        }
        return Optional.of("hibernate-fk-guard: " + String.join("; ", parts) + ".");
    }
}
