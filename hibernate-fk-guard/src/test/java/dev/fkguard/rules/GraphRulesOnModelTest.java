package dev.fkguard.rules;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.data.DataCheckSettings;
import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.OrphanCount;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** circular-foreign-keys, cascade-delete-fan-out and orphaned-rows on hand-built models. */
class GraphRulesOnModelTest {

    /** A schema under construction: tables with an id and reference columns, and the keys between them. */
    private static final class Schema {
        private final Map<String, List<Column>> columns = new LinkedHashMap<>();
        private final List<ForeignKey> keys = new ArrayList<>();
        private final List<ExpectedForeignKey> expected = new ArrayList<>();
        private boolean mapDatabaseKeys = true;

        /** Leaves the database keys unexplained by the mapping, which costs the matcher nothing. */
        Schema withoutMappedKeys() {
            mapDatabaseKeys = false;
            return this;
        }

        Schema table(String name) {
            columns.computeIfAbsent(name, n -> new ArrayList<>(List.of(new Column("id", ColumnType.of("BIGINT"), false))));
            return this;
        }

        /** A database key {@code from.column → to.id}. */
        Schema key(String from, String column, String to, boolean nullable, ReferentialAction onDelete,
                   boolean deferrable) {
            table(from).table(to);
            columns.get(from).add(new Column(column, ColumnType.of("BIGINT"), nullable));
            keys.add(new ForeignKey(Optional.of("fk_" + from + "_" + column), TableRef.of(from), List.of(column),
                    TableRef.of(to), List.of("id"), onDelete, ReferentialAction.NO_ACTION, deferrable, true, true));
            return this;
        }

        Schema key(String from, String column, String to, boolean nullable) {
            return key(from, column, to, nullable, ReferentialAction.NO_ACTION, false);
        }

        Schema cascade(String parent, String child) {
            return key(child, parent + "_id", parent, false, ReferentialAction.CASCADE, false);
        }

        /** A relation only the mapping declares; its column exists in the database unless {@code columnExists}. */
        Schema mapped(String from, String column, String to, boolean mappedNullable, boolean columnExists,
                      Optional<ReferentialAction> onDelete) {
            table(from).table(to);
            if (columnExists) {
                columns.get(from).add(new Column(column, ColumnType.of("BIGINT"), mappedNullable));
            }
            expected.add(expected(from, column, to, mappedNullable, onDelete, true));
            return this;
        }

        MappingModel mapping() {
            Set<TableRef> tables = columns.keySet().stream().map(TableRef::of).collect(Collectors.toSet());
            List<ExpectedForeignKey> all = new ArrayList<>(expected);
            // Every database key is also mapped, so only the rules under test have something to say.
            keys.stream().filter(k -> mapDatabaseKeys).forEach(k -> all.add(new ExpectedForeignKey(new ForeignKey(Optional.empty(), k.table(), k.columns(),
                    k.targetTable(), k.targetColumns(), k.onDelete(), ReferentialAction.NO_ACTION, false, true, true),
                    intent(k.table().name(), k.columns().get(0), true, Optional.of(k.onDelete()), true))));
            return new MappingModel(tables, all);
        }

        SchemaModel database() {
            List<Table> tables = columns.entrySet().stream()
                    .map(e -> new Table(TableRef.of(e.getKey()), e.getValue(), List.of("id"), List.of(), Optional.empty()))
                    .toList();
            return new SchemaModel(new DatabaseInfo(DatabaseKind.POSTGRESQL, "17", List.of()), tables, keys);
        }

        List<Finding> run(Rule rule) {
            return rule.check(new RuleContext(mapping(), database()));
        }
    }

    private static ExpectedForeignKey expected(String from, String column, String to, boolean nullable,
                                               Optional<ReferentialAction> onDelete, boolean constraintWanted) {
        ForeignKey key = new ForeignKey(Optional.empty(), TableRef.of(from), List.of(column), TableRef.of(to),
                List.of("id"), onDelete.orElse(ReferentialAction.NO_ACTION), ReferentialAction.NO_ACTION, false, true,
                true);
        return new ExpectedForeignKey(key, intent(from, column, nullable, onDelete, constraintWanted));
    }

