package dev.fkguard.rule;

import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link RuleContext#column}: the lookup rules make for every key, by the engine's column names. */
class RuleContextColumnsTest {

    private static final TableRef CHILDREN = TableRef.of("children");
    private static final ColumnType BIGINT = ColumnType.of("bigint");

    private static RuleContext on(DatabaseKind kind, Column... columns) {
        Table children = new Table(CHILDREN, List.of(columns), List.of(), List.of(), Optional.empty());
        return new RuleContext(new MappingModel(Set.of(CHILDREN), List.of()),
                new SchemaModel(new DatabaseInfo(kind, "test", List.of()), List.of(children), List.of()));
    }

    @Test
    void findsAColumnByTheEngineFoldedNameAsTheMappingWritesIt() {
        Column parentId = new Column("PARENT_ID", BIGINT, true);
        RuleContext h2 = on(DatabaseKind.H2, new Column("ID", BIGINT, false), parentId);
        assertEquals(Optional.of(parentId), h2.column(CHILDREN, "parent_id"));
        assertEquals(Optional.of(parentId), h2.column(CHILDREN, "PARENT_ID"));
        assertEquals(Optional.empty(), h2.column(CHILDREN, "other_id"));
        assertEquals(Optional.empty(), h2.column(TableRef.of("parents"), "id"));
    }

    @Test
    void namesWithOneKeyGiveTheFirstColumnInTableOrder() {
        Column first = new Column("Code", BIGINT, false);
        Column second = new Column("code", BIGINT, true);
        assertEquals(Optional.of(first), on(DatabaseKind.MYSQL, first, second).column(CHILDREN, "CODE"));
    }
}
