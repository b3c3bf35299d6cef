package dev.fkguard.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drifted shop's whole report, with the rules' real wording and the fixes the one migration plan carries out,
 * compared with golden files under {@code src/test/resources/golden/}. After an intended change, rerun with
 * {@code -Dfkguard.golden.update=true} and review the diff.
 */
class ShopReportGoldenTest {

    private static final Path SOURCE = Path.of("src/test/resources/golden");

    @Test
    void everyReportOfTheShopMatchesItsGoldenFile(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        AppRun run = AppRun.of("--mode", "warn", "--report-dir", reports.toString());
        assertEquals(0, run.exitCode(), run.transcript());
        assertGolden("shop-report.txt", Files.readString(reports.resolve("fkguard-report.txt")));
        assertGolden("shop-report.md", Files.readString(reports.resolve("fkguard-report.md")));
        assertGolden("shop-report.json", Files.readString(reports.resolve("fkguard-report.json")));
    }

    /** The startup failure as the shop prints it: the console report, the migration's start, how to proceed. */
    @Test
    void theStartupFailureMatchesItsGoldenFile() throws IOException {
        AppRun run = AppRun.of("--mode", "fail");
        assertEquals(1, run.exitCode(), run.transcript());
        assertGolden("shop-startup-failure.txt", run.err());
    }

    static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("fkguard.golden.update") && Files.isDirectory(SOURCE.getParent().getParent())) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = ShopReportGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            assertNotNull(in, "no golden file golden/" + name + " (create it with -Dfkguard.golden.update=true)");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, "output differs from golden/"
                    + name + " (rerun with -Dfkguard.golden.update=true, then review the diff)");
        }
    }
}
