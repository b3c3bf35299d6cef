package dev.fkguard.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a front (the Maven plugin, the command line) asks the isolated check, built here so both send the same keys
 * ({@code dev.fkguard.build.isolated.Request} reads them); JDK types only, as it crosses class loaders.
 */
public final class CheckRequest {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /**
     * @param front {@code maven} or {@code cli}: whose parameter names the failures use
     * @param goal  {@code check} or {@code migration}
     */
    public CheckRequest(String front, String goal) {
        values.put("front", front);
        values.put("goal", goal);
    }

    /** The application's compiled classes whose entities are checked: directories or jars. */
    public CheckRequest classRoots(List<Path> roots) {
        return put("classRoots", roots.stream().map(root -> root.toAbsolutePath().toString()).toList());
    }

    /** Only entities in these packages (and their sub-packages); empty for all. */
    public CheckRequest packages(List<String> packages) {
        return put("packages", packages.stream().map(String::trim).filter(p -> !p.isEmpty()).toList());
    }

    /** The persistence unit of {@code META-INF/persistence.xml}; empty for its only one. */
    public CheckRequest persistenceUnit(String unit) {
        return put("persistenceUnit", unit.trim());
    }

    /** Hibernate properties the application sets outside persistence.xml (a naming strategy, a default schema). */
    public CheckRequest hibernateProperties(Map<String, String> properties) {
        return put("hibernateProperties", Map.copyOf(properties));
    }

    /**
     * What relative paths in the application's own settings ({@code hibernate.fkguard.baseline} in persistence.xml
     * or application.yml) are relative to: the project's base directory for the plugin, the working directory for
     * the command line.
     */
    public CheckRequest baseDirectory(Path base) {
        return put("baseDirectory", base.toAbsolutePath().normalize().toString());
    }

    /** The guard's settings with their startup keys ({@code hibernate.fkguard.*}). */
    public CheckRequest settings(Map<String, String> settings) {
        return put("settings", Map.copyOf(settings));
    }

    /**
     * The startup keys ({@code hibernate.fkguard.*}) the front has an option of its own for, so that messages name
     * the option ({@code --fail-on}) rather than the generic one; the command line's.
     */
    public CheckRequest settingOptions(List<String> keys) {
        return put("settingOptions", List.copyOf(keys));
    }

    /** Checks this existing database, read only, instead of a throwaway one. */
    public CheckRequest existingDatabase(String jdbcUrl, String user, String password) {
        put("database", "jdbc");
        put("jdbcUrl", jdbcUrl);
        put("user", user);
        return put("password", password);
    }

    /** The report format the answer carries rendered ({@code json}, {@code sarif}, {@code markdown}, {@code text}). */
    public CheckRequest format(String format) {
        return put("format", format);
    }

    /** A key of the plugin's own (its throwaway database, its migration goal). */
    public CheckRequest put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    public Map<String, Object> toMap() {
        return Map.copyOf(values);
    }
}
