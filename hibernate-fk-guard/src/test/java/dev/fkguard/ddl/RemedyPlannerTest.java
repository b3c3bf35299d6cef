package dev.fkguard.ddl;

import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnAttributes;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.fkguard.model.ReferentialAction.CASCADE;
import static dev.fkguard.model.ReferentialAction.NO_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The planner's decisions that need no engine to see; {@code MigrationPlanOnDatabasesTest} runs them on each. */
class RemedyPlannerTest {

    private static final TableRef ORDERS = TableRef.of("orders");
    private static final TableRef CUSTOMERS = TableRef.of("customers");
    private static final ColumnType BIGINT = ColumnType.of("BIGINT");

    private static ForeignKey key(ReferentialAction onDelete, ReferentialAction onUpdate) {
        return new ForeignKey(Optional.of("fk_orders_customer"), ORDERS, List.of("customer_id"), CUSTOMERS,
                List.of("id"), onDelete, onUpdate, false, true, true);
    }

    private static SchemaModel schema(DatabaseKind kind, ForeignKey live, List<Index> orderIndexes) {
        DatabaseInfo info = new DatabaseInfo(kind, "test", List.of("public"));
        Table orders = new Table(ORDERS, List.of(new Column("id", BIGINT, false),
                new Column("customer_id", BIGINT, false)), List.of("id"), orderIndexes, Optional.empty());
        Table customers = new Table(CUSTOMERS, List.of(new Column("id", BIGINT, false)), List.of("id"),
                List.of(new Index("customers_pkey", List.of("id"), true)), Optional.empty());
        return new SchemaModel(info, List.of(orders, customers), List.of(live));
    }

    private static PlannedRemedies plan(SchemaModel schema, Remedy... remedies) {
        return new RemedyPlanner(schema.database().kind(), schema.database().schemas(), schema)
                .plan(List.of(remedies));
    }

    @Test
    void changesOfOneKeyBecomeOneReplacementCarryingEach() {
        ForeignKey live = key(NO_ACTION, CASCADE);
        SchemaModel schema = schema(DatabaseKind.H2, live, List.of());
        PlannedRemedies planned = plan(schema,
                new Remedy.ReplaceForeignKey(live, key(CASCADE, CASCADE)),
                new Remedy.ReplaceForeignKey(live, key(NO_ACTION, NO_ACTION)),
                new Remedy.RenameForeignKey(live, "fk_order_customer"));
        ForeignKey wanted = new ForeignKey(Optional.of("fk_order_customer"), ORDERS, List.of("customer_id"),
                CUSTOMERS, List.of("id"), CASCADE, NO_ACTION, false, true, true);
        assertEquals(List.of(new Remedy.ReplaceForeignKey(live, wanted)), planned.remedies());
    }

    @Test
    void aReplacedKeyNeedsNoValidationOfItsOwn() {
        ForeignKey live = key(NO_ACTION, NO_ACTION);
        SchemaModel schema = schema(DatabaseKind.POSTGRESQL, live,
                List.of(new Index("ix_orders_customer", List.of("customer_id"), false)));
        Remedy replace = new Remedy.ReplaceForeignKey(live, key(CASCADE, NO_ACTION));
        assertEquals(List.of(replace), plan(schema, new Remedy.ValidateConstraint(live), replace).remedies());
    }

    @Test
    void withoutTheLiveSchemaNothingIsAssumed() {
        ForeignKey live = key(ReferentialAction.SET_NULL, NO_ACTION);
        SchemaModel unknown = new SchemaModel(new DatabaseInfo(DatabaseKind.POSTGRESQL, "test", List.of("public")),
                List.of(), List.of());
        Remedy add = new Remedy.AddForeignKey(key(NO_ACTION, NO_ACTION), "fk_orders_customer");
        Remedy dropNotNull = new Remedy.DropNotNull(ORDERS, "customer_id", BIGINT);
        // No index added (existing ones are unknown), no primary key known to refuse the column change.
        assertEquals(List.of(add, dropNotNull), plan(unknown, add, dropNotNull).remedies());
        assertEquals(List.of(), plan(unknown, add, dropNotNull).leftOut());
        // What the remedies say themselves still counts: the SET NULL rule they serve is replaced.
        Remedy served = new Remedy.DropNotNull(ORDERS, "customer_id", BIGINT, ColumnAttributes.NONE, Optional.of(live));
        Remedy replace = new Remedy.ReplaceForeignKey(live, key(NO_ACTION, NO_ACTION));
        assertEquals(List.of(replace), plan(unknown, served, replace).remedies());
    }

