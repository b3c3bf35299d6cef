package dev.fkguard.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This repository's root, for tests that set {@code hibernate.fkguard.source-root}: the same root whether the test
 * classes are in {@code target/test-classes} or in the library's test-jar (the Hibernate 7 module runs them from
 * there, possibly out of the local Maven repository).
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path get() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the tests run inside the repository: no .git above "
                + Path.of("").toAbsolutePath());
    }
}
