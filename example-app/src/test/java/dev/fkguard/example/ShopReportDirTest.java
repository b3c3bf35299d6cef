package dev.fkguard.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report-dir}: the drifted shop's reports, in every format, even when the guard refuses startup. */
class ShopReportDirTest {

    @Test
    void writesEveryReportOfTheDriftedShop(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        AppRun run = AppRun.of("--mode", "fail", "--report-dir", reports.toString());
        assertEquals(1, run.exitCode(), run.transcript());
        assertTrue(run.out().contains("reports:  " + reports.toAbsolutePath()), run.transcript());
        try (Stream<Path> files = Files.list(reports)) {
            // The reports, and the migration that fixes the drift (written next to them, never run).
            assertEquals(List.of("fkguard-migration.sql", "fkguard-report.json", "fkguard-report.md",
                    "fkguard-report.mmd", "fkguard-report.sarif", "fkguard-report.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(reports.resolve("fkguard-migration.sql"))
                .contains("ALTER TABLE order_coupons ADD CONSTRAINT fk_order_coupons_coupon"));
        String text = Files.readString(reports.resolve("fkguard-report.txt"));
        assertTrue(text.contains("\nORDER_COUPONS (2 findings)\n") || text.contains("\norder_coupons (2 findings)\n"),
                text);
        String sarif = Files.readString(reports.resolve("fkguard-report.sarif"));
        assertTrue(sarif.contains("\"uri\": \"example-app/src/main/java/dev/fkguard/example/shop/OrderCoupon.java\""), sarif);
        String mermaid = Files.readString(reports.resolve("fkguard-report.mmd"));
        assertTrue(mermaid.startsWith("flowchart LR\n"), mermaid);
        assertTrue(mermaid.contains("missing-foreign-key (missing in database)"), mermaid);
        assertTrue(Files.readString(reports.resolve("fkguard-report.md")).contains("### Errors ("));
    }

    @Test
    void usageNamesTheOption() {
        assertTrue(ShopOptions.USAGE.contains("--report-dir DIR"));
    }
}
