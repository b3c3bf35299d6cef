package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.fkguard.model.ReferentialAction.CASCADE;
import static dev.fkguard.model.ReferentialAction.NO_ACTION;
import static dev.fkguard.model.ReferentialAction.RESTRICT;
import static dev.fkguard.model.ReferentialAction.SET_NULL;
import static dev.fkguard.rules.Models.OTHERS;
import static dev.fkguard.rules.Models.PARENTS;
import static dev.fkguard.rules.Models.database;
import static dev.fkguard.rules.Models.expected;
import static dev.fkguard.rules.Models.key;
import static dev.fkguard.rules.Models.mapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules' decisions on hand-built models; the same rules are exercised on real engines elsewhere. */
class RulesOnModelTest {

    private static List<Finding> run(dev.fkguard.rule.Rule rule, dev.fkguard.model.MappingModel mapping,
                                     dev.fkguard.model.SchemaModel database) {
        return rule.check(new RuleContext(mapping, database));
    }

    @Test
    void missingForeignKeyFiresWhenTheDatabaseHasNoKey() {
        List<Finding> findings = run(new MissingForeignKeyRule(), mapping(expected(Optional.empty(), false)), database());
        assertEquals(List.of("ERROR missing-foreign-key"), Models.ids(findings));
        assertTrue(findings.get(0).format().startsWith("[missing-foreign-key] children.parent_id → parents.id: "),
                findings.get(0).format());
        assertTrue(findings.get(0).fix().contains("add foreign key fk_children_parent_id children.parent_id →"
                + " parents.id."), findings.get(0).fix());
        assertEquals("ALTER TABLE children ADD CONSTRAINT fk_children_parent_id FOREIGN KEY (parent_id) REFERENCES"
                + " parents (id);", Models.sql(DatabaseKind.POSTGRESQL, findings.get(0)));
    }

    @Test
    void missingForeignKeyIsQuietWhenTheKeyExists() {
        assertEquals(List.of(), run(new MissingForeignKeyRule(), mapping(expected(Optional.empty(), false)),
                database(key(PARENTS, NO_ACTION))));
    }

    @Test
    void unexpectedForeignKeyFiresOnlyForUnexplainedKeys() {
        assertEquals(List.of("WARNING unexpected-foreign-key"),
                Models.ids(run(new UnexpectedForeignKeyRule(), mapping(), database(key(PARENTS, NO_ACTION)))));
        assertEquals(List.of(), run(new UnexpectedForeignKeyRule(), mapping(expected(Optional.empty(), false)),
                database(key(PARENTS, NO_ACTION))));
    }

    @Test
    void targetMismatchFiresWhenTheSameColumnsReferenceAnotherTable() {
        List<Finding> findings = run(new ForeignKeyTargetMismatchRule(), mapping(expected(Optional.empty(), false)),
                database(key(OTHERS, NO_ACTION)));
        assertEquals(List.of("ERROR foreign-key-target-mismatch"), Models.ids(findings));
        assertTrue(findings.get(0).message().contains("references others.id"), findings.get(0).message());
        assertEquals(List.of(), run(new MissingForeignKeyRule(), mapping(expected(Optional.empty(), false)),
                database(key(OTHERS, NO_ACTION))), "a misdirected key is not also missing");
    }

    @Test
    void deleteRuleMismatchCoversItsTwoCases() {
        DeleteRuleMismatchRule rule = new DeleteRuleMismatchRule();
        assertEquals(List.of("ERROR delete-rule-mismatch"), Models.ids(run(rule,
                mapping(expected(Optional.of(CASCADE), false)), database(key(PARENTS, RESTRICT)))));
        assertEquals(List.of("WARNING delete-rule-mismatch"), Models.ids(run(rule,
                mapping(expected(Optional.empty(), false)), database(key(PARENTS, SET_NULL)))));
    }

    /** Hibernate deletes the children before the parent, so a refusing key never fails: no drift, no warning. */
    @Test
    void ormCascadeOverARefusingKeyIsNoDeleteRuleMismatch() {
        assertEquals(List.of(), run(new DeleteRuleMismatchRule(), mapping(expected(Optional.empty(), true)),
                database(key(PARENTS, NO_ACTION))));
    }

