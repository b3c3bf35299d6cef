package dev.fkguard.maven;

import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the checked database comes from: an existing one ({@code jdbcUrl}), or a throwaway one made from the
 * project's Flyway migrations or Liquibase changelog, named or found where Spring Boot and Flyway look by default.
 *
 * @param kind           flyway, liquibase or jdbc
 * @param flywayLocations the Flyway directories (flyway only)
 * @param changelog      the master changelog (liquibase only)
 * @param changelogRoot  the directory its includes are relative to: the resource directory holding it, as on the
 *                       class path (liquibase only)
 * @param jdbcUrl        the existing database (jdbc only)
 * @param engine         the engine of the throwaway database: h2, postgresql, mariadb or mysql (not for jdbc)
 */
record DatabaseSource(String kind, List<Path> flywayLocations, Optional<Path> changelog, Optional<Path> changelogRoot,
                      Optional<String> jdbcUrl, String engine) {

    static final String FLYWAY = "flyway";
    static final String LIQUIBASE = "liquibase";
    static final String JDBC = "jdbc";

    /**
     * The engines the throwaway database may run on: H2 in memory, or the embedded servers the library's tests run on
     * (hibernate-fk-guard-engines), started and stopped by the goal.
     */
    static final List<String> ENGINES = List.of("h2", "postgresql", "mariadb", "mysql");
    static final Map<String, String> ENGINE_NAMES = Map.of("h2", "H2", "postgresql", "PostgreSQL", "mariadb",
            "MariaDB", "mysql", "MySQL");

    static final Path DEFAULT_FLYWAY = Path.of("src", "main", "resources", "db", "migration");
    static final Path DEFAULT_CHANGELOG_DIR = Path.of("src", "main", "resources", "db", "changelog");
    static final List<String> CHANGELOG_EXTENSIONS = List.of("yaml", "yml", "xml", "json", "sql");

    static DatabaseSource of(Path basedir, List<Resource> resources, String engine, Optional<String> jdbcUrl,
                             List<File> flywayLocations, Optional<File> liquibaseChangelog)
            throws MojoFailureException {
        if (jdbcUrl.isPresent()) {
            return new DatabaseSource(JDBC, List.of(), Optional.empty(), Optional.empty(), jdbcUrl, "");
        }
        String name = engineName(engine);
        if (!flywayLocations.isEmpty() && liquibaseChangelog.isPresent()) {
            throw new MojoFailureException(PluginMessages.failure("both flywayLocations and liquibaseChangelog are"
                    + " set; the throwaway database is made from one of them.", "keep the one the application runs at"
                    + " startup."));
        }
        if (!flywayLocations.isEmpty()) {
            List<Path> dirs = flywayLocations.stream().map(f -> basedir.resolve(f.toPath()).normalize()).toList();
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    throw new MojoFailureException(PluginMessages.failure("the Flyway location " + dir
                            + " (flywayLocations) is not a directory.", "name the directory that holds the"
                            + " V<version>__<description>.sql files."));
                }
            }
            requireMigrations(dirs);
            return flyway(dirs, name);
        }
        if (liquibaseChangelog.isPresent()) {
            Path changelog = basedir.resolve(liquibaseChangelog.get().toPath()).normalize();
            if (!Files.isRegularFile(changelog)) {
                throw new MojoFailureException(PluginMessages.failure("the Liquibase changelog " + changelog
                        + " (liquibaseChangelog) does not exist.", "name the master changelog the application runs."));
            }
            return liquibase(basedir, resources, changelog, name);
        }
        Path defaultFlyway = basedir.resolve(DEFAULT_FLYWAY);
        boolean flyway = !FlywayVersions.versioned(List.of(defaultFlyway)).isEmpty();
        Optional<Path> changelog = CHANGELOG_EXTENSIONS.stream()
                .map(ext -> basedir.resolve(DEFAULT_CHANGELOG_DIR).resolve("db.changelog-master." + ext))
                .filter(Files::isRegularFile).findFirst();
        if (flyway && changelog.isPresent()) {
            throw new MojoFailureException(PluginMessages.failure("the project has both Flyway migrations ("
                    + defaultFlyway + ") and a Liquibase changelog (" + changelog.get() + ").", "say which one the"
                    + " application runs: set <flywayLocations> or <liquibaseChangelog>."));
        }
        if (flyway) {
            return flyway(List.of(defaultFlyway), name);
        }
        if (changelog.isPresent()) {
            return liquibase(basedir, resources, changelog.get(), name);
        }
        throw new MojoFailureException(PluginMessages.failure("no migrations found: no Flyway migrations"
                + " (V<version>__<description>.sql) in " + defaultFlyway + " and no Liquibase changelog "
                + basedir.resolve(DEFAULT_CHANGELOG_DIR).resolve("db.changelog-master.{yaml,xml,…}")
                + "; the check needs a database to compare the mapping with.", "set <flywayLocations> or"
                + " <liquibaseChangelog> to where the project keeps its migrations, or <jdbcUrl> (-Dfkguard.jdbcUrl)"
                + " to check an existing database."));
    }

    private static String engineName(String engine) throws MojoFailureException {
        String name = engine == null ? "h2" : engine.trim().toLowerCase(Locale.ROOT);
        if (!ENGINES.contains(name)) {
            throw new MojoFailureException(PluginMessages.failure("unknown engine '" + engine + "'.",
                    "set <engine> (-Dfkguard.engine) to one of " + String.join(", ", ENGINES) + "."));
        }
        return name;
    }

    private static void requireMigrations(List<Path> dirs) throws MojoFailureException {
        if (FlywayVersions.versioned(dirs).isEmpty()) {
            throw new MojoFailureException(PluginMessages.failure("no migrations found: no Flyway migrations"
                    + " (V<version>__<description>.sql) in " + dirs + " (flywayLocations).", "point"
                    + " <flywayLocations> at the directories that hold the project's migrations."));
        }
    }

    private static DatabaseSource flyway(List<Path> dirs, String engine) {
        return new DatabaseSource(FLYWAY, List.copyOf(dirs), Optional.empty(), Optional.empty(), Optional.empty(),
                engine);
    }

    /** Includes in a changelog on the class path are relative to the class path root: its resource directory. */
    private static DatabaseSource liquibase(Path basedir, List<Resource> resources, Path changelog, String engine) {
        Path root = Stream.concat(resources.stream().map(r -> basedir.resolve(r.getDirectory()).normalize()),
                        Stream.of(basedir.resolve("src/main/resources")))
                .filter(changelog::startsWith).findFirst().orElse(changelog.getParent());
        return new DatabaseSource(LIQUIBASE, List.of(), Optional.of(changelog), Optional.of(root), Optional.empty(),
                engine);
    }

    /** Whether the database is made by the plugin (and so on the engine it chose), not an existing one. */
    boolean throwaway() {
        return !kind.equals(JDBC);
    }

    /** What the log calls it. */
    String describe() {
        return switch (kind) {
            case FLYWAY -> "a throwaway " + ENGINE_NAMES.get(engine) + " database made from the Flyway migrations in "
                    + flywayLocations;
            case LIQUIBASE -> "a throwaway " + ENGINE_NAMES.get(engine) + " database made from the Liquibase changelog "
                    + changelog.orElseThrow();
            default -> jdbcUrl.orElseThrow();
        };
    }

    void addTo(Map<String, Object> request, String user, String password) {
        request.put("database", kind);
        request.put("engine", engine);
        request.put("flywayLocations", flywayLocations.stream().map(Path::toString).toList());
        request.put("liquibaseChangelog", changelog.map(Path::toString).orElse(""));
        request.put("liquibaseRoot", changelogRoot.map(Path::toString).orElse(""));
        request.put("jdbcUrl", jdbcUrl.orElse(""));
        request.put("user", user);
        request.put("password", password);
    }
}
