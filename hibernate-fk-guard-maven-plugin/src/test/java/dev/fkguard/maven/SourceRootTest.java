package dev.fkguard.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceRootTest {

    /** A build run in a sub-folder of a checkout ({@code mvn -f services/shop/pom.xml}): paths from the checkout. */
    @Test
    void aCheckoutAboveTheTopProjectIsTheRoot(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path top = Files.createDirectories(dir.resolve("services/shop"));
        assertEquals(dir.toAbsolutePath(), SourceRoot.of(top));
    }

    /** Git worktrees and submodules have a {@code .git} file, not a folder. */
    @Test
    void aGitFileMarksTheRootToo(@TempDir Path dir) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve(".git"), "gitdir: ../main/.git/worktrees/repo\n");
        Path top = Files.createDirectories(repo.resolve("shop"));
        assertEquals(repo.toAbsolutePath(), SourceRoot.of(top));
    }

    @Test
    void theNearestCheckoutWins(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".svn"));
        Path inner = Files.createDirectories(dir.resolve("vendor/lib"));
        Files.createDirectories(inner.resolve(".hg"));
        assertEquals(inner.toAbsolutePath(), SourceRoot.of(Files.createDirectories(inner.resolve("app"))));
    }
}