    @Test
    void cascadeRemoveWithoutOnDeleteSuggestsTheDatabaseCascadeAtInfo() {
        List<Finding> findings = run(new CascadeRemoveWithoutOnDeleteRule(), mapping(expected(Optional.empty(), true)),
                database(key(PARENTS, RESTRICT)));
        assertEquals(List.of("INFO cascade-remove-without-on-delete"), Models.ids(findings));
        assertTrue(findings.get(0).message().startsWith("DB rule RESTRICT, mapping cascade = REMOVE without @OnDelete;"
                + " Hibernate deletes the children one by one before the parent, which works"), findings.get(0).message());
        assertTrue(findings.get(0).fix().contains("ON DELETE CASCADE"), findings.get(0).fix());
        assertEquals(List.of(), run(new CascadeRemoveWithoutOnDeleteRule(), mapping(expected(Optional.empty(), false)),
                database(key(PARENTS, RESTRICT))), "no ORM cascade, nothing to suggest");
        assertEquals(List.of(), run(new CascadeRemoveWithoutOnDeleteRule(), mapping(expected(Optional.empty(), true)),
                database(key(PARENTS, CASCADE))), "the database cascades already");
    }

    @Test
    void cascadeRemoveWithoutOnDeleteIsOffUntilASeveritySwitchesItOn() {
        CascadeRemoveWithoutOnDeleteRule rule = new CascadeRemoveWithoutOnDeleteRule();
        assertEquals(false, rule.enabledByDefault());
        assertEquals(false, dev.fkguard.policy.SeverityPolicy.defaults().runs(rule));
        assertEquals(true, new dev.fkguard.policy.SeverityPolicy(java.util.Map.of(rule.id(),
                Optional.of(dev.fkguard.rule.Severity.INFO))).runs(rule));
        assertEquals(true, dev.fkguard.policy.SeverityPolicy.defaults().runs(new DeleteRuleMismatchRule()));
    }

    @Test
    void deleteRuleMismatchIsQuietWhenBothSidesAgree() {
        DeleteRuleMismatchRule rule = new DeleteRuleMismatchRule();
        assertEquals(List.of(), run(rule, mapping(expected(Optional.of(CASCADE), false)), database(key(PARENTS, CASCADE))));
        assertEquals(List.of(), run(rule, mapping(expected(Optional.empty(), false)), database(key(PARENTS, RESTRICT))),
                "RESTRICT and NO ACTION both refuse the delete");
        assertEquals(List.of(), run(rule, mapping(expected(Optional.empty(), true)), database(key(PARENTS, CASCADE))),
                "cascade = REMOVE over ON DELETE CASCADE is consistent");
    }

    @Test
    void deleteRuleFixKeepsTheNameOnMySqlInTwoStatements() {
        List<Finding> findings = run(new DeleteRuleMismatchRule(), mapping(expected(Optional.of(CASCADE), false)),
                database(DatabaseKind.MYSQL, "BIGINT", true, key(PARENTS, RESTRICT)));
        // MySQL refuses DROP FOREIGN KEY x, ADD CONSTRAINT x in one statement (duplicate name): two statements.
        assertEquals("make the database match the mapping: re-create fk_children_parent with ON DELETE CASCADE.",
                findings.get(0).fix());
        assertEquals("ALTER TABLE children DROP FOREIGN KEY fk_children_parent;"
                + " ALTER TABLE children ADD CONSTRAINT fk_children_parent FOREIGN KEY (parent_id) REFERENCES parents"
                + " (id) ON DELETE CASCADE;", Models.sql(DatabaseKind.MYSQL, findings.get(0)));
    }