    // --- what became of each remedy ------------------------------------------------------------------------------

    @Test
    void mergedChangesRunInTheOneReplacement() {
        ForeignKey live = key(NO_ACTION, CASCADE);
        Remedy cascade = new Remedy.ReplaceForeignKey(live, key(CASCADE, CASCADE));
        Remedy rename = new Remedy.RenameForeignKey(live, "fk_order_customer");
        PlannedRemedies planned = plan(schema(DatabaseKind.H2, live, List.of()), cascade, rename);
        RemedyFate runs = new RemedyFate.Runs(planned.remedies());
        assertEquals(Optional.of(runs), planned.fate(cascade));
        assertEquals(Optional.of(runs), planned.fate(rename));
    }

    @Test
    void aChangeAnotherMakesUnnecessaryIsCoveredByIt() {
        ForeignKey live = key(ReferentialAction.SET_NULL, NO_ACTION);
        SchemaModel schema = schema(DatabaseKind.POSTGRESQL, live,
                List.of(new Index("ix_orders_customer", List.of("customer_id"), false)));
        Remedy served = new Remedy.DropNotNull(ORDERS, "customer_id", BIGINT, ColumnAttributes.NONE, Optional.of(live));
        Remedy replace = new Remedy.ReplaceForeignKey(live, key(CASCADE, NO_ACTION));
        Remedy validate = new Remedy.ValidateConstraint(live);
        PlannedRemedies planned = plan(schema, served, replace, validate);
        assertEquals(List.of(replace), planned.remedies());
        assertEquals(Optional.of(new RemedyFate.Covered(replace)), planned.fate(served));
        assertEquals(Optional.of(new RemedyFate.Covered(replace)), planned.fate(validate));
        assertEquals(Optional.of(new RemedyFate.Runs(List.of(replace))), planned.fate(replace));

        Remedy drop = new Remedy.DropForeignKey(live);
        Remedy index = new Remedy.CreateIndex(ORDERS, List.of("customer_id"), "idx_orders_customer_id");
        PlannedRemedies dropped = plan(schema(DatabaseKind.POSTGRESQL, live, List.of()), drop, index);
        assertEquals(Optional.of(new RemedyFate.Covered(drop)), dropped.fate(index));
    }

    @Test
    void aChangeTheEngineRefusesIsLeftOutWithItsPrerequisite() {
        ForeignKey live = key(NO_ACTION, NO_ACTION);
        // customer_id is NOT NULL and stays so: a SET NULL key over it would fail every delete.
        Remedy setNull = new Remedy.ReplaceForeignKey(live, key(ReferentialAction.SET_NULL, NO_ACTION));
        PlannedRemedies planned = plan(schema(DatabaseKind.H2, live, List.of()), setNull);
        assertEquals(List.of(), planned.remedies());
        assertEquals(Optional.of(new RemedyFate.LeftOut(planned.leftOut().get(0))), planned.fate(setNull));
    }

    @Test
    void whatTheEngineNeedsBesidesRunsWithTheChange() {
        ForeignKey wanted = key(NO_ACTION, NO_ACTION);
        Remedy add = new Remedy.AddForeignKey(wanted, "fk_orders_customer");
        SchemaModel schema = new SchemaModel(new DatabaseInfo(DatabaseKind.POSTGRESQL, "test", List.of("public")),
                schema(DatabaseKind.POSTGRESQL, wanted, List.of()).tables(), List.of());
        PlannedRemedies planned = plan(schema, add);
        Remedy index = new Remedy.CreateIndex(ORDERS, List.of("customer_id"), "idx_orders_customer_id");
        assertEquals(List.of(add, index), planned.remedies());
        assertEquals(Optional.of(new RemedyFate.Runs(List.of(add, index))), planned.fate(add));
    }

