package dev.fkguard.rules;

import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.PolymorphicAssociation;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.SoftDeleteKind;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.fkguard.model.ReferentialAction.CASCADE;
import static dev.fkguard.model.ReferentialAction.NO_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The six catalog-shape rules on hand-built models. */
class CatalogShapeRulesOnModelTest {

    private static final TableRef A = TableRef.of("a");
    private static final TableRef B = TableRef.of("b");
    private static final ColumnType BIGINT = ColumnType.of("BIGINT");

    private static List<Finding> run(Rule rule, MappingModel mapping, SchemaModel database) {
        return rule.check(new RuleContext(mapping, database));
    }

    private static ForeignKey key(String name, TableRef table, List<String> columns, TableRef target,
                                  List<String> targetColumns, ReferentialAction onDelete) {
        return new ForeignKey(Optional.ofNullable(name), table, columns, target, targetColumns, onDelete, NO_ACTION,
                false, true, true);
    }

    private static ExpectedForeignKey expected(ForeignKey key, Optional<ReferentialAction> onDelete,
                                               Optional<String> explicitName) {
        return new ExpectedForeignKey(key, new MappingIntent("com.example.A", Optional.of("b"),
                AssociationKind.MANY_TO_ONE, onDelete, false, false, false, explicitName, true));
    }

    private static Table table(TableRef ref, List<String> primaryKey, List<Index> indexes, Column... columns) {
        return new Table(ref, List.of(columns), primaryKey, indexes, Optional.empty());
    }

    private static SchemaModel database(DatabaseKind kind, List<Table> tables, ForeignKey... keys) {
        return new SchemaModel(new DatabaseInfo(kind, "test", List.of()), tables, List.of(keys));
    }

    private static Column column(String name, boolean nullable) {
        return new Column(name, BIGINT, nullable);
    }

    @Test
    void softDeleteHardCascadeFiresOnlyForSoftDeletedTargetsOfChangingRules() {
        ForeignKey cascade = key("fk_a_b", A, List.of("b_id"), B, List.of("id"), CASCADE);
        SchemaModel db = database(DatabaseKind.H2, List.of(table(A, List.of("id"), List.of(), column("id", false),
                column("b_id", true)), table(B, List.of("id"), List.of(), column("id", false))), cascade);
        MappingModel soft = new MappingModel(Set.of(A, B), List.of(), List.of(
                new EntityMapping("com.example.B", B, Optional.of(SoftDeleteKind.SQL_DELETE_UPDATE)),
                new EntityMapping("com.example.SpecialB", B, Optional.of(SoftDeleteKind.SQL_DELETE_UPDATE))),
                List.of(), List.of());
        List<Finding> findings = run(new SoftDeleteHardCascadeRule(), soft, db);
        assertEquals(1, findings.size(), "one finding per table, naming both entities");
        assertTrue(findings.get(0).message().startsWith("entity B, SpecialB is soft-deleted (@SQLDelete(UPDATE …))"),
                findings.get(0).message());

        MappingModel hard = new MappingModel(Set.of(A, B), List.of(), List.of(
                new EntityMapping("com.example.B", B, Optional.empty())), List.of(), List.of());
        assertEquals(List.of(), run(new SoftDeleteHardCascadeRule(), hard, db));
        SchemaModel restrict = database(DatabaseKind.H2, db.tables(),
                key("fk_a_b", A, List.of("b_id"), B, List.of("id"), NO_ACTION));
        assertEquals(List.of(), run(new SoftDeleteHardCascadeRule(), soft, restrict));
    }

    @Test
    void polymorphicAssociationReportsUnguardedColumnPairsAndAnyAssociationTheMappedAny() {
        Table notes = table(A, List.of("id"), List.of(), column("id", false), column("Owner_Type", true),
                column("OWNER_ID", true), column("_type", true), column("kind_type", true));
        SchemaModel db = database(DatabaseKind.POSTGRESQL, List.of(notes));
        MappingModel plain = new MappingModel(Set.of(A), List.of());
        assertEquals(List.of("owner_type", "owner_id"), run(new PolymorphicAssociationRule(), plain, db).get(0)
                .location().columns().stream().map(String::toLowerCase).toList());
        assertEquals(1, run(new PolymorphicAssociationRule(), plain, db).size(), "kind_type has no kind_id");

        MappingModel any = new MappingModel(Set.of(A), List.of(), List.of(), List.of(new PolymorphicAssociation(
                "Note.owner", "@Any", A, List.of("owner_type", "owner_id"))), List.of());
        assertEquals(List.of(), run(new PolymorphicAssociationRule(), any, db),
                "the @Any covers its column pair and is any-association's business");
        List<Finding> findings = run(new AnyAssociationRule(), any, db);
        assertEquals(List.of("INFO any-association"), Models.ids(findings));
        assertTrue(findings.get(0).message().startsWith("mapping Note.owner (@Any)"), findings.get(0).message());
        assertEquals(List.of("owner_type", "owner_id"), findings.get(0).location().columns());

        assertEquals(List.of(), run(new PolymorphicAssociationRule(), new MappingModel(Set.of(B), List.of()), db),
                "unmapped tables are not looked at");
    }

