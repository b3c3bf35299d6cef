package dev.fkguard.migration;

import dev.fkguard.FkGuardException;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes a migration plan (the remedies of a check's findings) as a migration: a plain SQL script, a Flyway versioned migration or a Liquibase
 * changelog. It only writes files; running them is left to the user or their migration tool.
 *
 * <pre>{@code
 * MigrationPlan plan = PlannedFixes.of(report).plan();
 * new MigrationWriter().write(plan, MigrationFormat.FLYWAY, Path.of("src/main/resources/db/migration"));
 * }</pre>
 */
public final class MigrationWriter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);
    private static final Pattern FLYWAY_VERSION = Pattern.compile("[0-9]+([._][0-9]+)*");

    private final String version;

    /** Versions the migration with the current UTC time, {@code yyyyMMddHHmmss}. */
    public MigrationWriter() {
        this(Clock.systemUTC());
    }

    public MigrationWriter(Clock clock) {
        this(TIMESTAMP.format(clock.instant()));
    }

    /**
     * @param version the Flyway version ({@code 42}, {@code 2.1}); also part of the Liquibase change set ids, so a
     *                fixed version gives the same files every time
     */
    public MigrationWriter(String version) {
        this.version = Objects.requireNonNull(version, "version");
        if (!FLYWAY_VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("a migration version is digits separated by '.' or '_' (e.g."
                    + " 20240131120000 or 2.1), not '" + version + "'");
        }
    }

    public String version() {
        return version;
    }

    /** The files of the migration; none when the plan runs nothing. */
    public List<MigrationFile> render(MigrationPlan plan, MigrationFormat format) {
        if (plan.isEmpty()) {
            return List.of();
        }
        return switch (format) {
            case SQL -> List.of(SqlScript.file(plan));
            case FLYWAY -> FlywayMigration.files(plan, version);
            case LIQUIBASE_YAML -> List.of(new MigrationFile("fkguard-changelog-" + version + ".yaml",
                    LiquibaseYaml.render(new LiquibaseChangelog(plan), version)));
            case LIQUIBASE_XML -> List.of(new MigrationFile("fkguard-changelog-" + version + ".xml",
                    LiquibaseXml.render(new LiquibaseChangelog(plan), version)));
        };
    }

    /**
     * Writes the migration into {@code directory} (created if missing) and returns the files written.
     *
     * @throws FkGuardException {@link FkGuardException.Code#OUTPUT_WRITE} when a file cannot be written
     */
    public List<Path> write(MigrationPlan plan, MigrationFormat format, Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (MigrationFile file : render(plan, format)) {
                Path path = directory.resolve(file.fileName());
                Files.writeString(path, file.content(), StandardCharsets.UTF_8);
                written.add(path);
            }
        } catch (IOException e) {
            throw new FkGuardException(FkGuardException.Code.OUTPUT_WRITE, "could not write the migration to "
                    + directory.toAbsolutePath() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "write it to a directory the application may create and write.", e);
        }
        return List.copyOf(written);
    }
}
