package dev.fkguard.maven;

import dev.fkguard.FkGuardSettings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The guard's settings in the build: {@code <settings>} entries and {@code -Dfkguard.*} user properties (which
 * win), both with the startup check's keys without {@code hibernate.fkguard.}. They become the startup check's
 * {@code hibernate.fkguard.*} properties, which the guard validates as it does at startup: an unknown key or value
 * fails the build. The plugin's own parameters ({@code -Dfkguard.engine}, …) are not settings.
 */
final class PluginSettings {

    static final String PROPERTY_PREFIX = "fkguard.";

    /** The plugin's own user properties, which are parameters, not guard settings. */
    static final Set<String> PARAMETERS = Set.of("skip", "packages", "persistenceUnit", "engine", "flywayLocations",
            "liquibaseChangelog", "jdbcUrl", "user", "password", "outputDirectory", "migrationDirectory");

    private PluginSettings() {
    }

    /**
     * @param outputDirectory the default {@code report-dir}: the build always writes its reports
     * @param projectRoot     the default {@code source-root} ({@link SourceRoot}): the repository's root, so report
     *                        paths (SARIF for code scanning) are relative to it
     */
    static Map<String, String> of(Map<String, String> configured, Properties userProperties, Path basedir,
                                  Path outputDirectory, Path projectRoot) {
        Map<String, String> own = new TreeMap<>();
        configured.forEach((key, value) -> own.put(key.trim(), value == null ? "" : value.trim()));
        userProperties.stringPropertyNames().stream()
                .filter(name -> name.startsWith(PROPERTY_PREFIX))
                .filter(name -> !PARAMETERS.contains(name.substring(PROPERTY_PREFIX.length())))
                .forEach(name -> own.put(name.substring(PROPERTY_PREFIX.length()),
                        userProperties.getProperty(name).trim()));
        Map<String, String> guard = new TreeMap<>();
        own.forEach((key, value) -> {
            String guardKey = FkGuardSettings.PREFIX + key;
            // Paths are resolved against the project rather than Maven's working directory.
            guard.put(guardKey, FkGuardSettings.PATH_SETTINGS.contains(guardKey) && !value.isEmpty()
                    ? basedir.resolve(value).normalize().toString() : value);
        });
        guard.putIfAbsent(FkGuardSettings.REPORT_DIR, outputDirectory.toString());
        guard.putIfAbsent(FkGuardSettings.SOURCE_ROOT, projectRoot.toString());
        return guard;
    }
}