    /** document_type + document_id where document_id is the row's own key (also on an Envers audit table). */
    @Test
    void polymorphicAssociationIgnoresAnIdPairedWithTypeThatIsTheTablesOwnKey() {
        TableRef documents = TableRef.of("documents");
        TableRef audit = TableRef.of("documents_AUD");
        TableRef taggings = TableRef.of("taggings");
        SchemaModel db = database(DatabaseKind.POSTGRESQL, List.of(
                table(documents, List.of("document_id"), List.of(), column("document_id", false),
                        column("document_type", false)),
                table(audit, List.of("document_id", "REV"), List.of(), column("document_id", false),
                        column("REV", false), column("document_type", true)),
                table(taggings, List.of("tag_id", "taggable_type", "taggable_id"), List.of(), column("tag_id", false),
                        column("taggable_type", false), column("taggable_id", false))));
        List<Finding> findings = run(new PolymorphicAssociationRule(),
                new MappingModel(Set.of(documents, audit, taggings), List.of()), db);
        assertEquals(List.of("taggings(taggable_type, taggable_id)"),
                findings.stream().map(f -> f.location().describe()).toList(),
                "a key holding the type as well is still a polymorphic reference");
    }

    @Test
    void deferrableNotSupportedFiresForMutualNotNullKeysOnMySqlFamilyOnly() {
        List<Table> tables = List.of(
                table(A, List.of("id"), List.of(), column("id", false), column("b_id", false)),
                table(B, List.of("id"), List.of(), column("id", false), column("a_id", false)));
        ForeignKey ab = key("fk_a_b", A, List.of("b_id"), B, List.of("id"), NO_ACTION);
        ForeignKey ba = key("fk_b_a", B, List.of("a_id"), A, List.of("id"), NO_ACTION);
        MappingModel mapping = new MappingModel(Set.of(A, B), List.of());
        assertEquals(List.of("INFO deferrable-not-supported"), Models.ids(run(new DeferrableNotSupportedRule(), mapping,
                database(DatabaseKind.MARIADB, tables, ab, ba))));
        assertEquals(List.of(), run(new DeferrableNotSupportedRule(), mapping,
                database(DatabaseKind.POSTGRESQL, tables, ab, ba)));
        List<Table> oneNullable = List.of(tables.get(0),
                table(B, List.of("id"), List.of(), column("id", false), column("a_id", true)));
        assertEquals(List.of(), run(new DeferrableNotSupportedRule(), mapping,
                database(DatabaseKind.MYSQL, oneNullable, ab, ba)));
    }

    @Test
    void compositeKeyColumnOrderComparesWithTheReferencedKeysOrder() {
        Table target = table(B, List.of("region", "serial_no"), List.of(), column("region", false),
                column("serial_no", false));
        Table child = table(A, List.of("id"), List.of(), column("id", false), column("b_region", true),
                column("b_serial_no", true));
        ForeignKey reversed = key("fk_a_b", A, List.of("b_serial_no", "b_region"), B,
                List.of("serial_no", "region"), NO_ACTION);
        ForeignKey ordered = key("fk_a_b", A, List.of("b_region", "b_serial_no"), B,
                List.of("region", "serial_no"), NO_ACTION);
        MappingModel mapping = new MappingModel(Set.of(A, B), List.of(expected(ordered, Optional.empty(),
                Optional.empty())));
        List<Finding> findings = run(new CompositeKeyColumnOrderRule(), mapping,
                database(DatabaseKind.POSTGRESQL, List.of(target, child), reversed));
        assertEquals(List.of("ERROR composite-key-column-order"), Models.ids(findings));
        assertEquals("re-create fk_a_b with its columns in the referenced key's order, a(b_region, b_serial_no)"
                + " → b(region, serial_no).", findings.get(0).fix());
        assertEquals("ALTER TABLE a DROP CONSTRAINT fk_a_b, ADD CONSTRAINT fk_a_b FOREIGN KEY (b_region, b_serial_no)"
                + " REFERENCES b (region, serial_no);", Models.sql(DatabaseKind.POSTGRESQL, findings.get(0)));
        assertEquals(List.of(), run(new CompositeKeyColumnOrderRule(), mapping,
                database(DatabaseKind.POSTGRESQL, List.of(target, child), ordered)));
        Table withReversedUnique = table(B, List.of("region", "serial_no"),
                List.of(new Index("uq_b", List.of("serial_no", "region"), true)), column("region", false),
                column("serial_no", false));
        assertEquals(List.of(), run(new CompositeKeyColumnOrderRule(), mapping,
                database(DatabaseKind.MYSQL, List.of(withReversedUnique, child), reversed)),
                "a unique key in the key's own order is what it references");
    }

