package dev.fkguard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The error codes are public API: their ids never change, and the README's "Errors" table lists every one. */
class ErrorCodesTest {

    @Test
    void theIdsAreStable() {
        assertEquals(List.of("drift", "invalid-setting", "invalid-suppression", "database-unreachable", "catalog-access",
                        "invalid-baseline", "output-write", "interrupted", "internal-error"),
                Arrays.stream(FkGuardException.Code.values()).map(FkGuardException.Code::id).toList());
    }

    @Test
    void theMessageStartsWithTheCodeAndEndsWithTheFix() {
        FkGuardException e = new FkGuardException(FkGuardException.Code.OUTPUT_WRITE, "could not write x", "write y");
        assertEquals("hibernate-fk-guard [output-write]: could not write x\nFix: write y", e.getMessage());
        assertEquals("could not write x", e.problem());
        assertEquals("write y", e.fix());
    }

    @Test
    void theReadmeListsEveryCode() throws IOException {
        Path readme = root().resolve("README.md");
        String text = Files.readString(readme);
        int errors = text.indexOf("\n## Errors\n");
        assertTrue(errors >= 0, "README.md has no '## Errors' section");
        String section = text.substring(errors, text.indexOf("\n## ", errors + 1));
        for (FkGuardException.Code code : FkGuardException.Code.values()) {
            assertTrue(section.contains("\n| `" + code.id() + "` |"), code.id() + " is not in README's Errors table");
        }
    }

    /** The project root, from the library module or the Hibernate 7 module that reruns these tests. */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("hibernate-fk-guard"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
    }
}
