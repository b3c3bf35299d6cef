package dev.fkguard.rules;

import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Hand-built models for rule tests that need no database: a parent table and a child referencing it. */
final class Models {

    private Models() {
    }

    static final TableRef PARENTS = TableRef.of("parents");
    static final TableRef CHILDREN = TableRef.of("children");
    static final TableRef OTHERS = TableRef.of("others");

    static ForeignKey key(TableRef target, ReferentialAction onDelete) {
        return new ForeignKey(Optional.of("fk_children_parent"), CHILDREN, List.of("parent_id"), target,
                List.of("id"), onDelete, ReferentialAction.NO_ACTION, false, true, true);
    }

    static MappingIntent intent(Optional<ReferentialAction> onDelete, boolean cascadeRemove, boolean nullable) {
        return new MappingIntent("com.example.Child", Optional.of("parent"), AssociationKind.MANY_TO_ONE, onDelete,
                cascadeRemove, false, nullable, Optional.empty(), true);
    }

    static ExpectedForeignKey expected(Optional<ReferentialAction> onDelete, boolean cascadeRemove) {
        ForeignKey key = new ForeignKey(Optional.empty(), CHILDREN, List.of("parent_id"), PARENTS, List.of("id"),
                onDelete.orElse(ReferentialAction.NO_ACTION), ReferentialAction.NO_ACTION, false, true, true);
        return new ExpectedForeignKey(key, intent(onDelete, cascadeRemove, true));
    }

    static MappingModel mapping(ExpectedForeignKey... keys) {
        return new MappingModel(Set.of(PARENTS, CHILDREN), List.of(keys));
    }

    static SchemaModel database(DatabaseKind kind, String childType, boolean childNullable, ForeignKey... keys) {
        List<Table> tables = new ArrayList<>();
        tables.add(table(PARENTS, new Column("id", ColumnType.of("BIGINT"), false)));
        tables.add(table(OTHERS, new Column("id", ColumnType.of("BIGINT"), false)));
        tables.add(table(CHILDREN, new Column("id", ColumnType.of("BIGINT"), false),
                new Column("parent_id", ColumnType.of(childType), childNullable)));
        return new SchemaModel(new DatabaseInfo(kind, "test", List.of()), tables, List.of(keys));
    }

    static SchemaModel database(ForeignKey... keys) {
        return database(DatabaseKind.H2, "BIGINT", true, keys);
    }

    private static Table table(TableRef ref, Column... columns) {
        return new Table(ref, List.of(columns), List.of("id"), List.of(), Optional.empty());
    }

    /**
     * The SQL of a finding's remedies on {@code kind}, each alone: rules write no SQL, so a test of what a remedy runs
     * renders it the way a migration of that remedy alone would.
     */
    static String sql(DatabaseKind kind, dev.fkguard.rule.Finding finding) {
        dev.fkguard.ddl.DdlRenderer ddl = new dev.fkguard.ddl.DdlRenderer(kind, List.of());
        return finding.remedies().stream().map(ddl::render).collect(Collectors.joining(" "));
    }

    static List<String> ids(List<dev.fkguard.rule.Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.rule()).collect(Collectors.toList());
    }
}