    private static MappingIntent intent(String entity, String attribute, boolean nullable,
                                        Optional<ReferentialAction> onDelete, boolean constraintWanted) {
        return new MappingIntent("com.example." + entity, Optional.of(attribute), AssociationKind.MANY_TO_ONE, onDelete,
                false, false, nullable, Optional.empty(), constraintWanted);
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.format()).toList();
    }

    // --- circular-foreign-keys

    @Test
    void twoTableCycleOfRequiredKeysIsAnErrorReportedOnceAtTheFirstTable() {
        List<Finding> findings = new Schema()
                .key("wallets", "owner_id", "users", false)
                .key("users", "main_wallet_id", "wallets", false)
                .run(new CircularForeignKeysRule());
        assertEquals(1, findings.size(), lines(findings)::toString);
        Finding finding = findings.get(0);
        assertEquals("ERROR [circular-foreign-keys] users.main_wallet_id → wallets.id: these foreign keys form a cycle"
                + " in which every column is NOT NULL and no key is deferrable: users.main_wallet_id → wallets.id,"
                + " wallets.owner_id → users.id; no row can ever be inserted, each table needs a row of the other"
                + " first.", lines(findings).get(0).substring(0, lines(findings).get(0).indexOf(" Fix:")));
        assertTrue(finding.fix().startsWith("make one key nullable (allow NULL in users.main_wallet_id)"), finding.fix());
        assertEquals(1, finding.remedies().size());
    }

    @Test
    void cycleWithANullableKeyIsAWarningNamingTheColumnThatBreaksIt() {
        List<Finding> findings = new Schema()
                .key("wallets", "owner_id", "users", false)
                .key("users", "main_wallet_id", "wallets", true)
                .run(new CircularForeignKeysRule());
        assertEquals(List.of("WARNING"), findings.stream().map(f -> f.severity().name()).toList());
        assertTrue(findings.get(0).message().contains("(nullable: users.main_wallet_id)"), findings.get(0).message());
    }

    @Test
    void aDeferrableKeyMakesTheCycleAWarning() {
        List<Finding> findings = new Schema()
                .key("wallets", "owner_id", "users", false, ReferentialAction.NO_ACTION, true)
                .key("users", "main_wallet_id", "wallets", false)
                .run(new CircularForeignKeysRule());
        assertEquals(List.of("WARNING"), findings.stream().map(f -> f.severity().name()).toList());
        assertTrue(findings.get(0).message().contains("deferrable: fk_wallets_owner_id"), findings.get(0).message());
    }

    @Test
    void nullableSelfReferenceIsAHierarchyNotAProblem() {
        assertEquals(List.of(), new Schema().key("categories", "parent_id", "categories", true)
                .run(new CircularForeignKeysRule()));
    }

    /** A row can reference itself, so a NOT NULL self-reference admits a first row: a warning, never an error. */
    @Test
    void requiredSelfReferenceIsAWarningThatSaysHowTheFirstRowGoesIn() {
        List<Finding> findings = new Schema().key("accounts", "created_by", "accounts", false)
                .run(new CircularForeignKeysRule());
        assertEquals(1, findings.size());
        assertEquals("WARNING", findings.get(0).severity().name());
        assertTrue(findings.get(0).message().startsWith("accounts.created_by → accounts.id is NOT NULL and not"
                + " deferrable"), findings.get(0).message());
        assertTrue(findings.get(0).message().contains("the first row goes in referencing itself (created_by set to"
                + " the row's own id in the same INSERT)"), findings.get(0).message());
    }

    @Test
    void aRequiredSelfReferenceBesideAHardCycleLeavesTheCycleAnError() {
        List<Finding> findings = new Schema()
                .key("a", "a_id", "a", false)
                .key("a", "b_id", "b", false)
                .key("b", "a_id", "a", false)
                .run(new CircularForeignKeysRule());
        assertEquals(1, findings.size(), lines(findings)::toString);
        assertEquals("ERROR", findings.get(0).severity().name());
        assertTrue(findings.get(0).message().contains("a.b_id → b.id, b.a_id → a.id;"), findings.get(0).message());
    }

    @Test
    void aGroupOfCyclesIsOneFindingAndAHardCycleInsideItMakesItAnError() {
        // a ⇄ b is hard; b → c → a closes a second cycle through a nullable key.
        List<Finding> findings = new Schema()
                .key("a", "b_id", "b", false)
                .key("b", "a_id", "a", false)
                .key("b", "c_id", "c", false)
                .key("c", "a_id", "a", true)
                .key("d", "a_id", "a", false)
                .run(new CircularForeignKeysRule());
        assertEquals(1, findings.size(), lines(findings)::toString);
        assertEquals("ERROR", findings.get(0).severity().name());
        assertTrue(findings.get(0).message().contains("a.b_id → b.id, b.a_id → a.id;"), findings.get(0).message());
        assertTrue(findings.get(0).message().contains("same group of cycles: c."), findings.get(0).message());
    }

    @Test
    void aKeyTheDatabaseLacksStillClosesTheCycle() {
        List<Finding> findings = new Schema()
                .key("wallets", "owner_id", "users", false)
                .mapped("users", "main_wallet_id", "wallets", false, true, Optional.empty())
                .run(new CircularForeignKeysRule());
        assertEquals(List.of("ERROR"), findings.stream().map(f -> f.severity().name()).toList());
    }

    @Test
    void aChainIsNotACycle() {
        assertEquals(List.of(), new Schema().key("a", "b_id", "b", false).key("b", "c_id", "c", false)
                .run(new CircularForeignKeysRule()));
    }

    @Test
    void fiveThousandTablesInOneCycleNeitherOverflowNorCrawl() {
        Schema schema = new Schema().withoutMappedKeys();
        int size = 5_000;
        for (int i = 0; i < size; i++) {
            schema.key(String.format("t%05d", i), "next_id", String.format("t%05d", (i + 1) % size), i != 17);
        }
        List<Finding> findings = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> schema.run(new CircularForeignKeysRule()));
        assertEquals(1, findings.size());
        assertEquals("WARNING", findings.get(0).severity().name());
        assertEquals("t00000", findings.get(0).location().table().name());
    }

    // --- cascade-delete-fan-out

    @Test
    void singleLevelCascadeIsQuiet() {
        assertEquals(List.of(), new Schema().cascade("orders", "order_items").cascade("orders", "payments")
                .run(new CascadeDeleteFanOutRule()));
    }

    @Test
    void twoLevelChainWithinTheThresholdsIsInfoAtTheRoot() {
        List<Finding> findings = new Schema().cascade("customers", "orders").cascade("orders", "order_items")
                .run(new CascadeDeleteFanOutRule());
        assertEquals(List.of("INFO [cascade-delete-fan-out] customers: deleting one customers row cascades 2 levels"
                        + " deep into 2 tables: customers → orders → order_items (within max-depth 3 and max-width 5)."
                        + " Listed so the reach of a delete is known before it grows."),
                lines(findings).stream().map(l -> l.substring(0, l.indexOf(" Fix:"))).toList());
    }

    @Test
    void deepChainIsAWarningPrintedOnceFromItsRoot() {
        List<Finding> findings = new Schema().cascade("customers", "orders").cascade("orders", "order_items")
                .cascade("order_items", "item_notes").cascade("item_notes", "note_files").cascade("customers", "carts")
                .run(new CascadeDeleteFanOutRule());
        assertEquals(1, findings.size(), lines(findings)::toString);
        assertEquals("WARNING", findings.get(0).severity().name());
        assertTrue(findings.get(0).message().startsWith("deleting one customers row cascades 4 levels deep into 5"
                + " tables: customers → orders → order_items → item_notes → note_files; it also deletes from carts"
                + " (beyond max-depth 3)."), findings.get(0).message());
    }

    @Test
    void wideFanOutIsAWarningAndThresholdsComeFromTheSettings() {
        Schema schema = new Schema();
        for (String child : List.of("a", "b", "c", "d", "e", "f")) {
            schema.cascade("root", child);
        }
        assertEquals("WARNING", schema.run(new CascadeDeleteFanOutRule()).get(0).severity().name());
        assertTrue(schema.run(new CascadeDeleteFanOutRule()).get(0).message().contains("(beyond max-width 5)"));
        assertEquals(List.of(), schema.run(new CascadeDeleteFanOutRule(new CascadeFanOutLimits(3, 6))));
    }

    @Test
    void mappingCascadesCountWhereTheDatabaseHasNoKey() {
        List<Finding> findings = new Schema().cascade("customers", "orders")
                .mapped("order_items", "orders_id", "orders", false, true, Optional.of(ReferentialAction.CASCADE))
                .run(new CascadeDeleteFanOutRule());
        assertEquals(List.of("INFO"), findings.stream().map(f -> f.severity().name()).toList());
    }

    @Test
    void aCascadeCycleHasNoRootAndIsStillReportedOnce() {
        List<Finding> findings = new Schema().cascade("a", "b").cascade("b", "c").cascade("c", "a")
                .run(new CascadeDeleteFanOutRule());
        assertEquals(1, findings.size(), lines(findings)::toString);
        assertEquals("a", findings.get(0).location().table().name());
    }

    // --- orphaned-rows

    @Test
    void orphansAreAnErrorWithTheSampleQueryAndTimeoutsAreInfo() {
        Schema schema = new Schema().mapped("events", "user_id", "users", true, true, Optional.empty());
        ExpectedForeignKey relation = schema.expected.get(0);
        List<OrphanCount> counts = List.of(OrphanCount.counted(relation, 3, "SELECT c.* FROM events c LIMIT 100"));
        List<Finding> findings = new OrphanedRowsRule().check(new RuleContext(schema.mapping(), schema.database(), counts));
        assertEquals(1, findings.size());
        assertEquals("ERROR [orphaned-rows] events.user_id → users.id: 3 rows of events reference a users row that"
                + " does not exist; the database has no constraint, and these rows block adding it; loading"
                + " events.user_id fails for these rows. Fix: look at them with SELECT c.* FROM events c LIMIT 100;"
                + " then restore the missing parent rows, set the reference to NULL, or delete the orphans.",
                lines(findings).get(0));

        List<Finding> none = new OrphanedRowsRule().check(new RuleContext(schema.mapping(), schema.database(),
                List.of(OrphanCount.counted(relation, 0, "q"))));
        assertEquals(List.of(), none);

        List<Finding> timedOut = new OrphanedRowsRule().check(new RuleContext(schema.mapping(), schema.database(),
                List.of(OrphanCount.notCounted(relation, "timed out after 10 s", "q"))));
        assertEquals(List.of("INFO [orphaned-rows] events.user_id → users.id: not checked: timed out after 10 s."
                + " Fix: run the query yourself when the database is quiet: q; or raise"
                + " hibernate.fkguard.data-checks.timeout-seconds."), lines(timedOut));
    }

    /** Number and article by the real word: one row, an animal. */
    @Test
    void oneOrphanOfAnAnimalReadsAsWritten() {
        Schema schema = new Schema().mapped("pets", "animal_id", "animal", true, true, Optional.empty());
        List<Finding> findings = new OrphanedRowsRule().check(new RuleContext(schema.mapping(), schema.database(),
                List.of(OrphanCount.counted(schema.expected.get(0), 1, "q"))));
        assertTrue(lines(findings).get(0).contains(": 1 row of pets references an animal row that does not exist;"),
                lines(findings).get(0));
    }

    @Test
    void orphanedRowsIsQuietWithoutDataChecks() {
        // The same orphans, handed to the guard with data checks off and on: only the opt-in lets the rule speak.
        Schema schema = new Schema().mapped("events", "user_id", "users", true, true, Optional.empty());
        List<OrphanCount> counts = List.of(OrphanCount.counted(schema.expected.get(0), 3, "q"));
        List<Rule> rules = List.of(new OrphanedRowsRule());
        FkGuardSettings off = FkGuardSettings.defaults();
        FkGuardSettings on = off.withDataChecks(new DataCheckSettings(true, 10));

        Report without = new FkGuard(off, rules).check(schema.mapping(), schema.database(), counts);
        Report with = new FkGuard(on, rules).check(schema.mapping(), schema.database(), counts);

        assertEquals(List.of(), lines(without.findings()));
        assertEquals(List.of("ERROR [orphaned-rows]"), with.findings().stream()
                .map(f -> f.severity() + " [" + f.rule().value() + "]").toList(), lines(with.findings())::toString);
    }
}
