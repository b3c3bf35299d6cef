package dev.fkguard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Fresh per-JVM temp dirs for embedded servers, so concurrent test JVMs never share files. */
final class TempDirs {

    private TempDirs() {
    }

    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory("fkguard-" + prefix + "-");
    }

    /** Best effort: a leftover temp dir must not fail the build. */
    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // keep going; what is left stays in the temp dir
                }
            });
        } catch (IOException e) {
            System.err.println("[fkguard-test] could not delete " + dir + ": " + e.getMessage());
        }
    }
}
