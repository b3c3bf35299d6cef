package dev.fkguard.maven;

import dev.fkguard.build.CheckResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks as {@code check} does, then writes the migration that fixes what a schema change can fix into the
 * project's migration folder: for Flyway {@code V<next>__fkguard.sql}, numbered after the highest
 * version there; for Liquibase a changelog beside the master one, to include from it. It never runs the migration:
 * review it, commit it, and the next build makes its database with it. Never fails on drift.
 */
@Mojo(name = "migration", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class MigrationMojo extends AbstractFkGuardMojo {

    /**
     * Where the migration goes; default the (first) Flyway location, or the Liquibase changelog's directory.
     * Needed with {@code jdbcUrl} when the project has no {@code src/main/resources/db/migration}.
     */
    @Parameter(property = "fkguard.migrationDirectory")
    File migrationDirectory;

    @Override
    String goal() {
        return "migration";
    }

    @Override
    void addToRequest(Map<String, Object> request, DatabaseSource source) throws MojoFailureException {
        Path basedir = project.getBasedir().toPath();
        if (source.kind().equals(DatabaseSource.LIQUIBASE)) {
            Path changelog = source.changelog().orElseThrow();
            request.put("migrationFormat", changelog.toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                    ? "liquibase-xml" : "liquibase-yaml");
            request.put("migrationVersion", "");
            request.put("migrationDirectory", directory(basedir, changelog.getParent()).toString());
            return;
        }
        Path target = source.kind().equals(DatabaseSource.FLYWAY)
                ? directory(basedir, source.flywayLocations().get(0))
                : directory(basedir, basedir.resolve(DatabaseSource.DEFAULT_FLYWAY));
        if (migrationDirectory == null && !source.throwaway()
                && FlywayVersions.versioned(List.of(target)).isEmpty()) {
            throw new MojoFailureException(PluginMessages.failure("no migration folder to write to: " + target
                    + " has no Flyway migrations.", "set <migrationDirectory> (-Dfkguard.migrationDirectory) to the"
                    + " directory of the project's Flyway migrations."));
        }
        List<Path> versionedIn = source.kind().equals(DatabaseSource.FLYWAY)
                ? source.flywayLocations() : List.of(target);
        request.put("migrationFormat", "flyway");
        request.put("migrationVersion", FlywayVersions.next(versionedIn));
        request.put("migrationDirectory", target.toString());
    }

    private Path directory(Path basedir, Path fallback) {
        return migrationDirectory == null ? fallback : basedir.resolve(migrationDirectory.toPath()).normalize();
    }

    @Override
    void act(CheckResult result, DatabaseSource source) {
        if (result.outcome().equals("clean")) {
            getLog().info(result.message());
        } else {
            getLog().warn(result.message());
        }
        if (result.written().isEmpty()) {
            // A migration that runs nothing is not written; the message above says why where findings have fixes.
            getLog().info("hibernate-fk-guard: no migration written: " + (result.outcome().equals("clean")
                    ? "the mapping and the database agree."
                    : "it would run no statement; each finding above says what it needs instead."));
            return;
        }
        getLog().info("hibernate-fk-guard wrote the migration " + String.join(", ", result.written())
                + ". It was not run: review it and commit it; the next build makes its database with it.");
        if (source.kind().equals(DatabaseSource.LIQUIBASE)) {
            getLog().warn("hibernate-fk-guard: include it from " + source.changelog().orElseThrow()
                    + " (after the change sets it fixes) so Liquibase runs it.");
        }
        if (source.throwaway()) {
            getLog().warn("hibernate-fk-guard: the migration is written for " + result.engine() + ", the engine the"
                    + " throwaway database ran on; review it before running it on another engine.");
        }
    }
}
