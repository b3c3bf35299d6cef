package dev.fkguard.maven;

import dev.fkguard.build.CheckResult;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plugin's side of {@link dev.fkguard.build.IsolatedCheck}: the guard's jars and helpers from the plugin's
 * artifacts, the application's class path from the project, the check's log lines into Maven's log.
 */
final class IsolatedCheck {

    /** The guard's own jars, first on its side: the check, the library, the embedded engine starters. */
    private static final List<String> GUARD = List.of("dev.fkguard:hibernate-fk-guard-build",
            "dev.fkguard:hibernate-fk-guard", "dev.fkguard:hibernate-fk-guard-engines");

    private final Log log;

    IsolatedCheck(Log log) {
        this.log = log;
    }

    CheckResult run(List<String> projectClasspath, Collection<Artifact> projectArtifacts,
                    Collection<Artifact> pluginArtifacts, Map<String, Object> request)
            throws ReflectiveOperationException {
        return new dev.fkguard.build.IsolatedCheck(this::log, log.isDebugEnabled())
                .run(classPath(projectClasspath, projectArtifacts, pluginArtifacts), request);
    }

    private void log(String level, String message) {
        switch (level) {
            case "warn" -> log.warn(message);
            case "debug" -> log.debug(message);
            default -> log.info(message);
        }
    }

    /** The plugin's H2, Flyway, Liquibase, drivers and embedded servers fill only what the project lacks. */
    static dev.fkguard.build.IsolatedCheck.ClassPath classPath(List<String> projectClasspath,
                                                               Collection<Artifact> projectArtifacts,
                                                               Collection<Artifact> pluginArtifacts) {
        List<Path> guard = new ArrayList<>();
        for (String own : GUARD) {
            pluginArtifacts.stream().filter(a -> key(a).equals(own)).map(Artifact::getFile).filter(Objects::nonNull)
                    .map(File::toPath).forEach(guard::add);
        }
        Set<String> projectHas = projectArtifacts.stream().map(IsolatedCheck::key).collect(Collectors.toSet());
        pluginArtifacts.stream()
                .filter(a -> !projectHas.contains(key(a)))
                .filter(a -> !key(a).startsWith("dev.fkguard:"))
                .map(Artifact::getFile).filter(Objects::nonNull).map(File::toPath)
                .forEach(guard::add);
        List<Path> application = projectClasspath.stream().map(Path::of).toList();
        return new dev.fkguard.build.IsolatedCheck.ClassPath(guard, application);
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }
}