    @Test
    void columnTypeMismatchFiresOnIntReferencingBigint() {
        List<Finding> findings = run(new ColumnTypeMismatchRule(), mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "INTEGER", true));
        assertEquals(List.of("ERROR column-type-mismatch"), Models.ids(findings));
        assertTrue(findings.get(0).fix().endsWith("change the type of children.parent_id to BIGINT (now INTEGER)."),
                findings.get(0).fix());
        assertEquals("ALTER TABLE children ALTER COLUMN parent_id TYPE BIGINT;",
                Models.sql(DatabaseKind.POSTGRESQL, findings.get(0)));
        assertEquals(List.of(), run(new ColumnTypeMismatchRule(), mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", true)));
    }

    @Test
    void setNullOnRequiredColumnFiresForTheDatabaseAndTheMapping() {
        SetNullOnRequiredColumnRule rule = new SetNullOnRequiredColumnRule();
        assertEquals(List.of("ERROR set-null-on-required-column"), Models.ids(run(rule,
                mapping(expected(Optional.of(SET_NULL), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, key(PARENTS, SET_NULL)))),
                "reported once although both sides are wrong");
        assertEquals(List.of(), run(rule, mapping(expected(Optional.of(SET_NULL), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", true, key(PARENTS, SET_NULL))));
    }

    /**
     * A database SET NULL over a NOT NULL column: only an optional association that asks for nothing else lets the
     * column allow NULL; a required one, another declared rule, and a key nobody maps change the rule instead,
     * keeping the other action as the database has it.
     */
    @Test
    void setNullOnRequiredColumnChangesTheRuleUnlessTheMappingIsOptional() {
        SetNullOnRequiredColumnRule rule = new SetNullOnRequiredColumnRule();
        dev.fkguard.model.ForeignKey setNullCascade = databaseKey(SET_NULL, CASCADE);

        Finding required = single(run(rule, mapping(requiredExpected(Optional.empty())),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, setNullCascade)));
        dev.fkguard.model.ForeignKey wanted = replacement(required);
        assertEquals(List.of(NO_ACTION, CASCADE), List.of(wanted.onDelete(), wanted.onUpdate()));
        assertEquals(List.of(), required.weakening());
        assertTrue(required.fix().startsWith("change the rule, keeping the NOT NULL that mapping Child.parent requires"
                + " (optional = false / nullable = false): re-create fk_children_parent with ON DELETE NO ACTION."),
                required.fix());

        Finding onMariaDb = single(run(rule, mapping(requiredExpected(Optional.empty())),
                database(DatabaseKind.MARIADB, "BIGINT", false, setNullCascade)));
        assertEquals(RESTRICT, replacement(onMariaDb).onDelete(), "the engine's own default");

        Finding onUpdate = single(run(rule, mapping(requiredExpected(Optional.of(CASCADE))),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, databaseKey(CASCADE, SET_NULL))));
        assertEquals(List.of(CASCADE, NO_ACTION), List.of(replacement(onUpdate).onDelete(),
                replacement(onUpdate).onUpdate()));

        // Optional is JPA's default, no wish for NULLs: the deletes that fail today keep failing, under the key's rule.
        Finding optional = single(run(rule, mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, setNullCascade)));
        assertEquals(List.of(NO_ACTION, CASCADE), List.of(replacement(optional).onDelete(),
                replacement(optional).onUpdate()));
        assertEquals(List.of(), optional.weakening());
        assertTrue(optional.fix().contains("so this changes no outcome; only if the children should outlive their"
                + " parent, declare it in the mapping with @OnDelete(action = OnDeleteAction.SET_NULL) on Child.parent"
                + " and allow NULL in parent_id instead."), optional.fix());

        Finding optionalSetNull = single(run(rule, mapping(expected(Optional.of(SET_NULL), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, setNullCascade)));
        assertTrue(optionalSetNull.remedies().size() == 1
                        && optionalSetNull.remedies().get(0) instanceof Remedy.DropNotNull,
                optionalSetNull.remedies()::toString);

        Finding declaredCascade = single(run(rule, mapping(expected(Optional.of(CASCADE), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, setNullCascade)));
        assertEquals(List.of(CASCADE, CASCADE), List.of(replacement(declaredCascade).onDelete(),
                replacement(declaredCascade).onUpdate()));

        Finding unmapped = single(run(rule, mapping(), database(DatabaseKind.POSTGRESQL, "BIGINT", false,
                setNullCascade)));
        assertEquals(List.of(NO_ACTION, CASCADE), List.of(replacement(unmapped).onDelete(),
                replacement(unmapped).onUpdate()));
        assertTrue(unmapped.fix().contains("already refuses every delete of a referenced row"), unmapped.fix());

        Finding contradiction = single(run(rule, mapping(requiredExpected(Optional.of(SET_NULL))),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, setNullCascade)));
        assertEquals(List.of(), contradiction.remedies(), "the mapping contradicts itself: no DDL until it is fixed");
        assertTrue(contradiction.message().startsWith("mapping Child.parent declares @OnDelete(SET_NULL)"),
                contradiction.message());
    }

    /**
     * delete-rule-mismatch agrees: where a column may not be NULL (a required association, or a NOT NULL column under
     * an optional one) taking SET NULL away changes no outcome; over a nullable column it would, and is weakening.
     */
    @Test
    void deleteRuleMismatchTakesSetNullAwayOnlyWhereItCannotWork() {
        DeleteRuleMismatchRule rule = new DeleteRuleMismatchRule();
        dev.fkguard.model.ForeignKey setNull = databaseKey(SET_NULL, NO_ACTION);
        Finding required = single(run(rule, mapping(requiredExpected(Optional.empty())),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, setNull)));
        assertEquals(List.of(), required.weakening());
        Finding optional = single(run(rule, mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, setNull)));
        assertEquals(List.of(), optional.weakening());
        assertTrue(optional.fix().startsWith("SET NULL over a NOT NULL column refuses every delete already (see"
                + " set-null-on-required-column), so removing it changes no outcome; only if the children should"
                + " outlive their parent, declare it in the mapping with @OnDelete(action = OnDeleteAction.SET_NULL)"
                + " on Child.parent and allow NULL in the column."), optional.fix());
        Finding nullable = single(run(rule, mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", true, setNull)));
        assertEquals(nullable.remedies(), nullable.weakening());
        assertTrue(nullable.fix().startsWith("declare it in the mapping with @OnDelete(action = OnDeleteAction.SET_NULL)"
                + " on Child.parent, or remove it from the database"), nullable.fix());
    }

    /**
     * A join table's owner column is NOT NULL because the collection's rows are keyed by it, not because the user
     * wrote optional = false: the advice says what the mapping really does.
     */
    @Test
    void deleteRuleMismatchOnAJoinTableSaysWhyItsColumnIsRequired() {
        dev.fkguard.model.ExpectedForeignKey toOne = requiredExpected(Optional.empty());
        dev.fkguard.model.ExpectedForeignKey joinTable = new dev.fkguard.model.ExpectedForeignKey(toOne.key(),
                new dev.fkguard.model.MappingIntent("com.example.Post", Optional.of("tags"),
                        dev.fkguard.model.AssociationKind.JOIN_TABLE, Optional.empty(), false, false, false,
                        Optional.empty(), true));
        Finding finding = single(run(new DeleteRuleMismatchRule(), mapping(joinTable),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, databaseKey(SET_NULL, NO_ACTION))));
        assertTrue(finding.fix().startsWith("mapping Post.tags keys the rows of its collection table by this column,"
                + " which Hibernate maps NOT NULL, so SET NULL cannot work here"), finding.fix());
        assertFalse(finding.fix().contains("optional = false"), finding.fix());
        Finding required = single(run(new DeleteRuleMismatchRule(), mapping(toOne),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, databaseKey(SET_NULL, NO_ACTION))));
        assertTrue(required.fix().startsWith("mapping Child.parent requires the association (optional = false"),
                required.fix());
    }

    /**
     * update-rule-mismatch: taking ON UPDATE CASCADE away weakens the database (another writer may rely on it, and no
     * mapping can state it); ON UPDATE SET NULL over a NOT NULL column refuses every key update already, so taking it
     * away changes no outcome and runs.
     */
    @Test
    void updateRuleMismatchMarksItsChangeAsWeakeningUnlessSetNullCannotWork() {
        UpdateRuleMismatchRule rule = new UpdateRuleMismatchRule();
        Finding cascade = single(run(rule, mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, databaseKey(NO_ACTION, CASCADE))));
        assertEquals(cascade.remedies(), cascade.weakening());
        assertEquals(1, cascade.remedies().size());
        assertTrue(cascade.fix().startsWith("keep it where another writer relies on it"), cascade.fix());
        Finding setNull = single(run(rule, mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "BIGINT", false, databaseKey(NO_ACTION, SET_NULL))));
        assertEquals(List.of(), setNull.weakening());
        assertEquals(1, setNull.remedies().size());
    }