    @Test
    void onMySqlAReplacementAroundAColumnChangeRunsAsDropAndAdd() {
        ForeignKey live = key(NO_ACTION, NO_ACTION);
        Remedy cascade = new Remedy.ReplaceForeignKey(live, key(CASCADE, NO_ACTION));
        Remedy widen = new Remedy.ChangeColumnType(ORDERS, "customer_id", ColumnType.of("DECIMAL(20)"), false,
                Optional.of(BIGINT));
        PlannedRemedies planned = plan(schema(DatabaseKind.MARIADB, live, List.of()), cascade, widen);
        Remedy drop = new Remedy.DropForeignKey(live);
        Remedy add = new Remedy.AddForeignKey(key(CASCADE, NO_ACTION), "fk_orders_customer");
        assertEquals(Optional.of(new RemedyFate.Runs(List.of(drop, add))), planned.fate(cascade));
        assertEquals(Optional.of(new RemedyFate.Runs(List.of(widen))), planned.fate(widen));
    }

    @Test
    void aWeakeningChangeIsLeftOutWithItsReasonAndAnotherChangeOfTheKeyKeepsTheDatabaseRule() {
        ForeignKey live = key(CASCADE, CASCADE);
        SchemaModel schema = schema(DatabaseKind.POSTGRESQL, live,
                List.of(new Index("ix_orders_customer", List.of("customer_id"), false)));
        // delete-rule-mismatch would take the database's CASCADE off (weakening); update-rule-mismatch only ON UPDATE.
        Remedy dropCascade = new Remedy.ReplaceForeignKey(live, key(NO_ACTION, CASCADE));
        Remedy dropUpdateCascade = new Remedy.ReplaceForeignKey(live, key(CASCADE, NO_ACTION));
        PlannedRemedies planned = new RemedyPlanner(DatabaseKind.POSTGRESQL, List.of("public"), schema)
                .plan(List.of(dropCascade, dropUpdateCascade), List.of(dropCascade));

        assertEquals(List.of(dropUpdateCascade), planned.remedies());
        assertEquals(1, planned.leftOut().size());
        PlannedRemedies.LeftOut leftOut = planned.leftOut().get(0);
        assertEquals(dropCascade, leftOut.remedy());
        assertEquals(PlannedRemedies.Reason.WEAKENS_DATABASE, leftOut.reason());
        assertEquals("would weaken the database: it takes ON DELETE CASCADE off fk_orders_customer, which the mapping"
                + " does not declare; the fix is the mapping change the finding names. Run this only if the database"
                + " is wrong.", leftOut.prerequisite());
    }

    @Test
    void unmarkedChangesAreNeverLeftOutAsWeakeningAndTheOldShapeMeansTheEngineRefuses() {
        ForeignKey live = key(CASCADE, NO_ACTION);
        SchemaModel schema = schema(DatabaseKind.H2, live, List.of());
        Remedy dropNotNull = new Remedy.DropNotNull(ORDERS, "customer_id", BIGINT);
        Remedy dropKey = new Remedy.DropForeignKey(live);
        PlannedRemedies planned = plan(schema, dropNotNull, dropKey);
        assertEquals(List.of(dropNotNull, dropKey), planned.remedies());
        assertEquals(List.of(), planned.leftOut());

        PlannedRemedies weakened = new RemedyPlanner(DatabaseKind.H2, List.of("public"), schema)
                .plan(List.of(dropNotNull, dropKey), List.of(dropNotNull, dropKey));
        assertEquals(List.of(), weakened.remedies());
        assertEquals(List.of(PlannedRemedies.Reason.WEAKENS_DATABASE, PlannedRemedies.Reason.WEAKENS_DATABASE),
                weakened.leftOut().stream().map(PlannedRemedies.LeftOut::reason).toList());
        assertEquals(PlannedRemedies.Reason.ENGINE_REFUSES, new PlannedRemedies.LeftOut(dropKey, "x").reason());
    }
}
