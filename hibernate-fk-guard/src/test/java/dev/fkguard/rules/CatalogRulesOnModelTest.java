package dev.fkguard.rules;

import dev.fkguard.ddl.GeneratedNames;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
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
import static dev.fkguard.model.ReferentialAction.RESTRICT;
import static dev.fkguard.model.ReferentialAction.SET_DEFAULT;
import static dev.fkguard.model.ReferentialAction.SET_NULL;
import static dev.fkguard.rules.Models.CHILDREN;
import static dev.fkguard.rules.Models.PARENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * update-rule-mismatch, nullability-mismatch, missing-foreign-key-index and foreign-key-not-enforced on hand-built
 * models: children(id, parent_id, other_id) referencing parents(id).
 */
class CatalogRulesOnModelTest {

    private static final ColumnType BIGINT = ColumnType.of("BIGINT");

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static ForeignKey dbKey(ReferentialAction onDelete, ReferentialAction onUpdate, boolean enforced,
                                    boolean validated) {
        return new ForeignKey(Optional.of("fk_children_parent"), CHILDREN, List.of("parent_id"), PARENTS,
                List.of("id"), onDelete, onUpdate, false, enforced, validated);
    }

    private static ForeignKey dbKey(ReferentialAction onDelete, ReferentialAction onUpdate) {
        return dbKey(onDelete, onUpdate, true, true);
    }

    private static ExpectedForeignKey expected(AssociationKind kind, boolean nullable,
                                               Optional<ReferentialAction> onDelete) {
        ForeignKey key = new ForeignKey(Optional.empty(), CHILDREN, List.of("parent_id"), PARENTS, List.of("id"),
                onDelete.orElse(NO_ACTION), NO_ACTION, false, true, true);
        return new ExpectedForeignKey(key, new MappingIntent("com.example.Child", Optional.of("parent"), kind,
                onDelete, false, false, nullable, Optional.empty(), true));
    }

    private static ExpectedForeignKey expected(boolean nullable) {
        return expected(AssociationKind.MANY_TO_ONE, nullable, Optional.empty());
    }

    private static Table parents(Optional<String> engine) {
        return new Table(PARENTS, List.of(new Column("id", BIGINT, false)), List.of("id"),
                List.of(new Index("pk_parents", List.of("id"), true)), engine);
    }

    private static Table children(boolean parentIdNullable, List<String> primaryKey, List<Index> indexes,
                                  Optional<String> engine) {
        return new Table(CHILDREN, List.of(new Column("id", BIGINT, false),
                new Column("parent_id", BIGINT, parentIdNullable), new Column("other_id", BIGINT, true)),
                primaryKey, indexes, engine);
    }

    private static Table children(boolean parentIdNullable) {
        return children(parentIdNullable, List.of("id"), List.of(new Index("pk_children", List.of("id"), true),
                new Index("ix_parent", List.of("parent_id"), false)), Optional.empty());
    }

    private static SchemaModel database(DatabaseKind kind, boolean checks, List<Table> tables, ForeignKey... keys) {
        return new SchemaModel(new DatabaseInfo(kind, "test", List.of(), checks), tables, List.of(keys));
    }

    private static SchemaModel database(DatabaseKind kind, Table children, ForeignKey... keys) {
        return database(kind, true, List.of(parents(Optional.empty()), children), keys);
    }

    private static MappingModel mapping(ExpectedForeignKey... keys) {
        return new MappingModel(Set.of(PARENTS, CHILDREN), List.of(keys));
    }

    private static List<Finding> run(Rule rule, MappingModel mapping, SchemaModel database) {
        return rule.check(new RuleContext(mapping, database));
    }

    // ---- update-rule-mismatch --------------------------------------------------------------------------------

    @Test
    void updateRuleMismatchFiresForEveryRuleThatChangesChildren() {
        for (ReferentialAction onUpdate : List.of(CASCADE, SET_NULL, SET_DEFAULT)) {
            List<Finding> findings = run(new UpdateRuleMismatchRule(), mapping(expected(true)),
                    database(DatabaseKind.POSTGRESQL, children(true), dbKey(SET_NULL, onUpdate)));
            assertEquals(List.of("WARNING update-rule-mismatch"), Models.ids(findings), onUpdate::toString);
            Remedy.ReplaceForeignKey replace = (Remedy.ReplaceForeignKey) findings.get(0).remedies().get(0);
            assertEquals(NO_ACTION, replace.wanted().onUpdate());
            assertEquals(SET_NULL, replace.wanted().onDelete(), "the ON DELETE rule stays as the database has it");
            assertTrue(findings.get(0).message().startsWith("DB rule ON UPDATE " + onUpdate.sql()
                    + ", mapping Child.parent implies ON UPDATE NO ACTION"), findings.get(0).message());
        }
    }

