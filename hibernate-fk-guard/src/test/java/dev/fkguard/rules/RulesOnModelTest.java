package dev.fkguard.rules;

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
        assertTrue(findings.get(0).fix().contains("ALTER TABLE children ADD CONSTRAINT fk_children_parent_id"
                + " FOREIGN KEY (parent_id) REFERENCES parents (id);"), findings.get(0).fix());
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
    void deleteRuleMismatchCoversTheThreeCases() {
        DeleteRuleMismatchRule rule = new DeleteRuleMismatchRule();
        assertEquals(List.of("ERROR delete-rule-mismatch"), Models.ids(run(rule,
                mapping(expected(Optional.of(CASCADE), false)), database(key(PARENTS, RESTRICT)))));
        assertEquals(List.of("WARNING delete-rule-mismatch"), Models.ids(run(rule,
                mapping(expected(Optional.empty(), true)), database(key(PARENTS, NO_ACTION)))));
        assertEquals(List.of("WARNING delete-rule-mismatch"), Models.ids(run(rule,
                mapping(expected(Optional.empty(), false)), database(key(PARENTS, SET_NULL)))));
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
        assertTrue(findings.get(0).fix().endsWith("ALTER TABLE children DROP FOREIGN KEY fk_children_parent;"
                + " ALTER TABLE children ADD CONSTRAINT fk_children_parent FOREIGN KEY (parent_id) REFERENCES parents"
                + " (id) ON DELETE CASCADE;"),
                findings.get(0).fix());
    }

    @Test
    void columnTypeMismatchFiresOnIntReferencingBigint() {
        List<Finding> findings = run(new ColumnTypeMismatchRule(), mapping(expected(Optional.empty(), false)),
                database(DatabaseKind.POSTGRESQL, "INTEGER", true));
        assertEquals(List.of("ERROR column-type-mismatch"), Models.ids(findings));
        assertTrue(findings.get(0).fix().contains("ALTER TABLE children ALTER COLUMN parent_id TYPE BIGINT;"),
                findings.get(0).fix());
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

    @Test
    void referentialActionsAreParsedAsCatalogsSpellThem() {
        assertEquals(Optional.of(ReferentialAction.SET_NULL), ReferentialAction.fromSql("SET NULL"));
        assertEquals(Optional.of(ReferentialAction.NO_ACTION), ReferentialAction.fromSql("no action"));
        assertEquals(Optional.empty(), ReferentialAction.fromSql("sometimes"));
    }
}
