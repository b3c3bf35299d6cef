package dev.fkguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaModelLookupTest {

    private static Table table(String name, String column) {
        return new Table(TableRef.of(name), List.of(new Column(column, ColumnType.of("BIGINT"), false)),
                List.of(column), List.of(), Optional.empty());
    }

    @Test
    void findsEveryTableByRefIgnoringCaseAndMissesAbsentOnes() {
        List<Table> tables = new ArrayList<>();
        for (int i = 499; i >= 0; i--) {
            tables.add(table("t" + i, "id"));
        }
        SchemaModel model = new SchemaModel(new DatabaseInfo(DatabaseKind.H2, "test", List.of()), tables, List.of());
        for (int i = 0; i < 500; i++) {
            Table found = model.table(TableRef.of("T" + i)).orElseThrow();
            assertEquals("t" + i, found.ref().name());
        }
        assertTrue(model.table(TableRef.of("t500")).isEmpty());
        assertTrue(model.table(TableRef.of("a")).isEmpty());
        assertTrue(new SchemaModel(new DatabaseInfo(DatabaseKind.H2, "test", List.of()), List.of(), List.of())
                .table(TableRef.of("t0")).isEmpty());
    }

    @Test
    void aNameListedTwiceResolvesToTheFirstListed() {
        Table first = table("dup", "first");
        Table second = table("DUP", "second");
        SchemaModel model = new SchemaModel(new DatabaseInfo(DatabaseKind.H2, "test", List.of()),
                List.of(table("a", "id"), first, second, table("z", "id")), List.of());
        assertSame(first, model.table(TableRef.of("dup")).orElseThrow());
    }
}