    @Test
    void updateRuleMismatchTreatsRestrictAndNoActionAlike() {
        for (ReferentialAction onUpdate : List.of(RESTRICT, NO_ACTION)) {
            assertEquals(List.of(), run(new UpdateRuleMismatchRule(), mapping(expected(true)),
                    database(DatabaseKind.POSTGRESQL, children(true), dbKey(NO_ACTION, onUpdate))));
        }
    }

    // ---- nullability-mismatch --------------------------------------------------------------------------------

    @Test
    void nullabilityMismatchAsksForNotNullWhenTheMappingRequiresTheParent() {
        List<Finding> findings = run(new NullabilityMismatchRule(), mapping(expected(false)),
                database(DatabaseKind.POSTGRESQL, children(true), dbKey(NO_ACTION, NO_ACTION)));
        assertEquals(List.of("WARNING nullability-mismatch"), Models.ids(findings));
        assertEquals(List.of(new Remedy.SetNotNull(CHILDREN, "parent_id", BIGINT)), findings.get(0).remedies());
        assertTrue(findings.get(0).fix().contains("add a NOT NULL constraint to children.parent_id."),
                findings.get(0).fix());
        assertEquals("ALTER TABLE children ALTER COLUMN parent_id SET NOT NULL;",
                Models.sql(DatabaseKind.POSTGRESQL, findings.get(0)));
    }

    @Test
    void nullabilityMismatchAsksForNullWhenTheMappingAllowsNoParent() {
        List<Finding> findings = run(new NullabilityMismatchRule(), mapping(expected(true)),
                database(DatabaseKind.MYSQL, children(false), dbKey(RESTRICT, RESTRICT)));
        assertEquals(List.of("WARNING nullability-mismatch"), Models.ids(findings));
        assertEquals(List.of(new Remedy.DropNotNull(CHILDREN, "parent_id", BIGINT)), findings.get(0).remedies());
        // The database is stricter than the mapping: the fix names the mapping change first, the DDL only after it.
        assertTrue(findings.get(0).fix().startsWith("map the association as required"), findings.get(0).fix());
        assertTrue(findings.get(0).fix().contains("allow NULL in children.parent_id"), findings.get(0).fix());
        assertEquals("ALTER TABLE children MODIFY COLUMN parent_id BIGINT NULL;",
                Models.sql(DatabaseKind.MYSQL, findings.get(0)));
    }

    @Test
    void nullabilityMismatchIgnoresPrimaryKeyColumnsAndOtherKinds() {
        Table keyIsPrimary = children(false, List.of("parent_id"),
                List.of(new Index("pk_children", List.of("parent_id"), true)), Optional.empty());
        assertEquals(List.of(), run(new NullabilityMismatchRule(), mapping(expected(true)),
                database(DatabaseKind.H2, keyIsPrimary, dbKey(NO_ACTION, NO_ACTION))), "@MapsId-style key");
        for (AssociationKind kind : List.of(AssociationKind.JOIN_TABLE, AssociationKind.INHERITANCE,
                AssociationKind.ELEMENT_COLLECTION, AssociationKind.SECONDARY_TABLE)) {
            assertEquals(List.of(), run(new NullabilityMismatchRule(),
                    mapping(expected(kind, true, Optional.empty())),
                    database(DatabaseKind.H2, children(false), dbKey(NO_ACTION, NO_ACTION))), kind::toString);
        }
        assertEquals(List.of(), run(new NullabilityMismatchRule(), mapping(expected(false)),
                database(DatabaseKind.H2, children(false), dbKey(NO_ACTION, NO_ACTION))), "both required");
    }

    /** A SET NULL rule meeting NOT NULL is set-null-on-required-column's finding alone. */
    @Test
    void nullabilityMismatchLeavesSetNullOnRequiredColumnsToTheirOwnRule() {
        MappingModel optional = mapping(expected(AssociationKind.MANY_TO_ONE, true, Optional.of(SET_NULL)));
        SchemaModel notNullWithSetNull = database(DatabaseKind.POSTGRESQL, children(false), dbKey(SET_NULL, NO_ACTION));
        assertEquals(List.of(), run(new NullabilityMismatchRule(), optional, notNullWithSetNull));
        assertEquals(List.of("ERROR set-null-on-required-column"),
                Models.ids(run(new SetNullOnRequiredColumnRule(), optional, notNullWithSetNull)));

        MappingModel requiredWithSetNull = mapping(expected(AssociationKind.MANY_TO_ONE, false, Optional.of(SET_NULL)));
        SchemaModel nullable = database(DatabaseKind.POSTGRESQL, children(true), dbKey(SET_NULL, NO_ACTION));
        assertEquals(List.of(), run(new NullabilityMismatchRule(), requiredWithSetNull, nullable));
        assertEquals(List.of("ERROR set-null-on-required-column"),
                Models.ids(run(new SetNullOnRequiredColumnRule(), requiredWithSetNull, nullable)));
    }

