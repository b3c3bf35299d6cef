package dev.fkguard.ddl;

import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.TableRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer compares columns as the engine does: on PostgreSQL a quoted {@code "Code"} is not {@code code}. */
class DdlRendererTwinsTest {

    @Test
    void aKeyRetargetedToTheQuotedTwinOfItsTargetColumnSaysWhichRowsWouldMakeItFail() {
        NameRules postgres = NameRules.of(DatabaseKind.POSTGRESQL, Optional.of("public"), 0, Set.of());
        TableRef links = postgres.table(TableRef.of("public", "ct_links"));
        TableRef codes = postgres.table(TableRef.of("public", "ct_codes"));
        NameRules names = postgres.withQuotedColumns(Set.of(postgres.columnEntry(codes, "Code")));
        DdlRenderer ddl = new DdlRenderer(new DatabaseInfo(DatabaseKind.POSTGRESQL, "17", List.of("public"), true,
                names));
        ForeignKey live = key(links, codes, "code");
        ForeignKey wanted = key(links, codes, "Code");

        List<Statement> statements = ddl.statements(new Remedy.ReplaceForeignKey(live, wanted));

        assertTrue(statements.stream().flatMap(s -> s.comments().stream())
                .anyMatch(c -> c.startsWith("rows that would make it fail")), statements::toString);
        assertTrue(statements.stream().anyMatch(s -> s.sql().contains("REFERENCES ct_codes (\"Code\")")),
                statements::toString);
    }

    private static ForeignKey key(TableRef table, TableRef target, String targetColumn) {
        return new ForeignKey(Optional.of("fk_links_code"), table, List.of("code_ref"), target, List.of(targetColumn),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, true, true);
    }
}
