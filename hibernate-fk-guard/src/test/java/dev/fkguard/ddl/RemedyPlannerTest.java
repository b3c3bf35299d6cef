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
import java.util.OptionalInt;

import static dev.fkguard.model.ReferentialAction.CASCADE;
import static dev.fkguard.model.ReferentialAction.NO_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return schema(kind, BIGINT, BIGINT, List.of(live), orderIndexes);
    }

    /** orders.customer_id of type {@code column}, referencing customers.id of type {@code referenced}. */
    private static SchemaModel schema(DatabaseKind kind, ColumnType column, ColumnType referenced,
                                      List<ForeignKey> live, List<Index> orderIndexes) {
        DatabaseInfo info = new DatabaseInfo(kind, "test", List.of("public"));
        Table orders = new Table(ORDERS, List.of(new Column("id", BIGINT, false),
                new Column("customer_id", column, false)), List.of("id"), orderIndexes, Optional.empty());
        Table customers = new Table(CUSTOMERS, List.of(new Column("id", referenced, false)), List.of("id"),
                List.of(new Index("customers_pkey", List.of("id"), true)), Optional.empty());
        return new SchemaModel(info, List.of(orders, customers), live);
    }

    private static ColumnType varchar(int length) {
        return new ColumnType("VARCHAR", OptionalInt.of(length), OptionalInt.empty(), OptionalInt.empty(), false,
                Optional.empty(), Optional.empty());
    }

    private static ColumnType decimal(int precision) {
        return new ColumnType("DECIMAL", OptionalInt.empty(), OptionalInt.of(precision), OptionalInt.of(0), false,
                Optional.empty(), Optional.empty());
    }

    /** What column-type-mismatch asks for orders.customer_id: the referenced column's type. */
    private static Remedy.ChangeColumnType toReferencedType(ColumnType column, ColumnType referenced) {
        return new Remedy.ChangeColumnType(ORDERS, "customer_id", referenced, false, Optional.of(column));
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
        // A change the key spans: MariaDB takes a key between string lengths, not a change of a key's column under it.
        ForeignKey live = key(NO_ACTION, NO_ACTION);
        SchemaModel schema = schema(DatabaseKind.MARIADB, varchar(20), varchar(40), List.of(live), List.of());
        Remedy cascade = new Remedy.ReplaceForeignKey(live, key(CASCADE, NO_ACTION));
        Remedy widen = toReferencedType(varchar(20), varchar(40));
        PlannedRemedies planned = plan(schema, cascade, widen);
        Remedy drop = new Remedy.DropForeignKey(live);
        Remedy add = new Remedy.AddForeignKey(key(CASCADE, NO_ACTION), "fk_orders_customer");
        assertEquals(List.of(), planned.leftOut());
        assertEquals(Optional.of(new RemedyFate.Runs(List.of(drop, add))), planned.fate(cascade));
        assertEquals(Optional.of(new RemedyFate.Runs(List.of(widen))), planned.fate(widen));
    }

    // --- a wider referencing column is not narrowed ----------------------------------------------------------------

    @Test
    void aWiderReferencingColumnIsNotNarrowed() {
        List<List<ColumnType>> widerThanReferenced = List.of(List.of(BIGINT, ColumnType.of("INT")),
                List.of(varchar(100), varchar(50)), List.of(decimal(20), decimal(10)));
        for (List<ColumnType> types : widerThanReferenced) {
            ColumnType column = types.get(0);
            ColumnType referenced = types.get(1);
            ForeignKey live = key(NO_ACTION, NO_ACTION);
            Remedy narrow = toReferencedType(column, referenced);
            PlannedRemedies planned = plan(schema(DatabaseKind.H2, column, referenced, List.of(live), List.of()),
                    narrow);

            assertEquals(List.of(), planned.remedies(), column::toString);
            assertEquals(1, planned.leftOut().size(), column::toString);
            PlannedRemedies.LeftOut leftOut = planned.leftOut().get(0);
            assertEquals(narrow, leftOut.remedy());
            assertEquals(PlannedRemedies.Reason.NARROWS_COLUMN, leftOut.reason());
            String risk = TypeNarrowing.risk(column, referenced).orElseThrow();
            assertTrue(leftOut.prerequisite().startsWith("would narrow orders.customer_id from " + column.describe()
                    + " to " + referenced.describe() + ": " + risk + ". The column already holds every value of "
                    + referenced.describe()), leftOut.prerequisite());
            assertEquals(Optional.of(new RemedyFate.LeftOut(leftOut)), planned.fate(narrow));
        }
        // The other way round the column cannot hold every referenced key: it is widened.
        Remedy widen = toReferencedType(varchar(50), varchar(100));
        assertEquals(List.of(widen), plan(schema(DatabaseKind.H2, varchar(50), varchar(100),
                List.of(key(NO_ACTION, NO_ACTION)), List.of()), widen).remedies());
    }

    @Test
    void aNarrowingTheReferencedColumnsNewTypeRequiresIsKept() {
        // stickers.office_code VARCHAR(50) → offices.code VARCHAR(20) → regions.code VARCHAR(30): the office code is
        // widened to VARCHAR(30), and the sticker column, asked to narrow to VARCHAR(20), follows it to VARCHAR(30).
        TableRef regions = TableRef.of("regions");
        TableRef offices = TableRef.of("offices");
        TableRef stickers = TableRef.of("stickers");
        ForeignKey officeKey = new ForeignKey(Optional.of("fk_offices_region"), offices, List.of("code"), regions,
                List.of("code"), NO_ACTION, NO_ACTION, false, true, true);
        ForeignKey stickerKey = new ForeignKey(Optional.of("fk_stickers_office"), stickers, List.of("office_code"),
                offices, List.of("code"), NO_ACTION, NO_ACTION, false, true, true);
        SchemaModel schema = new SchemaModel(new DatabaseInfo(DatabaseKind.H2, "test", List.of("public")), List.of(
                new Table(regions, List.of(new Column("code", varchar(30), false)), List.of("code"), List.of(),
                        Optional.empty()),
                new Table(offices, List.of(new Column("code", varchar(20), false)), List.of("code"), List.of(),
                        Optional.empty()),
                new Table(stickers, List.of(new Column("id", BIGINT, false), new Column("office_code", varchar(50),
                        true)), List.of("id"), List.of(), Optional.empty())),
                List.of(officeKey, stickerKey));
        Remedy widenOffice = new Remedy.ChangeColumnType(offices, "code", varchar(30), false, Optional.of(varchar(20)));
        Remedy narrowSticker = new Remedy.ChangeColumnType(stickers, "office_code", varchar(20), true,
                Optional.of(varchar(50)));
        PlannedRemedies planned = plan(schema, widenOffice, narrowSticker);

        Remedy followsOffice = new Remedy.ChangeColumnType(stickers, "office_code", varchar(30), true,
                Optional.of(varchar(50)));
        assertEquals(List.of(), planned.leftOut());
        assertEquals(List.of(widenOffice, followsOffice), planned.remedies());
        // Without the office's change nothing needs the sticker narrowed.
        assertEquals(PlannedRemedies.Reason.NARROWS_COLUMN, plan(schema, narrowSticker).leftOut().get(0).reason());
    }

    @Test
    void onMySqlAKeyBetweenUnlikeTypesIsLeftOutWithTheNarrowing() {
        ForeignKey wanted = key(NO_ACTION, NO_ACTION);
        Remedy add = new Remedy.AddForeignKey(wanted, "fk_orders_customer");
        ColumnType integer = ColumnType.of("INT");
        Remedy narrow = toReferencedType(BIGINT, integer);
        for (DatabaseKind kind : List.of(DatabaseKind.MYSQL, DatabaseKind.MARIADB)) {
            PlannedRemedies planned = plan(schema(kind, BIGINT, integer, List.of(), List.of()), add, narrow);
            assertEquals(List.of(), planned.remedies(), kind::toString);
            assertEquals(List.of(PlannedRemedies.Reason.NARROWS_COLUMN, PlannedRemedies.Reason.ENGINE_REFUSES),
                    planned.leftOut().stream().map(PlannedRemedies.LeftOut::reason).toList());
            assertEquals(kind.displayName() + " refuses a foreign key between unlike types: orders.customer_id is"
                    + " BIGINT, customers.id is INT. Narrowing customer_id to INT first (the change left out for it,"
                    + " after checking its values) makes the key possible.", planned.leftOut().get(1).prerequisite());
            assertEquals(Optional.of(new RemedyFate.LeftOut(planned.leftOut().get(1))), planned.fate(add));

            // String lengths and decimal precisions may differ under a key on these engines: the key is added, the
            // column left as it is.
            for (List<ColumnType> types : List.of(List.of(varchar(100), varchar(50)), List.of(decimal(20), decimal(10)))) {
                Remedy narrowSpanned = toReferencedType(types.get(0), types.get(1));
                PlannedRemedies spanned = plan(schema(kind, types.get(0), types.get(1), List.of(), List.of()), add,
                        narrowSpanned);
                assertEquals(List.of(add), spanned.remedies(), kind + " " + types);
            }
        }
        // H2 and PostgreSQL take the key between unlike types.
        PlannedRemedies h2 = plan(schema(DatabaseKind.H2, BIGINT, integer, List.of(), List.of()), add, narrow);
        assertEquals(List.of(add), h2.remedies());
        assertEquals(List.of(PlannedRemedies.Reason.NARROWS_COLUMN),
                h2.leftOut().stream().map(PlannedRemedies.LeftOut::reason).toList());
    }

    // --- MySQL and MariaDB: a column change never leaves a key between unlike types ------------------------------

    private static final TableRef ACCOUNTS = TableRef.of("accounts");
    private static final ColumnType INT = ColumnType.of("INT");

    private static ForeignKey accountKey() {
        return new ForeignKey(Optional.of("fk_orders_account"), ORDERS, List.of("customer_id"), ACCOUNTS,
                List.of("id"), NO_ACTION, NO_ACTION, false, true, true);
    }

    /** orders.customer_id INT references customers.id INT (key {@code live}) and is mapped to accounts.id too. */
    private static SchemaModel twoParents(DatabaseKind kind, ColumnType customerId, ColumnType accountId,
                                          List<ForeignKey> live) {
        DatabaseInfo info = new DatabaseInfo(kind, "test", List.of("public"));
        Table orders = new Table(ORDERS, List.of(new Column("id", BIGINT, false),
                new Column("customer_id", INT, false)), List.of("id"), List.of(), Optional.empty());
        Table customers = new Table(CUSTOMERS, List.of(new Column("id", customerId, false)), List.of("id"),
                List.of(), Optional.empty());
        Table accounts = new Table(ACCOUNTS, List.of(new Column("id", accountId, false)), List.of("id"),
                List.of(), Optional.empty());
        return new SchemaModel(info, List.of(orders, customers, accounts), live);
    }

    /** Every key the plan adds joins, once the plan has run, types the engine accepts a key between. */
    private static void assertEveryAddedKeyJoinsLikeTypes(SchemaModel schema, PlannedRemedies planned) {
        for (Remedy remedy : planned.remedies()) {
            if (!(remedy instanceof Remedy.AddForeignKey add)) {
                continue;
            }
            ForeignKey key = add.key();
            for (int i = 0; i < key.columns().size(); i++) {
                ColumnType column = typeAfter(schema, planned, key.table(), key.columns().get(i));
                ColumnType referenced = typeAfter(schema, planned, key.targetTable(), key.targetColumns().get(i));
                assertTrue(KeyColumnTypes.alike(column, referenced), () -> key.name().orElseThrow() + " joins "
                        + column.describe() + " to " + referenced.describe() + ": " + planned.remedies());
            }
        }
    }

    private static ColumnType typeAfter(SchemaModel schema, PlannedRemedies planned, TableRef table, String column) {
        return planned.remedies().stream().filter(r -> r instanceof Remedy.ChangeColumnType change
                        && change.table().equals(table) && change.column().equals(column))
                .map(r -> ((Remedy.ChangeColumnType) r).type()).findFirst()
                .orElseGet(() -> schema.table(table).orElseThrow().column(column).orElseThrow().type());
    }

    @Test
    void onMySqlAColumnChangeThatWouldLeaveAnotherKeyBetweenUnlikeTypesIsLeftOutWithWhatNeedsIt() {
        // customer_id INT sits in fk_orders_customer (→ customers.id INT) and is mapped to accounts.id BIGINT too:
        // widened for the account key, it would be added back to customers between BIGINT and INT.
        ForeignKey customerKey = key(NO_ACTION, NO_ACTION);
        Remedy addAccountKey = new Remedy.AddForeignKey(accountKey(), "fk_orders_account");
        Remedy widen = new Remedy.ChangeColumnType(ORDERS, "customer_id", BIGINT, false, Optional.of(INT));
        for (DatabaseKind kind : List.of(DatabaseKind.MYSQL, DatabaseKind.MARIADB)) {
            SchemaModel schema = twoParents(kind, INT, BIGINT, List.of(customerKey));
            PlannedRemedies planned = plan(schema, addAccountKey, widen);

            assertEveryAddedKeyJoinsLikeTypes(schema, planned);
            assertEquals(List.of(), planned.remedies(), kind::toString);
            assertEquals(List.of(widen, addAccountKey),
                    planned.leftOut().stream().map(PlannedRemedies.LeftOut::remedy).toList());
            PlannedRemedies.LeftOut change = planned.leftOut().get(0);
            assertEquals(PlannedRemedies.Reason.ENGINE_REFUSES, change.reason());
            assertEquals(kind.displayName() + " would refuse fk_orders_customer after this change: added back, it"
                    + " would join orders.customer_id BIGINT to customers.id INT, and " + kind.displayName()
                    + " accepts no foreign key between unlike types. Give both columns of fk_orders_customer one type"
                    + " first (or drop that key), then make this change.", change.prerequisite());
            assertTrue(planned.leftOut().get(1).prerequisite().endsWith("It needs the change of"
                    + " orders.customer_id to BIGINT, left out for its own reason."), planned.leftOut().get(1)::toString);
            assertEquals(Optional.of(new RemedyFate.LeftOut(change)), planned.fate(widen));
            assertEquals(Optional.of(new RemedyFate.LeftOut(planned.leftOut().get(1))), planned.fate(addAccountKey));
        }
        // Elsewhere a key between unlike types is taken: both run.
        SchemaModel h2 = twoParents(DatabaseKind.H2, INT, BIGINT, List.of(customerKey));
        assertEquals(List.of(), plan(h2, addAccountKey, widen).leftOut());
        // With both parents of one type the widened column is added back to each: nothing is left out.
        SchemaModel alike = twoParents(DatabaseKind.MYSQL, BIGINT, BIGINT, List.of(customerKey));
        PlannedRemedies both = plan(alike, addAccountKey, widen);
        assertEquals(List.of(), both.leftOut());
        assertEveryAddedKeyJoinsLikeTypes(alike, both);
    }

    @Test
    void onMySqlAReferencedColumnsNewTypeThatAReferencingColumnCannotFollowIsLeftOut() {
        // customers.id INT → BIGINT; orders.customer_id would follow it, but it references accounts.id INT as well.
        ForeignKey customerKey = key(NO_ACTION, NO_ACTION);
        Remedy widenCustomers = new Remedy.ChangeColumnType(CUSTOMERS, "id", BIGINT, false, Optional.of(INT));
        for (DatabaseKind kind : List.of(DatabaseKind.MYSQL, DatabaseKind.MARIADB)) {
            SchemaModel schema = twoParents(kind, INT, INT, List.of(customerKey, accountKey()));
            PlannedRemedies planned = plan(schema, widenCustomers);

            assertEveryAddedKeyJoinsLikeTypes(schema, planned);
            assertEquals(List.of(), planned.remedies(), kind::toString);
            Remedy follows = new Remedy.ChangeColumnType(ORDERS, "customer_id", BIGINT, false, Optional.of(INT));
            assertEquals(List.of(follows, widenCustomers),
                    planned.leftOut().stream().map(PlannedRemedies.LeftOut::remedy).toList());
            assertTrue(planned.leftOut().get(0).prerequisite().startsWith(kind.displayName() + " would refuse"
                    + " fk_orders_account after this change: added back, it would join orders.customer_id BIGINT to"
                    + " accounts.id INT"), planned.leftOut().get(0)::toString);
            assertTrue(planned.leftOut().get(1).prerequisite().startsWith(kind.displayName() + " would refuse"
                    + " fk_orders_customer after this change: added back, it would join orders.customer_id INT to"
                    + " customers.id BIGINT"), planned.leftOut().get(1)::toString);
            assertEquals(Optional.of(new RemedyFate.LeftOut(planned.leftOut().get(1))), planned.fate(widenCustomers));
        }
    }

    @Test
    void onMySqlANarrowingThatAReferencedChangeMadeUnnecessaryIsLeftOutAsNotNeededWhenThatChangeGoes() {
        // parents.id INT → BIGINT (for its key to roots.id BIGINT) would make the asked narrowing of wide.parent_id
        // (BIGINT → INT) unnecessary; but tied.parent_id cannot follow it (its other key references others.id INT), so
        // the parents change goes, and the narrowing is a narrowing again.
        TableRef roots = TableRef.of("roots");
        TableRef parents = TableRef.of("parents");
        TableRef others = TableRef.of("others");
        TableRef wide = TableRef.of("wide");
        TableRef tied = TableRef.of("tied");
        ForeignKey parentToRoot = new ForeignKey(Optional.of("fk_parents_root"), parents, List.of("id"), roots,
                List.of("id"), NO_ACTION, NO_ACTION, false, true, true);
        ForeignKey wideToParent = new ForeignKey(Optional.of("fk_wide_parent"), wide, List.of("parent_id"), parents,
                List.of("id"), NO_ACTION, NO_ACTION, false, true, true);
        ForeignKey tiedToParent = new ForeignKey(Optional.of("fk_tied_parent"), tied, List.of("parent_id"), parents,
                List.of("id"), NO_ACTION, NO_ACTION, false, true, true);
        ForeignKey tiedToOther = new ForeignKey(Optional.of("fk_tied_other"), tied, List.of("parent_id"), others,
                List.of("id"), NO_ACTION, NO_ACTION, false, true, true);
        for (DatabaseKind kind : List.of(DatabaseKind.MYSQL, DatabaseKind.MARIADB)) {
            SchemaModel schema = new SchemaModel(new DatabaseInfo(kind, "test", List.of("public")), List.of(
                    new Table(roots, List.of(new Column("id", BIGINT, false)), List.of("id"), List.of(), Optional.empty()),
                    new Table(parents, List.of(new Column("id", INT, false)), List.of("id"), List.of(), Optional.empty()),
                    new Table(others, List.of(new Column("id", INT, false)), List.of("id"), List.of(), Optional.empty()),
                    new Table(wide, List.of(new Column("id", BIGINT, false), new Column("parent_id", BIGINT, true)),
                            List.of("id"), List.of(), Optional.empty()),
                    new Table(tied, List.of(new Column("id", BIGINT, false), new Column("parent_id", INT, true)),
                            List.of("id"), List.of(), Optional.empty())),
                    List.of(tiedToParent, tiedToOther));
            Remedy addRootKey = new Remedy.AddForeignKey(parentToRoot, "fk_parents_root");
            Remedy widenParent = new Remedy.ChangeColumnType(parents, "id", BIGINT, false, Optional.of(INT));
            Remedy addWideKey = new Remedy.AddForeignKey(wideToParent, "fk_wide_parent");
            Remedy narrowWide = new Remedy.ChangeColumnType(wide, "parent_id", INT, true, Optional.of(BIGINT));
            PlannedRemedies planned = plan(schema, addRootKey, widenParent, addWideKey, narrowWide);

            assertEveryAddedKeyJoinsLikeTypes(schema, planned);
            assertEquals(List.of(), planned.remedies(), kind::toString);
            RemedyFate narrowed = planned.fate(narrowWide).orElseThrow();
            assertTrue(narrowed instanceof RemedyFate.LeftOut left
                    && left.leftOut().reason() == PlannedRemedies.Reason.NARROWS_COLUMN, narrowed::toString);
            for (Remedy asked : List.of(addRootKey, widenParent, addWideKey, narrowWide)) {
                assertTrue(planned.fate(asked).orElseThrow() instanceof RemedyFate.LeftOut left
                        && !left.leftOut().prerequisite().contains("no statement for it"), planned.fate(asked)::toString);
            }
            PlannedRemedies.LeftOut wideKey = planned.leftOut().stream().filter(l -> l.remedy().equals(addWideKey))
                    .findFirst().orElseThrow();
            assertTrue(wideKey.prerequisite().contains("Narrowing parent_id to INT first"), wideKey::toString);
        }
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