    @Test
    void nullabilityMismatchWarnsThatADatabaseSetNullMustChangeToo() {
        List<Finding> findings = run(new NullabilityMismatchRule(), mapping(expected(false)),
                database(DatabaseKind.POSTGRESQL, children(true), dbKey(SET_NULL, NO_ACTION)));
        assertEquals(List.of("WARNING nullability-mismatch"), Models.ids(findings));
        assertTrue(findings.get(0).fix().contains("Also change the database key's SET NULL rule"),
                findings.get(0).fix());
    }

    // ---- missing-foreign-key-index ---------------------------------------------------------------------------

    @Test
    void missingIndexFiresWhenNoIndexLeadsWithTheKeyColumns() {
        Table trailing = children(true, List.of("id"), List.of(new Index("pk_children", List.of("id"), true),
                new Index("ix_other_parent", List.of("other_id", "parent_id"), false)), Optional.empty());
        List<Finding> findings = run(new MissingForeignKeyIndexRule(), mapping(expected(true)),
                database(DatabaseKind.POSTGRESQL, trailing, dbKey(NO_ACTION, NO_ACTION)));
        assertEquals(List.of("WARNING missing-foreign-key-index"), Models.ids(findings));
        assertEquals(List.of(new Remedy.CreateIndex(CHILDREN, List.of("parent_id"), "idx_children_parent_id")),
                findings.get(0).remedies());
        assertTrue(findings.get(0).fix().endsWith("create index idx_children_parent_id on children.parent_id."),
                findings.get(0).fix());
        assertEquals("CREATE INDEX idx_children_parent_id ON children (parent_id);",
                Models.sql(DatabaseKind.POSTGRESQL, findings.get(0)));
    }

    @Test
    void missingIndexAcceptsAnyIndexOrPrimaryKeyLeadingWithTheColumnsInAnyOrder() {
        ForeignKey composite = new ForeignKey(Optional.of("fk_pair"), CHILDREN, List.of("parent_id", "other_id"),
                PARENTS, List.of("id", "code"), NO_ACTION, NO_ACTION, false, true, true);
        Table primaryLeads = children(true, List.of("other_id", "parent_id", "id"),
                List.of(new Index("pk_children", List.of("other_id", "parent_id", "id"), true)), Optional.empty());
        assertEquals(List.of(), run(new MissingForeignKeyIndexRule(), mapping(),
                database(DatabaseKind.POSTGRESQL, primaryLeads, composite)), "reversed order within the prefix");
        Table onlyOne = children(true, List.of("id"), List.of(new Index("pk_children", List.of("id"), true),
                new Index("ix_parent", List.of("parent_id", "id"), false)), Optional.empty());
        assertEquals(List.of("WARNING missing-foreign-key-index"), Models.ids(run(new MissingForeignKeyIndexRule(),
                mapping(), database(DatabaseKind.POSTGRESQL, onlyOne, composite))), "half a composite key");
        assertEquals(List.of(), run(new MissingForeignKeyIndexRule(), mapping(expected(true)),
                database(DatabaseKind.POSTGRESQL, children(true), dbKey(NO_ACTION, NO_ACTION))));
    }

    @Test
    void indexNamesAreShortenedDeterministicallyToTheEnginesLimit() {
        GeneratedNames postgres = new GeneratedNames(DatabaseKind.POSTGRESQL);
        GeneratedNames mysql = new GeneratedNames(DatabaseKind.MYSQL);
        TableRef longTable = TableRef.of("a_table_with_a_really_remarkably_long_name_for_testing");
        List<String> columns = List.of("first_reference_column_id", "second_reference_column_id");
        String name = postgres.indexName(longTable, columns);
        assertEquals(63, name.length(), name);
        assertTrue(name.startsWith("idx_a_table_with_a_really"), name);
        assertEquals(name, postgres.indexName(longTable, columns), "stable");
        assertTrue(mysql.indexName(longTable, columns).length() <= 64);
        assertEquals("idx_orders_customer_id", postgres.indexName(TableRef.of("Orders"), List.of("customer_id")));
    }