    private static dev.fkguard.model.ForeignKey databaseKey(ReferentialAction onDelete, ReferentialAction onUpdate) {
        return new dev.fkguard.model.ForeignKey(Optional.of("fk_children_parent"), Models.CHILDREN,
                List.of("parent_id"), PARENTS, List.of("id"), onDelete, onUpdate, false, true, true);
    }

    private static dev.fkguard.model.ExpectedForeignKey requiredExpected(Optional<ReferentialAction> onDelete) {
        dev.fkguard.model.ExpectedForeignKey optional = expected(onDelete, false);
        return new dev.fkguard.model.ExpectedForeignKey(optional.key(), Models.intent(onDelete, false, false));
    }

    private static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    /** The key a finding's only remedy puts in place of the database key. */
    private static dev.fkguard.model.ForeignKey replacement(Finding finding) {
        assertEquals(1, finding.remedies().size(), finding.remedies()::toString);
        assertTrue(finding.remedies().get(0) instanceof Remedy.ReplaceForeignKey, finding.remedies()::toString);
        return ((Remedy.ReplaceForeignKey) finding.remedies().get(0)).wanted();
    }

    @Test
    void referentialActionsAreParsedAsCatalogsSpellThem() {
        assertEquals(Optional.of(ReferentialAction.SET_NULL), ReferentialAction.fromSql("SET NULL"));
        assertEquals(Optional.of(ReferentialAction.NO_ACTION), ReferentialAction.fromSql("no action"));
        assertEquals(Optional.empty(), ReferentialAction.fromSql("sometimes"));
    }
    @Test
    void formulaJoinIsSaidOnceAtInfo() {
        dev.fkguard.model.FormulaJoin join = new dev.fkguard.model.FormulaJoin("Pet.owner", "@ManyToOne",
                Models.CHILDREN, PARENTS, List.of("owner_ref"));
        dev.fkguard.model.MappingModel mapping = new dev.fkguard.model.MappingModel(
                java.util.Set.of(PARENTS, Models.CHILDREN), List.of(), List.of(), List.of(), List.of(), java.util.Set.of(),
                List.of(join));
        List<Finding> findings = run(new FormulaJoinRule(), mapping, database());
        assertEquals(List.of("INFO formula-join"), Models.ids(findings));
        assertEquals("[formula-join] children.owner_ref: mapping Pet.owner (@ManyToOne) joins parents through"
                + " the formula owner_ref; a computed join has no key columns, so Hibernate creates no foreign key and"
                + " the database never checks that the target exists.", findings.get(0).format()
                .substring(0, findings.get(0).format().indexOf(" Fix: ")));
        assertEquals(List.of(), run(new FormulaJoinRule(), mapping(expected(Optional.empty(), false)), database()));
    }