    @Test
    void referencesNonUniqueKeyChecksDatabaseAndMappingKeysOnce() {
        Table target = table(B, List.of("id"), List.of(new Index("ix_code", List.of("code"), false)),
                column("id", false), column("code", true));
        Table child = table(A, List.of("id"), List.of(), column("id", false), column("b_code", true));
        ForeignKey toCode = key("fk_a_b", A, List.of("b_code"), B, List.of("code"), NO_ACTION);
        MappingModel mapping = new MappingModel(Set.of(A, B), List.of(expected(
                key(null, A, List.of("b_code"), B, List.of("code"), NO_ACTION), Optional.empty(), Optional.empty())));
        List<Finding> both = run(new ReferencesNonUniqueKeyRule(), mapping,
                database(DatabaseKind.MYSQL, List.of(target, child), toCode));
        assertEquals(1, both.size(), both.toString());
        assertTrue(both.get(0).message().startsWith("database constraint fk_a_b"), both.get(0).message());
        assertEquals(List.of("ERROR references-non-unique-key"), Models.ids(run(new ReferencesNonUniqueKeyRule(),
                mapping, database(DatabaseKind.POSTGRESQL, List.of(target, child)))));
        Table unique = table(B, List.of("id"), List.of(new Index("uq_code", List.of("CODE"), true)),
                column("id", false), column("code", true));
        assertEquals(List.of(), run(new ReferencesNonUniqueKeyRule(), mapping,
                database(DatabaseKind.MYSQL, List.of(unique, child), toCode)));
    }

    @Test
    void referencesNonUniqueKeyComparesCompositeKeysAsSetsOfTheirColumns() {
        // B's primary key is (region, number); (region, code) is only indexed.
        Table target = table(B, List.of("region", "number"),
                List.of(new Index("ix_region_code", List.of("region", "code"), false)),
                column("region", false), column("number", false), column("code", true));
        Table child = table(A, List.of("id"), List.of(), column("id", false), column("b_region", true),
                column("b_number", true), column("b_code", true));
        ForeignKey toCode = key("fk_a_code", A, List.of("b_region", "b_code"), B, List.of("region", "code"),
                NO_ACTION);
        ForeignKey toPrimaryKeyReordered = key("fk_a_b", A, List.of("b_number", "b_region"), B,
                List.of("NUMBER", "region"), NO_ACTION);
        MappingModel mapping = new MappingModel(Set.of(A, B), List.of());
        List<Finding> findings = run(new ReferencesNonUniqueKeyRule(), mapping,
                database(DatabaseKind.MYSQL, List.of(target, child), toCode, toPrimaryKeyReordered));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().startsWith("database constraint fk_a_code references b(region, code)"),
                findings.get(0).message());
    }

    @Test
    void constraintNameMismatchOnlyForExplicitNames() {
        ForeignKey actual = key("fk_old", A, List.of("b_id"), B, List.of("id"), NO_ACTION);
        ForeignKey mapped = key("fk_new", A, List.of("b_id"), B, List.of("id"), NO_ACTION);
        List<Table> tables = List.of(table(A, List.of("id"), List.of(), column("id", false), column("b_id", true)),
                table(B, List.of("id"), List.of(), column("id", false)));
        List<Finding> findings = run(new ConstraintNameMismatchRule(), new MappingModel(Set.of(A, B),
                List.of(expected(mapped, Optional.empty(), Optional.of("fk_new")))),
                database(DatabaseKind.POSTGRESQL, tables, actual));
        assertEquals(List.of("INFO constraint-name-mismatch"), Models.ids(findings));
        assertTrue(findings.get(0).fix().startsWith("rename the constraint: rename fk_old to fk_new, or change"),
                findings.get(0).fix());
        assertEquals("ALTER TABLE a RENAME CONSTRAINT fk_old TO fk_new;",
                Models.sql(DatabaseKind.POSTGRESQL, findings.get(0)));
        assertEquals(List.of(), run(new ConstraintNameMismatchRule(), new MappingModel(Set.of(A, B),
                List.of(expected(key(null, A, List.of("b_id"), B, List.of("id"), NO_ACTION), Optional.empty(),
                        Optional.empty()))), database(DatabaseKind.POSTGRESQL, tables, actual)),
                "generated names are not intent");
        assertEquals(List.of(), run(new ConstraintNameMismatchRule(), new MappingModel(Set.of(A, B),
                List.of(expected(mapped, Optional.empty(), Optional.of("FK_OLD")))),
                database(DatabaseKind.POSTGRESQL, tables, actual)));
    }
}