    // ---- foreign-key-not-enforced ----------------------------------------------------------------------------

    @Test
    void notEnforcedReportsEachNonInnoDbTableOnceWithTheEngineAsRootCause() {
        Table myIsamChildren = children(true, List.of("id"), List.of(), Optional.of("MyISAM"));
        SchemaModel db = database(DatabaseKind.MARIADB, true, List.of(parents(Optional.of("Aria")), myIsamChildren));
        List<Finding> findings = run(new ForeignKeyNotEnforcedRule(), mapping(expected(true)), db);
        assertEquals(List.of("ERROR foreign-key-not-enforced", "ERROR foreign-key-not-enforced"), Models.ids(findings));
        assertEquals(List.of("children", "parents"), findings.stream().map(f -> f.location().describe()).toList());
        assertEquals(List.of(new Remedy.ChangeEngine(CHILDREN, "InnoDB")), findings.get(0).remedies());
        assertTrue(findings.get(1).message().startsWith("table parents uses storage engine Aria"),
                findings.get(1).message());

        SchemaModel innoDb = database(DatabaseKind.MYSQL, true, List.of(parents(Optional.of("InnoDB")),
                children(true, List.of("id"), List.of(), Optional.of("InnoDB"))), dbKey(RESTRICT, RESTRICT));
        assertEquals(List.of(), run(new ForeignKeyNotEnforcedRule(), mapping(expected(true)), innoDb));
    }

    @Test
    void notEnforcedReportsNotValidAndNotEnforcedKeysOnPostgres() {
        List<Finding> notValid = run(new ForeignKeyNotEnforcedRule(), mapping(expected(true)),
                database(DatabaseKind.POSTGRESQL, children(true), dbKey(NO_ACTION, NO_ACTION, true, false)));
        assertEquals(List.of("ERROR foreign-key-not-enforced"), Models.ids(notValid));
        assertTrue(notValid.get(0).remedies().get(0) instanceof Remedy.ValidateConstraint);
        assertTrue(notValid.get(0).fix().endsWith("validate the existing rows against fk_children_parent."),
                notValid.get(0).fix());
        assertEquals("ALTER TABLE children VALIDATE CONSTRAINT fk_children_parent;",
                Models.sql(DatabaseKind.POSTGRESQL, notValid.get(0)));

        // PostgreSQL 18 marks NOT ENFORCED keys as not validated too; enforcing also validates, so one finding.
        List<Finding> notEnforced = run(new ForeignKeyNotEnforcedRule(), mapping(expected(true)),
                database(DatabaseKind.POSTGRESQL, children(true), dbKey(NO_ACTION, NO_ACTION, false, false)));
        assertEquals(List.of("ERROR foreign-key-not-enforced"), Models.ids(notEnforced));
        assertTrue(notEnforced.get(0).remedies().get(0) instanceof Remedy.EnforceConstraint);
        assertTrue(notEnforced.get(0).fix().endsWith("make fk_children_parent enforced."), notEnforced.get(0).fix());
        assertEquals("ALTER TABLE children ALTER CONSTRAINT fk_children_parent ENFORCED;",
                Models.sql(DatabaseKind.POSTGRESQL, notEnforced.get(0)));
        assertTrue(notEnforced.get(0).message().contains("is NOT ENFORCED"));
    }

    @Test
    void notEnforcedReportsGlobalChecksOffOnceAndOnlyWhenKeysMatter() {
        SchemaModel checksOff = database(DatabaseKind.MYSQL, false, List.of(parents(Optional.of("InnoDB")),
                children(true, List.of("id"), List.of(), Optional.of("InnoDB"))), dbKey(RESTRICT, RESTRICT));
        List<Finding> findings = run(new ForeignKeyNotEnforcedRule(), mapping(expected(true)), checksOff);
        assertEquals(List.of("ERROR foreign-key-not-enforced"), Models.ids(findings));
        assertEquals(ForeignKeyNotEnforcedRule.SERVER_SETTING, findings.get(0).location().table());
        assertTrue(findings.get(0).format().startsWith("[foreign-key-not-enforced] @@GLOBAL.foreign_key_checks: "),
                findings.get(0).format());
        assertEquals(List.of(), findings.get(0).remedies(), "a server setting, not a schema change");
        assertTrue(findings.get(0).fix().startsWith("SET GLOBAL foreign_key_checks = 1;"));

        assertEquals(List.of(), run(new ForeignKeyNotEnforcedRule(), mapping(), checksOff),
                "a mapping without foreign keys relies on none");
    }
}
