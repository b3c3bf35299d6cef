package dev.fkguard.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each engine stores for a name; the same facts are checked on the real engines by NamesOnDatabasesTest. */
class NameRulesTest {

    private static NameRules rules(DatabaseKind kind, int lowerCaseTableNames) {
        return NameRules.of(kind, Optional.empty(), lowerCaseTableNames, Set.of());
    }

    @Test
    void h2UpperCasesUnquotedNamesNonAsciiIncluded() {
        NameRules h2 = rules(DatabaseKind.H2, -1);
        assertEquals("KUNDE_STRASSE", h2.name("kunde_straße", false).stored());
        assertEquals("kunde_straße", h2.name("kunde_straße", true).stored());
        assertEquals(h2.columnKey(TableRef.of("t"), "KUNDE_STRASSE"), h2.columnKey(TableRef.of("t"), "kunde_straße"));
    }

    @Test
    void postgresqlLowerCasesOnlyAsciiAndCutsAt63Bytes() {
        NameRules pg = rules(DatabaseKind.POSTGRESQL, -1);
        assertEquals("grÖsse", pg.name("GRÖSSE", false).stored());
        assertEquals("Ärger", pg.name("ÄRGER", false).stored());
        String long64 = "a".repeat(64);
        assertEquals("a".repeat(63), pg.name(long64, false).stored());
        assertEquals(pg.name(long64, true).key(), pg.name("a".repeat(63), true).key());
        String multiByte = "ä".repeat(40); // 80 bytes
        String cut = pg.name(multiByte, true).stored();
        assertEquals(31, cut.length());
        assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= 63);
        assertEquals("orderlines", pg.name("OrderLines", false).stored());
        assertEquals("OrderLines", pg.name("OrderLines", true).stored());
    }

    @Test
    void columnsThatDifferOnlyInCaseAreTwoWhereTheEngineFoldsUnquotedNames() {
        TableRef shops = TableRef.of("shops");
        NameRules h2 = rules(DatabaseKind.H2, -1).withQuotedColumns(Set.of(
                rules(DatabaseKind.H2, -1).columnEntry(shops, "Code")));
        assertEquals("CODE", h2.columnKey(shops, "code"));
        assertEquals("Code", h2.columnKey(shops, "Code"));
        assertFalse(h2.sameColumn(shops, "code", "Code"));
        assertTrue(h2.sameColumn(shops, "code", "CODE"));
        // Another table's quoted column changes nothing here.
        assertTrue(h2.sameColumn(TableRef.of("other"), "code", "Code"));
        assertTrue(h2.keepsCase(shops, "Code"));
        assertFalse(h2.keepsCase(shops, "CODE"));
    }

    @Test
    void mysqlColumnsHaveNoCaseWhateverLowerCaseTableNamesSays() {
        TableRef stalls = TableRef.of("stalls");
        for (int lowerCaseTableNames = 0; lowerCaseTableNames <= 2; lowerCaseTableNames++) {
            for (DatabaseKind kind : new DatabaseKind[] {DatabaseKind.MYSQL, DatabaseKind.MARIADB}) {
                NameRules rules = rules(kind, lowerCaseTableNames);
                NameRules quoted = rules.withQuotedColumns(Set.of(rules.columnEntry(stalls, "Code")));
                assertTrue(quoted.sameColumn(stalls, "Code", "code"), kind + " " + lowerCaseTableNames);
                assertFalse(quoted.keepsCase(stalls, "Code"));
            }
        }
    }

    @Test
    void mysqlFollowsLowerCaseTableNames() {
        assertEquals("Orders", rules(DatabaseKind.MYSQL, 0).name("Orders", false).stored());
        assertFalse(rules(DatabaseKind.MYSQL, 0).name("Orders", false).key()
                .equals(rules(DatabaseKind.MYSQL, 0).name("orders", false).key()));
        assertEquals("orders", rules(DatabaseKind.MYSQL, 1).name("Orders", true).stored());
        assertEquals("Orders", rules(DatabaseKind.MARIADB, 2).name("Orders", false).stored());
        assertEquals("orders", rules(DatabaseKind.MARIADB, 2).name("Orders", false).key());
    }

    @Test
    void quotesWhatTheEngineWouldNotReadBackUnquoted() {
        NameRules pg = rules(DatabaseKind.POSTGRESQL, -1);
        assertTrue(pg.needsQuotes("OrderLines"));
        assertFalse(pg.needsQuotes("orderlines"));
        for (String word : new String[] {"desc", "rank", "window", "range", "interval", "order", "user"}) {
            assertTrue(pg.needsQuotes(word), word);
            assertTrue(rules(DatabaseKind.MYSQL, 0).needsQuotes(word), word);
        }
        // H2 does not reserve DESC: a table may be called that unquoted.
        for (String word : new String[] {"RANK", "WINDOW", "RANGE", "INTERVAL", "ORDER", "USER", "KEY"}) {
            assertTrue(rules(DatabaseKind.H2, -1).needsQuotes(word), word);
        }
        assertTrue(pg.needsQuotes("order lines"));
        assertTrue(rules(DatabaseKind.H2, -1).needsQuotes("orders"));
        assertFalse(rules(DatabaseKind.H2, -1).needsQuotes("ORDERS"));
        assertFalse(rules(DatabaseKind.MYSQL, 0).needsQuotes("OrderLines"));
    }
}
