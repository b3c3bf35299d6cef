package dev.fkguard.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What report paths are relative to: code scanning resolves a SARIF file's paths against the repository's root,
 * which may lie above the build's top project ({@code mvn -f app/pom.xml}, a build in a sub-folder of a monorepo).
 * The nearest folder at or above the top project that holds a version-control directory, else the top project.
 */
final class SourceRoot {

    /** The markers the library's own source lookup knows too: a root with one of them is a checkout. */
    private static final List<String> CHECKOUT_MARKERS = List.of(".git", ".hg", ".svn");

    private SourceRoot() {
    }

    static Path of(Path topProject) {
        for (Path dir = topProject.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir;
            if (CHECKOUT_MARKERS.stream().anyMatch(marker -> Files.exists(candidate.resolve(marker)))) {
                return dir;
            }
        }
        return topProject;
    }
}
