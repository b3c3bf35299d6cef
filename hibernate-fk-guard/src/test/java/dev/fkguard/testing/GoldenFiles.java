package dev.fkguard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Compares output with a file under the library's {@code src/test/resources/golden/}, read from the class path so the
 * Hibernate 7 module, which runs these tests from the test-jar, compares with the same files. With
 * {@code -Dfkguard.golden.update=true} it rewrites the file in the library's sources instead (also when run from the
 * Hibernate 7 module); review the diff before committing it.
 */
public final class GoldenFiles {

    private static final String RESOURCE_DIRECTORY = "golden/";
    private static final Path LIBRARY_SOURCES = Path.of("src/test/resources/golden");
    private static final Path FROM_SIBLING_MODULE = Path.of("../hibernate-fk-guard/src/test/resources/golden");

    private GoldenFiles() {
    }

    /** @param name the path below {@code golden/}, e.g. {@code tenants/h2.txt} */
    public static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("fkguard.golden.update")) {
            write(name, actual);
            return;
        }
        assertEquals(read(name), actual, "output differs from golden/" + name
                + " (rerun with -Dfkguard.golden.update=true to accept the new output, then review the diff)");
    }

    public static String read(String name) {
        try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(RESOURCE_DIRECTORY + name)) {
            assertNotNull(in, "no golden file " + RESOURCE_DIRECTORY + name
                    + " (create it with -Dfkguard.golden.update=true)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, String actual) {
        Path directory = Files.isDirectory(FROM_SIBLING_MODULE) ? FROM_SIBLING_MODULE : LIBRARY_SOURCES;
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