    @Test
    void aKeyWhereTheMappingAsksForNoConstraintIsSaidAtInfo() {
        dev.fkguard.model.ExpectedForeignKey wanted = expected(Optional.empty(), false);
        dev.fkguard.model.ExpectedForeignKey unwanted = new dev.fkguard.model.ExpectedForeignKey(wanted.key(),
                new dev.fkguard.model.MappingIntent("com.example.Child", Optional.of("parent"),
                        dev.fkguard.model.AssociationKind.MANY_TO_ONE, Optional.empty(), false, false, true,
                        Optional.empty(), false));
        List<Finding> findings = run(new NoConstraintKeyPresentRule(), mapping(unwanted), database(key(PARENTS, NO_ACTION)));
        assertEquals(List.of("INFO no-constraint-key-present"), Models.ids(findings));
        assertTrue(findings.get(0).message().startsWith("mapping Child.parent asks for no constraint"
                + " (ConstraintMode.NO_CONSTRAINT or @NotFound), but the database has constraint fk_children_parent"
                + " here"), findings.get(0).message());
        assertEquals(List.of(), run(new NoConstraintKeyPresentRule(), mapping(unwanted), database()),
                "no key in the database: both agree");
        assertEquals(List.of(), run(new NoConstraintKeyPresentRule(), mapping(wanted), database(key(PARENTS, NO_ACTION))),
                "a wanted constraint that exists is no news");
    }
}
