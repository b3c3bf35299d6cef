package dev.fkguard.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Compares output with a file under {@code src/test/resources/golden/}. Run with {@code -Dfkguard.golden.update=true}
 * in the library module to rewrite the files instead, then review the diff.
 */
final class Golden {

    private static final String DIRECTORY = "golden/";
    private static final Path SOURCE_DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("fkguard.golden.update") && Files.isDirectory(SOURCE_DIRECTORY.getParent())) {
            try {
                Files.createDirectories(SOURCE_DIRECTORY);
                Files.writeString(SOURCE_DIRECTORY.resolve(name), actual, StandardCharsets.UTF_8);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(read(name), actual, "output differs from golden/" + name
                + " (rerun with -Dfkguard.golden.update=true to accept the new output, then review the diff)");
    }

    static String read(String name) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            assertNotNull(in, "no golden file " + DIRECTORY + name
                    + " (create it with -Dfkguard.golden.update=true)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
