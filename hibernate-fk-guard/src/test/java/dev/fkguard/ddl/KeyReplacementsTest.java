package dev.fkguard.ddl;

import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.TableRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Merging several changes of one key compares its columns as the engine does: on PostgreSQL a quoted {@code "Code"}
 * is not the column {@code code} ({@code NamesOnDatabasesTest} runs such twins on the engines).
 */
class KeyReplacementsTest {

    private static final TableRef LINKS = TableRef.of("public", "ct_links");
    private static final TableRef CODES = TableRef.of("public", "ct_codes");

    @Test
    void aNewTargetColumnThatDiffersOnlyInCaseFromTheOldIsKeptWhenTheKeyIsAlsoRenamed() {
        NameRules postgres = NameRules.of(DatabaseKind.POSTGRESQL, Optional.of("public"), 0, Set.of());
        TableRef links = postgres.table(LINKS);
        TableRef codes = postgres.table(CODES);
        NameRules names = postgres.withQuotedColumns(Set.of(postgres.columnEntry(codes, "Code")));
        ForeignKey live = key(links, codes, "fk_links_code", "code");
        ForeignKey retargeted = key(links, codes, "fk_links_code", "Code");

        List<Remedy> merged = KeyReplacements.merge(names, List.of(new Remedy.ReplaceForeignKey(live, retargeted),
                new Remedy.RenameForeignKey(live, "fk_links_twin")));

        assertEquals(List.of(new Remedy.ReplaceForeignKey(live, key(links, codes, "fk_links_twin", "Code"))), merged);
    }

    private static ForeignKey key(TableRef table, TableRef target, String name, String targetColumn) {
        return new ForeignKey(Optional.of(name), table, List.of("code_ref"), target, List.of(targetColumn),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, true, true);
    }
}
