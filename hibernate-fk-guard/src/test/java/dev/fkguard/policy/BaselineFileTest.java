package dev.fkguard.policy;

import dev.fkguard.FkGuardException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the baseline reader accepts, and how it names what it does not. */
class BaselineFileTest {

    @Test
    void aBinaryFileIsNamedAsSuchWithWhereItStopsBeingText(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("baseline.txt"), new byte[] {'#', ' ', 'x', '\n', 0x50, 0x4B, 0x03, 0x04,
                0x00, (byte) 0xFF, (byte) 0xFE});
        FkGuardException e = assertThrows(FkGuardException.class, () -> Baseline.read(file));
        assertEquals(FkGuardException.Code.INVALID_BASELINE, e.code());
        assertEquals("hibernate-fk-guard [invalid-baseline]: the baseline file " + file.toAbsolutePath()
                + " is not a text file in UTF-8 (it looks binary): the byte at offset 8 (line 2) is not text.\nFix: point"
                + " hibernate.fkguard.baseline at the baseline the guard wrote (rule|table|columns|target table|target"
                + " columns[|schema] per line), or rewrite it with hibernate.fkguard.baseline.write=true.", e.getMessage());
        assertFalse(e.getMessage().contains("Input length"), e.getMessage());
    }

    @Test
    void aFileInAnotherEncodingIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("baseline.txt"),
                "# accepted\n# café\n".getBytes(StandardCharsets.ISO_8859_1));
        FkGuardException e = assertThrows(FkGuardException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().contains(" is not a text file in UTF-8: the byte at offset 16 (line 2) is not text."),
                e.getMessage());
    }

    @Test
    void malformedLinesAndUnknownRulesAreRejectedWithTheirLineNumbers(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("baseline.txt"), """
                # accepted drift
                delete-rule-mismatch|order_items|order_id|orders|id

                just some words
                missing-foreign-key|orders
                missing-fk|orders|customer_id|customers|id
                |orders|customer_id|customers|id
                """);
        FkGuardException e = assertThrows(FkGuardException.class, () -> Baseline.read(file));
        String expected = "hibernate-fk-guard [invalid-baseline]: the baseline file " + file.toAbsolutePath()
                + " has 4 invalid lines:\n"
                + "  - line 4: 'just some words' is not an entry; expected rule|table|columns|target table|target"
                + " columns[|schema], e.g. delete-rule-mismatch|order_items|order_id|orders|id\n"
                + "  - line 5: 'missing-foreign-key|orders' is not an entry; expected rule|table|columns|target"
                + " table|target columns[|schema], e.g. delete-rule-mismatch|order_items|order_id|orders|id\n"
                + "  - line 6: unknown rule 'missing-fk' in 'missing-fk|orders|customer_id|customers|id'\n"
                + "  - line 7: '|orders|customer_id|customers|id' is not an entry; expected rule|table|columns|target"
                + " table|target columns[|schema], e.g. delete-rule-mismatch|order_items|order_id|orders|id\n"
                + "Fix: correct or delete those lines (valid rule ids: ";
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertTrue(e.getMessage().contains(" missing-foreign-key, ") && e.getMessage().contains("stale-baseline-entry"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("), or rewrite the file from the current findings with"
                + " hibernate.fkguard.baseline.write=true."), e.getMessage());
    }

    @Test
    void aLineMayNameTheSchemaItAcceptsItsFindingIn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("baseline.txt"),
                "missing-foreign-key|tn_orders|customer_id|tn_customers|id|Tenant_07\n"
                        + "missing-foreign-key|tn_orders|customer_id|tn_customers|id|\n");
        FkGuardException e = assertThrows(FkGuardException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().contains("has 1 invalid line:\n  - line 2: "), e.getMessage());

        Files.writeString(file, "missing-foreign-key|tn_orders|customer_id|tn_customers|id|Tenant_07\n");
        assertEquals(Set.of("missing-foreign-key|tn_orders|customer_id|tn_customers|id|tenant_07"),
                Baseline.read(file).fingerprints());
    }

    @Test
    void entriesOfEveryKnownRuleCommentsBlankLinesAndAByteOrderMarkAreRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("baseline.txt"), "\uFEFF# accepted\n\n"
                + "Delete-Rule-Mismatch|Order_Items|order_id|orders|id\n"
                + "  unused-suppression|orders|customer_id||  \n"
                + "missing-foreign-key|t|||\n");
        assertEquals(Set.of("delete-rule-mismatch|order_items|order_id|orders|id", "unused-suppression|orders|customer_id||",
                "missing-foreign-key|t|||"), Baseline.read(file).fingerprints());
    }
}
