package dev.fkguard.migration;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner on the real engines: each case plants a schema whose findings used to give a migration the engine
 * refuses, one that needed a second round, or one with a redundant statement; the plan must run statement by statement
 * and leave no finding a schema change can fix.
 */
class MigrationPlanOnDatabasesTest {

    private static final String ROLES = "CREATE TABLE plan_roles (id BIGINT NOT NULL PRIMARY KEY)";
    private static final String USERS = "CREATE TABLE plan_users (id BIGINT NOT NULL PRIMARY KEY)";
    private static final String ROLE_INDEX = "CREATE INDEX ix_user_roles_role ON user_roles (role_id)";
    private static final String CUSTOMERS = "CREATE TABLE plan_customers (id BIGINT NOT NULL PRIMARY KEY)";
    private static final String ORDER_INDEX = "CREATE INDEX ix_plan_orders_customer ON plan_orders (customer_id)";

    /** Every finding in the migration, warnings included. */
    private static final FkGuardSettings SCOPE_ALL = FkGuardSettings.fromProperties(
            java.util.Map.of(FkGuardSettings.MIGRATION_SCOPE, "all"), BuiltInRules.all());

    private static boolean mySqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }

    private static String userRoles(String userKeyOnDelete) {
        return "CREATE TABLE user_roles (user_id BIGINT NOT NULL, role_id BIGINT NOT NULL,"
                + " PRIMARY KEY (user_id, role_id),"
                + " CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES plan_users (id)"
                + " ON DELETE " + userKeyOnDelete + ","
                + " CONSTRAINT fk_user_roles_role FOREIGN KEY (role_id) REFERENCES plan_roles (id))";
    }

    private static String orders(String customerNullability, String customerKey) {
        return "CREATE TABLE plan_orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT " + customerNullability
                + ", legacy_account_id BIGINT, stale_ref_id BIGINT"
                + (customerKey.isEmpty() ? "" : ", CONSTRAINT fk_plan_orders_customer FOREIGN KEY (customer_id)"
                + " REFERENCES plan_customers (id)" + customerKey) + ")";
    }

    // --- 1: no DROP NOT NULL a replacement makes unnecessary, none ever on a primary-key column

    @AllDatabases
    void joinTableKeyReCreatedWithoutSetNullLeavesItsPrimaryKeyColumnAlone(TestDatabase db) throws SQLException {
        if (mySqlFamily(db)) {
            // MySQL and MariaDB refuse SET NULL on a NOT NULL column when the key is created: no such schema exists.
            assertThrows(AssertionError.class, () -> db.execute(USERS, ROLES, userRoles("SET NULL")));
            return;
        }
        db.execute(USERS, ROLES, userRoles("SET NULL"), ROLE_INDEX);
        Report before = GuardRun.check(db, PlanEntities.User.class, PlanEntities.Role.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR set-null-on-required-column"), GuardRun.lines(before)::toString);
        List<String> statements = runPlan(db, before);
        assertTrue(statements.stream().noneMatch(s -> s.contains("DROP NOT NULL")), statements::toString);
        assertFixed(db, before, GuardRun.check(db, PlanEntities.User.class, PlanEntities.Role.class));
    }

    @AllDatabases
    void planNeverAllowsNullInAPrimaryKeyColumn(TestDatabase db) throws SQLException {
        db.execute(USERS, ROLES, userRoles("NO ACTION"), ROLE_INDEX);
        SchemaModel schema = read(db);
        ForeignKey userKey = userKey(schema);
        TableRef userRoles = userKey.table();
        var type = schema.table(userRoles).orElseThrow().column("user_id").orElseThrow().type();
        ForeignKey cascading = new ForeignKey(userKey.name(), userKey.table(), userKey.columns(),
                userKey.targetTable(), userKey.targetColumns(), dev.fkguard.model.ReferentialAction.CASCADE,
                userKey.onUpdate(), false, true, true);
        // What set-null-on-required-column asked before it knew primary keys, beside the replacement of its key,
        // and a DROP NOT NULL asked for the column's own sake.
        MigrationPlan superseded = MigrationPlan.of(schema.database(), schema, List.of(
                new Remedy.DropNotNull(userRoles, "user_id", type, dev.fkguard.model.ColumnAttributes.NONE,
                        java.util.Optional.of(userKey)),
                new Remedy.ReplaceForeignKey(userKey, cascading)));
        MigrationPlan refused = MigrationPlan.of(schema.database(), schema, List.of(
                new Remedy.DropNotNull(userRoles, "role_id", type)));

        assertEquals(List.of(), superseded.leftOut());
        assertTrue(superseded.statements().stream().noneMatch(s -> s.sql().contains("NULL")),
                superseded.statements()::toString);
        run(db, superseded);
        assertEquals(List.of(), refused.steps());
        assertEquals(1, refused.leftOut().size());
        assertTrue(refused.leftOut().get(0).prerequisite().startsWith("role_id is part of the primary key of"),
                refused.leftOut().get(0).prerequisite());
        // The engine agrees: it refuses the statement left out, or (MariaDB) runs it and keeps the column NOT NULL.
        String leftOut = withoutSemicolon(refused.leftOut().get(0).sql());
        if (db.engine() == Engine.MARIADB) {
            db.execute(leftOut);
            assertTrue(!read(db).table(userRoles).orElseThrow().column("role_id").orElseThrow().nullable());
        } else {
            assertThrows(AssertionError.class, () -> db.execute(leftOut));
        }
        assertEquals(dev.fkguard.model.ReferentialAction.CASCADE, userKey(read(db)).onDelete());
    }

    /**
     * SET NULL over a NOT NULL column the mapping requires: the plan re-creates the key with the rule the mapping wants
     * (none declared: the engine's default), keeps ON UPDATE as the database has it, and leaves the column NOT NULL.
     * MySQL and MariaDB refuse such a key (even with foreign_key_checks = 0): there the schema cannot exist.
     */
    @AllDatabases
    void requiredColumnKeepsNotNullWhenItsSetNullKeyIsReplaced(TestDatabase db) throws SQLException {
        String orders = orders("NOT NULL", " ON DELETE SET NULL ON UPDATE CASCADE");
        if (mySqlFamily(db)) {
            assertThrows(AssertionError.class, () -> db.execute(CUSTOMERS, "SET foreign_key_checks = 0", orders));
            db.execute("SET foreign_key_checks = 1");
            return;
        }
        db.execute(CUSTOMERS, orders, ORDER_INDEX);
        Report before = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR set-null-on-required-column"), GuardRun.lines(before)::toString);
        Finding setNull = GuardRun.of(before, "set-null-on-required-column").get(0);
        assertTrue(setNull.remedies().stream().allMatch(r -> r instanceof Remedy.ReplaceForeignKey),
                setNull.remedies()::toString);
        List<String> statements = runPlan(db, before);
        assertTrue(statements.stream().noneMatch(s -> s.contains("DROP NOT NULL")), statements::toString);
        assertFixed(db, before, GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class));
        SchemaModel after = read(db);
        ForeignKey key = customerKey(after);
        assertEquals(List.of(dev.fkguard.model.ReferentialAction.NO_ACTION,
                dev.fkguard.model.ReferentialAction.CASCADE), List.of(key.onDelete(), key.onUpdate()));
        assertTrue(!after.table(key.table()).orElseThrow().column("customer_id").orElseThrow().nullable(),
                "the column keeps its NOT NULL");
    }

    /**
     * SET NULL over a NOT NULL column under an optional association with no {@code @OnDelete}: optional is JPA's
     * default, no wish for NULLs, so the column keeps its NOT NULL (in every scope) and the key gets the engine's
     * default rule. The deletes that fail today keep failing, with the key's own error instead of a NOT NULL one.
     */
    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void optionalAssociationLeavesANotNullColumnUnderASetNullKeyAlone(TestDatabase db) throws SQLException {
        db.execute(CUSTOMERS, orders("NOT NULL", " ON DELETE SET NULL"), ORDER_INDEX);
        Report before = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.OptionalOrder.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR set-null-on-required-column"),
                GuardRun.lines(before)::toString);
        Report all = GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class, PlanEntities.OptionalOrder.class);
        List<String> everything = PlannedFixes.of(all).plan().statements().stream().map(s -> lower(s.sql())).toList();
        assertTrue(everything.stream().noneMatch(s -> s.contains("drop not null")), everything::toString);

        List<String> statements = runPlan(db, before);
        assertTrue(statements.stream().noneMatch(s -> lower(s).contains("drop not null")), statements::toString);
        assertFixed(db, before, GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.OptionalOrder.class));
        SchemaModel after = read(db);
        ForeignKey key = customerKey(after);
        assertEquals(dev.fkguard.model.ReferentialAction.NO_ACTION, key.onDelete());
        assertTrue(!after.table(key.table()).orElseThrow().column("customer_id").orElseThrow().nullable(),
                "the column keeps its NOT NULL");
    }

    /**
     * SET NULL over a NOT NULL column no mapped association explains: the rule goes back to the engine's default (the
     * same deletes fail as before), the column keeps its NOT NULL; where the stale key's drop is in the migration,
     * only the drop runs.
     */
    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void unmappedSetNullKeyOverANotNullColumnGetsTheDefaultRule(TestDatabase db) throws SQLException {
        String orders = "CREATE TABLE plan_orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL,"
                + " legacy_account_id BIGINT, stale_ref_id BIGINT NOT NULL,"
                + " CONSTRAINT fk_plan_orders_customer FOREIGN KEY (customer_id) REFERENCES plan_customers (id),"
                + " CONSTRAINT fk_plan_orders_stale FOREIGN KEY (stale_ref_id) REFERENCES plan_customers (id)"
                + " ON DELETE SET NULL)";
        db.execute(CUSTOMERS, orders, ORDER_INDEX, "CREATE INDEX ix_plan_orders_stale ON plan_orders (stale_ref_id)");
        Report failing = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        ReportsShowOnlyPlannedStatements.check(failing);
        assertEquals(List.of("ERROR set-null-on-required-column", "WARNING unexpected-foreign-key"),
                GuardRun.ruleIds(failing).stream().sorted().toList(), GuardRun.lines(failing)::toString);
        Report all = GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class, PlanEntities.Order.class);
        List<String> dropOnly = PlannedFixes.of(all).plan().statements().stream().map(s -> lower(s.sql())).toList();
        assertEquals(1, dropOnly.size(), dropOnly::toString);
        assertTrue(dropOnly.get(0).contains("drop constraint fk_plan_orders_stale"), dropOnly::toString);

        List<String> statements = runPlan(db, failing);
        assertTrue(statements.stream().noneMatch(s -> s.contains("DROP NOT NULL")), statements::toString);
        Report after = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        assertEquals(List.of("WARNING unexpected-foreign-key"), GuardRun.ruleIds(after), GuardRun.lines(after)::toString);
        SchemaModel schema = read(db);
        ForeignKey stale = schema.foreignKeys().stream()
                .filter(k -> k.name().orElseThrow().equalsIgnoreCase("fk_plan_orders_stale")).findFirst().orElseThrow();
        assertEquals(dev.fkguard.model.ReferentialAction.NO_ACTION, stale.onDelete());
        assertTrue(!schema.table(stale.table()).orElseThrow().column("stale_ref_id").orElseThrow().nullable());
    }

    @AllDatabases
    void columnMadeNotNullUnderASetNullKeyThePlanReplaces(TestDatabase db) throws SQLException {
        // MySQL and MariaDB refuse NOT NULL under a SET NULL rule: the plan must take the key away first. The mapping
        // declares CASCADE, so replacing the key's rule is the mapping's wish, not a weakening of the database.
        db.execute(CUSTOMERS, orders("NULL", " ON DELETE SET NULL"), ORDER_INDEX);
        Report before = GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class, PlanEntities.CascadeOrder.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("WARNING nullability-mismatch"), GuardRun.lines(before)::toString);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR delete-rule-mismatch"), GuardRun.lines(before)::toString);
        runPlan(db, before);
        assertFixed(db, before, GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class,
                PlanEntities.CascadeOrder.class));
    }

    @AllDatabases
    void columnWidenedUnderItsKeyInOneRound(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE plan_countries (code VARCHAR(40) NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_addresses (id BIGINT NOT NULL PRIMARY KEY, country_code VARCHAR(20),"
                        + " CONSTRAINT fk_plan_addresses_country FOREIGN KEY (country_code)"
                        + " REFERENCES plan_countries (code))",
                "CREATE INDEX ix_plan_addresses_country ON plan_addresses (country_code)");
        Report before = GuardRun.check(db, PlanEntities.Country.class, PlanEntities.Address.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR column-type-mismatch"), GuardRun.lines(before)::toString);
        runPlan(db, before);
        assertFixed(db, before, GuardRun.check(db, PlanEntities.Country.class, PlanEntities.Address.class));
    }

    /**
     * A column that references one key and is referenced by another gets a new type: the column referencing it gets
     * the same type in the same plan, and on MySQL and MariaDB the key to it is dropped before and added back after
     * (MariaDB refuses any type change of a referenced column, 1833; MySQL one that leaves the sides unlike, 3780).
     * The profile's own key cannot exist over INT → BIGINT on MySQL and MariaDB, so there it is missing too.
     */
    @AllDatabases
    void referencedColumnChangesTypeWithTheKeysToItInOneRound(TestDatabase db) throws SQLException {
        String profileKey = mySqlFamily(db) ? "" : ", CONSTRAINT fk_plan_profiles_account FOREIGN KEY (account_id)"
                + " REFERENCES plan_accounts (id)";
        db.execute("CREATE TABLE plan_accounts (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_profiles (account_id INTEGER NOT NULL PRIMARY KEY" + profileKey + ")",
                "CREATE TABLE plan_badges (id BIGINT NOT NULL PRIMARY KEY, profile_id INTEGER,"
                        + " CONSTRAINT fk_plan_badges_profile FOREIGN KEY (profile_id)"
                        + " REFERENCES plan_profiles (account_id))",
                "CREATE INDEX ix_plan_badges_profile ON plan_badges (profile_id)");
        Class<?>[] entities = {PlanEntities.Account.class, PlanEntities.Profile.class, PlanEntities.Badge.class};
        Report before = GuardRun.check(db, entities);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR column-type-mismatch"), GuardRun.lines(before)::toString);
        List<String> statements = runPlan(db, before).stream().map(MigrationPlanOnDatabasesTest::lower).toList();
        if (mySqlFamily(db)) {
            int drop = indexOf(statements, "drop foreign key fk_plan_badges_profile");
            int modify = indexOf(statements, "modify column account_id");
            int add = indexOf(statements, "add constraint fk_plan_badges_profile");
            assertTrue(drop >= 0 && drop < modify && modify < add, statements::toString);
        }
        assertFixed(db, before, GuardRun.check(db, entities));
        SchemaModel schema = read(db);
        assertEquals(columnType(schema, "plan_accounts", "id"), columnType(schema, "plan_badges", "profile_id"),
                "the whole chain has one type");
        assertEquals(columnType(schema, "plan_accounts", "id"), columnType(schema, "plan_profiles", "account_id"));
        assertEquals(2, schema.foreignKeys().size(), schema.foreignKeys()::toString);
    }

    /**
     * As above, but plan_badges.profile_id also sits in a legacy key the mapping does not know, (profile_id, region) →
     * plan_legacy_profiles (ref INT, region INT): it cannot follow the profile's new type without that key being added
     * back between BIGINT and INT, and the profile column cannot change without the key to it being added back between
     * INT and BIGINT. On MySQL and MariaDB both changes are left out, each naming the key it would break, and the
     * profile's key to the account, which needs them, with them; everything the plan runs executes.
     */
    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void referencedColumnsNewTypeThatAReferencingColumnCannotFollowIsLeftOut(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE plan_accounts (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_profiles (account_id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_legacy_profiles (ref INTEGER NOT NULL, region INTEGER NOT NULL,"
                        + " CONSTRAINT uq_plan_legacy_profiles UNIQUE (ref, region))",
                "CREATE TABLE plan_badges (id BIGINT NOT NULL PRIMARY KEY, profile_id INTEGER, region INTEGER,"
                        + " CONSTRAINT fk_plan_badges_profile FOREIGN KEY (profile_id)"
                        + " REFERENCES plan_profiles (account_id),"
                        + " CONSTRAINT fk_plan_badges_legacy FOREIGN KEY (profile_id, region)"
                        + " REFERENCES plan_legacy_profiles (ref, region))");
        Class<?>[] entities = {PlanEntities.Account.class, PlanEntities.Profile.class, PlanEntities.Badge.class};
        // The default scope: the legacy key's drop (unexpected-foreign-key, a warning) is not part of the migration.
        Report before = GuardRun.check(db, entities);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).containsAll(List.of("ERROR column-type-mismatch",
                "ERROR missing-foreign-key")), GuardRun.lines(before)::toString);
        SchemaModel planted = read(db);
        MigrationPlan plan = PlannedFixes.of(before).plan();
        // Every statement the plan writes executes (a refused one fails the test), and nothing is left to fix.
        List<String> statements = runPlan(db, before).stream().map(MigrationPlanOnDatabasesTest::lower).toList();
        assertTrue(statements.stream().noneMatch(s -> s.contains("modify")), statements::toString);
        List<String> why = plan.refused().stream().map(l -> lower(l.prerequisite())).toList();
        assertTrue(why.stream().anyMatch(w -> w.contains("would refuse fk_plan_badges_legacy after this change: added"
                + " back, it would join plan_badges.profile_id bigint to plan_legacy_profiles.ref int")), why::toString);
        assertTrue(why.stream().anyMatch(w -> w.contains("would refuse fk_plan_badges_profile after this change: added"
                + " back, it would join plan_badges.profile_id int to plan_profiles.account_id bigint")), why::toString);
        assertTrue(plan.refused().stream().anyMatch(l -> l.remedy() instanceof Remedy.AddForeignKey add
                && lower(add.key().targetTable().name()).equals("plan_accounts")), plan.leftOut()::toString);
        assertFixed(db, before, GuardRun.check(db, entities));
        SchemaModel after = read(db);
        assertEquals(columnType(planted, "plan_badges", "profile_id"), columnType(after, "plan_badges", "profile_id"));
        assertEquals(columnType(planted, "plan_profiles", "account_id"),
                columnType(after, "plan_profiles", "account_id"));
        assertEquals(2, after.foreignKeys().size(), after.foreignKeys()::toString);

        // The engine agrees: with the badge's keys dropped around the change, as the plan used to, the badge column
        // takes BIGINT and the legacy key is refused when it is added back.
        String follow = plan.refused().stream().filter(l -> l.remedy() instanceof Remedy.ChangeColumnType change
                        && lower(change.table().name()).equals("plan_badges")).map(MigrationPlan.LeftOut::sql)
                .findFirst().orElseThrow(() -> new AssertionError(plan.leftOut().toString()));
        dev.fkguard.ddl.DdlRenderer ddl = MigrationPlan.renderer(after.database());
        ForeignKey legacy = after.foreignKeys().stream()
                .filter(k -> lower(k.name().orElseThrow()).equals("fk_plan_badges_legacy")).findFirst().orElseThrow();
        after.foreignKeys().forEach(k -> db.execute(withoutSemicolon(ddl.render(new Remedy.DropForeignKey(k)))));
        db.execute(withoutSemicolon(follow));
        String addBack = withoutSemicolon(ddl.render(new Remedy.AddForeignKey(legacy, legacy.name().orElseThrow())));
        assertThrows(AssertionError.class, () -> db.execute(addBack));
    }

    /**
     * The referencing column already has the type the plan gives the column it references: a VARCHAR(40) sticker
     * column references a VARCHAR(20) office code that the plan widens to VARCHAR(40), the type of the region code it
     * references in turn. Only the office code changes, and on MySQL and MariaDB the sticker's key to it is dropped
     * before the change and added back after it, with its name and its CASCADE (MariaDB refuses even a widening of a
     * referenced column while a key references it, 1833). The sticker column changes nothing of its own here, so no
     * key over a changed column brings the sticker's key along. (Strings: MySQL and MariaDB hold no key from a BIGINT
     * to an INT column, and refuse to change a column under a key into that even with foreign_key_checks off.)
     */
    @AllDatabases
    void referencedColumnChangesTypeUnderAKeyFromAColumnThatHasItsNewType(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE plan_regions (code VARCHAR(40) NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_offices (region_code VARCHAR(20) NOT NULL PRIMARY KEY,"
                        + " CONSTRAINT fk_plan_offices_region FOREIGN KEY (region_code) REFERENCES plan_regions (code))",
                "CREATE TABLE plan_stickers (id BIGINT NOT NULL PRIMARY KEY, office_code VARCHAR(40),"
                        + " CONSTRAINT fk_plan_stickers_office FOREIGN KEY (office_code)"
                        + " REFERENCES plan_offices (region_code) ON DELETE CASCADE)",
                "CREATE INDEX ix_plan_stickers_office ON plan_stickers (office_code)");
        Class<?>[] entities = {PlanEntities.Region.class, PlanEntities.Office.class, PlanEntities.Sticker.class};
        Report before = GuardRun.check(db, entities);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR column-type-mismatch"), GuardRun.lines(before)::toString);
        // What the sticker's own finding asked (its column as the office code is now) is covered by the office's change.
        Finding stickerMismatch = before.findings().stream()
                .filter(f -> f.rule().value().equals("column-type-mismatch")
                        && f.location().table().name().equalsIgnoreCase("plan_stickers"))
                .findFirst().orElseThrow(() -> new AssertionError(GuardRun.lines(before)));
        List<PlannedFixes.PlannedRemedy> stickerFix = PlannedFixes.of(before).of(stickerMismatch);
        assertTrue(!stickerFix.isEmpty() && stickerFix.stream().allMatch(r -> r.outcome() == PlannedFixes.Outcome.COVERED
                && r.coveredBy().map(MigrationPlanOnDatabasesTest::lower).orElseThrow().contains("region_code")),
                stickerFix::toString);
        List<String> statements = runPlan(db, before).stream().map(MigrationPlanOnDatabasesTest::lower).toList();
        assertTrue(statements.stream().noneMatch(s -> s.contains("table plan_stickers") && s.contains("column")),
                () -> "the sticker's column keeps its type: " + statements);
        if (mySqlFamily(db)) {
            int drop = indexOf(statements, "drop foreign key fk_plan_stickers_office");
            int modify = indexOf(statements, "modify column region_code");
            int add = indexOf(statements, "add constraint fk_plan_stickers_office");
            assertTrue(drop >= 0 && drop < modify && modify < add, statements::toString);
            assertTrue(statements.get(add).contains("on delete cascade"), statements.get(add));
        }
        assertFixed(db, before, GuardRun.check(db, entities));
        SchemaModel schema = read(db);
        assertEquals(columnType(schema, "plan_regions", "code"), columnType(schema, "plan_offices", "region_code"));
        assertEquals(columnType(schema, "plan_regions", "code"), columnType(schema, "plan_stickers", "office_code"));
        ForeignKey sticker = schema.foreignKeys().stream()
                .filter(k -> k.table().name().equalsIgnoreCase("plan_stickers")).findFirst().orElseThrow();
        assertEquals("fk_plan_stickers_office", lower(sticker.name().orElseThrow()));
        assertEquals(dev.fkguard.model.ReferentialAction.CASCADE, sticker.onDelete());
        assertEquals(2, schema.foreignKeys().size(), schema.foreignKeys()::toString);
    }

    /**
     * A referencing column wider than the column it references (BIGINT → INTEGER, VARCHAR(40) → VARCHAR(20)) holds
     * every key: the plan leaves the column as it is and shows the narrowing only as a commented alternative. MySQL
     * and MariaDB hold no key from a BIGINT to an INT column, so there the key is missing, and stays so: they would
     * refuse to add it (3780, errno 150). They take one between string lengths, which every engine keeps.
     */
    @AllDatabases
    void widerReferencingColumnIsNotNarrowed(TestDatabase db) throws SQLException {
        String customerKey = mySqlFamily(db) ? "" : ", CONSTRAINT fk_plan_orders_customer FOREIGN KEY (customer_id)"
                + " REFERENCES plan_customers (id)";
        db.execute("CREATE TABLE plan_customers (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL,"
                        + " legacy_account_id BIGINT, stale_ref_id BIGINT" + customerKey + ")",
                ORDER_INDEX,
                "CREATE TABLE plan_countries (code VARCHAR(20) NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_addresses (id BIGINT NOT NULL PRIMARY KEY, country_code VARCHAR(40),"
                        + " CONSTRAINT fk_plan_addresses_country FOREIGN KEY (country_code)"
                        + " REFERENCES plan_countries (code))",
                "CREATE INDEX ix_plan_addresses_country ON plan_addresses (country_code)");
        Class<?>[] entities = {PlanEntities.Customer.class, PlanEntities.Order.class, PlanEntities.Country.class,
                PlanEntities.Address.class};
        Report before = GuardRun.check(db, SCOPE_ALL, entities);
        ReportsShowOnlyPlannedStatements.check(before);
        assertEquals(2, GuardRun.of(before, "column-type-mismatch").size(), GuardRun.lines(before)::toString);
        SchemaModel planted = read(db);
        MigrationPlan plan = PlannedFixes.of(before).plan();
        assertEquals(2, plan.narrowing().size(), plan.leftOut()::toString);
        if (mySqlFamily(db)) {
            assertEquals(1, plan.refused().size(), plan.leftOut()::toString);
            String why = plan.refused().get(0).prerequisite();
            assertTrue(why.contains("refuses a foreign key between unlike types: plan_orders.customer_id is BIGINT")
                    && why.contains("Narrowing customer_id to INT first"), why);
            // The engine agrees: the key left out is refused.
            assertThrows(AssertionError.class, () -> db.execute(withoutSemicolon(plan.refused().get(0).sql())));
        } else {
            assertEquals(List.of(), plan.refused());
        }

        List<String> statements = runPlan(db, before).stream().map(MigrationPlanOnDatabasesTest::lower).toList();
        assertTrue(statements.stream().noneMatch(s -> s.contains("customer_id") && s.contains("column")
                || s.contains("country_code") && s.contains("column")), statements::toString);
        SchemaModel schema = read(db);
        assertEquals(columnType(planted, "plan_orders", "customer_id"), columnType(schema, "plan_orders", "customer_id"));
        assertEquals(java.util.OptionalInt.of(40), columnType(schema, "plan_addresses", "country_code").length());
        assertEquals(mySqlFamily(db) ? 1 : 2, schema.foreignKeys().size(), schema.foreignKeys()::toString);
        assertFixed(db, before, GuardRun.check(db, SCOPE_ALL, entities));
    }

    /**
     * plan_orders.customer_id INT is mapped to plan_customers (id BIGINT) and sits in a legacy key the mapping does not
     * know, (customer_id, legacy_account_id) → plan_accounts (customer_ref INT, id BIGINT): widened for the customer
     * key, the legacy key the plan drops around the change would be added back between BIGINT and INT, refused halfway
     * through a migration MySQL and MariaDB cannot roll back. The change and the customer key that needs it are left
     * out; everything the plan runs executes.
     */
    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void columnChangeThatWouldLeaveAnotherKeyBetweenUnlikeTypesIsLeftOut(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE plan_customers (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE plan_accounts (id BIGINT NOT NULL PRIMARY KEY, customer_ref INTEGER NOT NULL,"
                        + " CONSTRAINT uq_plan_accounts_customer UNIQUE (customer_ref, id))",
                "CREATE TABLE plan_orders (id BIGINT NOT NULL PRIMARY KEY, customer_id INTEGER NOT NULL,"
                        + " legacy_account_id BIGINT, CONSTRAINT fk_plan_orders_legacy"
                        + " FOREIGN KEY (customer_id, legacy_account_id) REFERENCES plan_accounts (customer_ref, id))");
        Class<?>[] entities = {PlanEntities.Customer.class, PlanEntities.Order.class};
        // The default scope: the legacy key's drop (unexpected-foreign-key, a warning) is not part of the migration.
        Report before = GuardRun.check(db, entities);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).containsAll(List.of("ERROR column-type-mismatch",
                "ERROR missing-foreign-key")), GuardRun.lines(before)::toString);
        SchemaModel planted = read(db);
        MigrationPlan plan = PlannedFixes.of(before).plan();
        // Every statement the plan writes executes (a refused one fails the test), and nothing is left to fix.
        List<String> statements = runPlan(db, before).stream().map(MigrationPlanOnDatabasesTest::lower).toList();
        MigrationPlan.LeftOut change = plan.refused().stream()
                .filter(l -> l.remedy() instanceof Remedy.ChangeColumnType).findFirst()
                .orElseThrow(() -> new AssertionError(plan.leftOut().toString()));
        assertTrue(lower(change.prerequisite()).contains("would refuse fk_plan_orders_legacy after this change:"
                + " added back, it would join plan_orders.customer_id bigint to plan_accounts.customer_ref int"),
                change.prerequisite());
        assertTrue(plan.refused().stream().anyMatch(l -> l.remedy() instanceof Remedy.AddForeignKey add
                && lower(add.key().targetTable().name()).equals("plan_customers")), plan.leftOut()::toString);

        assertTrue(statements.stream().noneMatch(s -> s.contains("customer_id") && s.contains("modify")),
                statements::toString);
        assertFixed(db, before, GuardRun.check(db, entities));
        SchemaModel after = read(db);
        assertEquals(columnType(planted, "plan_orders", "customer_id"), columnType(after, "plan_orders", "customer_id"));
        ForeignKey legacyKey = customerKey(after);
        assertEquals("fk_plan_orders_legacy", lower(legacyKey.name().orElseThrow()));

        // The engine agrees: with the legacy key dropped around the change, as the plan used to, the change runs and
        // the key is refused when it is added back.
        dev.fkguard.ddl.DdlRenderer ddl = MigrationPlan.renderer(after.database());
        db.execute(withoutSemicolon(ddl.render(new Remedy.DropForeignKey(legacyKey))), withoutSemicolon(change.sql()));
        String addBack = withoutSemicolon(ddl.render(new Remedy.AddForeignKey(legacyKey,
                legacyKey.name().orElseThrow())));
        assertThrows(AssertionError.class, () -> db.execute(addBack));
    }

    private static dev.fkguard.model.ColumnType columnType(SchemaModel schema, String table, String column) {
        return schema.tables().stream().filter(t -> t.ref().name().equalsIgnoreCase(table)).findFirst().orElseThrow()
                .column(column).orElseThrow().type();
    }

    private static int indexOf(List<String> statements, String part) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    @AllDatabases
    void notNullUnderASetNullRuleThePlanKeepsIsLeftOut(TestDatabase db) throws SQLException {
        db.execute(CUSTOMERS, orders("NULL", " ON DELETE SET NULL"), ORDER_INDEX);
        // With delete-rule-mismatch off nothing replaces the SET NULL rule, so the column must stay nullable.
        FkGuardSettings settings = FkGuardSettings.fromProperties(java.util.Map.of(
                "hibernate.fkguard.rules.delete-rule-mismatch", "off", FkGuardSettings.MIGRATION_SCOPE, "all"),
                BuiltInRules.all());
        Report before = GuardRun.check(db, settings, PlanEntities.Customer.class, PlanEntities.Order.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertEquals(List.of("WARNING nullability-mismatch"), GuardRun.ruleIds(before));
        MigrationPlan plan = PlannedFixes.of(before).plan();
        assertEquals(List.of(), plan.steps());
        assertTrue(plan.leftOut().get(0).prerequisite().toLowerCase(Locale.ROOT).startsWith("the set null rule of"
                + " fk_plan_orders_customer needs customer_id to allow null"), plan.leftOut().get(0).prerequisite());
        if (mySqlFamily(db)) {
            assertThrows(AssertionError.class, () -> db.execute(withoutSemicolon(plan.leftOut().get(0).sql())));
        }
    }

    // --- 2: a new key gets the index the engine does not make itself

    @AllDatabases
    void reAddedKeyComesWithItsIndexInOneRound(TestDatabase db) throws SQLException {
        db.execute(CUSTOMERS, orders("NOT NULL", ""));
        Report before = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertEquals(List.of("ERROR missing-foreign-key"), GuardRun.ruleIds(before));
        List<String> statements = runPlan(db, before);
        boolean indexed = statements.stream().anyMatch(s -> s.startsWith("CREATE INDEX"));
        // PostgreSQL never indexes a key; InnoDB and H2 create an index with the key.
        assertEquals(db.engine() == Engine.POSTGRESQL, indexed, statements::toString);
        assertFixed(db, before, GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class));
    }

    // --- 3: a dropped key needs no index

    @AllDatabases
    void droppedKeyGetsNoIndex(TestDatabase db) throws SQLException {
        // stale_ref_id is not mapped at all: its key is stale, dropping it weakens nothing the mapping knows.
        db.execute(CUSTOMERS, orders("NOT NULL", ""), ORDER_INDEX,
                "ALTER TABLE plan_orders ADD CONSTRAINT fk_plan_orders_customer FOREIGN KEY (customer_id)"
                        + " REFERENCES plan_customers (id)",
                "ALTER TABLE plan_orders ADD CONSTRAINT fk_plan_orders_stale FOREIGN KEY (stale_ref_id)"
                        + " REFERENCES plan_customers (id)");
        Report before = GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class, PlanEntities.Order.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("WARNING unexpected-foreign-key"), GuardRun.lines(before)::toString);
        if (db.engine() == Engine.POSTGRESQL) {
            assertTrue(GuardRun.ruleIds(before).contains("WARNING missing-foreign-key-index"),
                    GuardRun.lines(before)::toString);
        }
        List<String> statements = runPlan(db, before);
        assertTrue(statements.stream().noneMatch(s -> s.startsWith("CREATE INDEX")), statements::toString);
        assertTrue(statements.stream().anyMatch(s -> lower(s).contains("fk_plan_orders_stale")), statements::toString);
        assertFixed(db, before, GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class, PlanEntities.Order.class));
    }

    // --- 4: what the engine refuses is left out, naming what must come first

    @AllDatabases
    void keyToColumnsThatAreNotUniqueIsLeftOut(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE plan_warehouses (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20),"
                        + " region VARCHAR(20))",
                "CREATE TABLE plan_stock (id BIGINT NOT NULL PRIMARY KEY, warehouse_code VARCHAR(20),"
                        + " warehouse_region VARCHAR(20))",
                "CREATE INDEX ix_plan_stock_warehouse ON plan_stock (warehouse_code, warehouse_region)");
        Report before = GuardRun.check(db, PlanEntities.Warehouse.class, PlanEntities.Stock.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR references-non-unique-key"), GuardRun.lines(before)::toString);
        Finding missing = GuardRun.of(before, "missing-foreign-key").get(0);
        assertTrue(missing.fix().startsWith("declare a primary or unique key on plan_warehouses (code, region) first"),
                missing.fix());
        MigrationPlan plan = PlannedFixes.of(before).plan();
        assertEquals(List.of(), plan.steps());
        assertEquals(1, plan.leftOut().size(), plan.leftOut()::toString);
        assertTrue(plan.leftOut().get(0).prerequisite().startsWith("needs a primary or unique key on plan_warehouses"
                + " (code, region) first"), plan.leftOut().get(0).prerequisite());
        assertEquals(0, fixable(before).size());
        assertThrows(AssertionError.class, () -> db.execute(withoutSemicolon(plan.leftOut().get(0).sql())));
    }

    /**
     * The index a new PostgreSQL key needs (like the one missing-foreign-key-index asks for) gets a name no index of the
     * schema has: an index on another column already named idx_plan_orders_customer_id would make the CREATE INDEX
     * fail (PostgreSQL and H2 name indexes per schema, MySQL and MariaDB per table).
     */
    @AllDatabases
    void aNewIndexNeverTakesTheNameOfAnExistingOne(TestDatabase db) throws SQLException {
        db.execute(CUSTOMERS, orders("NOT NULL", ""),
                "CREATE INDEX idx_plan_orders_customer_id ON plan_orders (legacy_account_id)");
        Report before = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR missing-foreign-key"), GuardRun.lines(before)::toString);
        List<String> statements = runPlan(db, before);
        // The words of the new key name only the clauses its statement writes (MariaDB stores an omitted clause as
        // RESTRICT, which the statement leaves out as Hibernate does).
        Finding missing = before.findings().stream().filter(f -> f.rule().value().equals("missing-foreign-key"))
                .findFirst().orElseThrow();
        String add = statements.stream().filter(s -> s.contains("FOREIGN KEY")).findFirst().orElseThrow();
        for (String clause : List.of("ON DELETE", "ON UPDATE")) {
            assertEquals(add.contains(clause), missing.fix().contains(clause), missing.fix() + " / " + add);
        }
        if (db.engine() == Engine.POSTGRESQL) {
            assertTrue(statements.stream().anyMatch(s -> s.contains("idx_plan_orders_customer_id_2")),
                    statements::toString);
        }
        Report after = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        assertEquals(List.of(), fixable(after).stream().map(Finding::format).toList());
    }

    @AllDatabases
    void keyOverAColumnTheTableLacksIsLeftOutAndTheFindingSaysSo(TestDatabase db) throws SQLException {
        db.execute(CUSTOMERS, "CREATE TABLE plan_invoices (id BIGINT NOT NULL PRIMARY KEY)");
        Report before = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Invoice.class);
        ReportsShowOnlyPlannedStatements.check(before);
        Finding missing = GuardRun.of(before, "missing-foreign-key").get(0);
        assertTrue(missing.message().toLowerCase(Locale.ROOT).contains("but column billing_customer_id does not exist"
                + " in table plan_invoices"), missing.message());
        assertTrue(missing.fix().startsWith("add column billing_customer_id to plan_invoices"), missing.fix());
        MigrationPlan plan = PlannedFixes.of(before).plan();
        assertEquals(List.of(), plan.steps());
        assertTrue(plan.leftOut().get(0).prerequisite().toLowerCase(Locale.ROOT)
                .startsWith("needs column plan_invoices.billing_customer_id"), plan.leftOut().get(0).prerequisite());
        assertThrows(AssertionError.class, () -> db.execute(withoutSemicolon(plan.leftOut().get(0).sql())));
    }

    @AllDatabases
    void setNullKeyOverAColumnThatStaysNotNullIsLeftOut(TestDatabase db) throws SQLException {
        db.execute(CUSTOMERS, orders("NOT NULL", ""), ORDER_INDEX,
                "ALTER TABLE plan_orders ADD CONSTRAINT fk_plan_orders_customer FOREIGN KEY (customer_id)"
                        + " REFERENCES plan_customers (id)");
        Report before = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.SetNullOrder.class);
        ReportsShowOnlyPlannedStatements.check(before);
        assertTrue(GuardRun.ruleIds(before).contains("ERROR set-null-on-required-column"), GuardRun.lines(before)::toString);
        MigrationPlan plan = PlannedFixes.of(before).plan();
        assertEquals(List.of(), plan.steps());
        assertEquals(1, plan.leftOut().size(), plan.leftOut()::toString);
        assertTrue(plan.leftOut().get(0).prerequisite().toLowerCase(Locale.ROOT)
                .startsWith("needs plan_orders.customer_id to allow null first"), plan.leftOut().get(0).prerequisite());
        if (mySqlFamily(db)) {
            // PostgreSQL and H2 take the key and fail each delete of a customer; MySQL and MariaDB refuse it.
            MigrationPlan.LeftOut replace = plan.leftOut().get(0);
            String[] statements = replace.sql().split(";\\s*");
            assertThrows(AssertionError.class, () -> db.execute(statements));
        }
    }

    // --- 5: where the database is stricter or says more than the mapping, the migration leaves it alone

    private static final String STRICTER_DATABASE_ORDERS = "CREATE TABLE plan_orders (id BIGINT NOT NULL PRIMARY KEY,"
            + " customer_id BIGINT NOT NULL, legacy_account_id BIGINT, stale_ref_id BIGINT,"
            + " CONSTRAINT fk_plan_orders_customer FOREIGN KEY (customer_id) REFERENCES plan_customers (id)"
            + " ON DELETE CASCADE ON UPDATE CASCADE,"
            + " CONSTRAINT fk_plan_orders_legacy FOREIGN KEY (legacy_account_id) REFERENCES plan_customers (id),"
            + " CONSTRAINT fk_plan_orders_stale FOREIGN KEY (stale_ref_id) REFERENCES plan_customers (id))";
    private static final String LEGACY_INDEX = "CREATE INDEX ix_plan_orders_legacy ON plan_orders (legacy_account_id)";

    /**
     * NOT NULL under an optional association, a database ON DELETE and ON UPDATE CASCADE the mapping does not declare
     * (Hibernate cannot declare the second), a valid key over a
     * plain value column: the migration runs none of the four changes that would weaken the database, shows each as
     * a commented alternative, and the next check reports exactly what it reported before. (The key over the
     * unmapped stale_ref_id is dropped, so the migration has a statement to run.)
     */
    @AllDatabases
    void migrationLeavesAStricterDatabaseAlone(TestDatabase db) throws SQLException {
        db.execute(CUSTOMERS, STRICTER_DATABASE_ORDERS, ORDER_INDEX, LEGACY_INDEX,
                "CREATE INDEX ix_plan_orders_stale ON plan_orders (stale_ref_id)");
        Report before = GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class, PlanEntities.OptionalOrder.class);
        assertEquals(List.of("WARNING delete-rule-mismatch", "WARNING nullability-mismatch",
                "WARNING unexpected-foreign-key", "WARNING unexpected-foreign-key", "WARNING update-rule-mismatch"),
                GuardRun.ruleIds(before).stream().sorted().toList(), GuardRun.lines(before)::toString);
        assertTrue(GuardRun.of(before, "nullability-mismatch").get(0).fix().startsWith("map the association as"
                + " required"), GuardRun.of(before, "nullability-mismatch").get(0).fix());
        List<Finding> plainValueKey = GuardRun.of(before, "unexpected-foreign-key").stream()
                .filter(f -> lower(f.message()).contains("fk_plan_orders_legacy")).toList();
        assertEquals(1, plainValueKey.size(), GuardRun.lines(before)::toString);
        assertTrue(plainValueKey.get(0).fix().startsWith("map OptionalOrder.legacyAccountId as a @ManyToOne"),
                plainValueKey.get(0).fix());

        MigrationPlan plan = PlannedFixes.of(before).plan();
        assertEquals(1, plan.steps().size(), plan.steps()::toString);
        assertTrue(plan.steps().get(0).remedy() instanceof dev.fkguard.ddl.Remedy.DropForeignKey drop
                && drop.key().name().orElseThrow().equalsIgnoreCase("fk_plan_orders_stale"), plan.steps()::toString);
        assertEquals(4, plan.weakening().size(), plan.leftOut()::toString);
        assertEquals(List.of(), plan.refused());
        String script = new MigrationWriter("1").render(PlannedFixes.of(before).plan(), MigrationFormat.SQL).get(0).content();
        assertTrue(script.contains("-- Left out: this migration does not run these; each says why."), script);
        plan.weakening().forEach(l -> assertTrue(script.contains("--   " + l.sql() + "\n--     keep the database"
                + " as it is: " + l.prerequisite() + "\n"), script));
        assertEquals(1, MigrationRoundTripTest.statementsOf(script).size(), script);
        runPlan(db, before);

        Report after = GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class, PlanEntities.OptionalOrder.class);
        assertEquals(before.findings().stream().filter(f -> !lower(f.message()).contains("fk_plan_orders_stale"))
                        .map(Finding::format).toList(),
                after.findings().stream().map(Finding::format).toList(), "the check stays as it was");
        SchemaModel schema = read(db);
        ForeignKey customerKey = schema.foreignKeys().stream()
                .filter(k -> k.columns().get(0).equalsIgnoreCase("customer_id")).findFirst().orElseThrow();
        assertEquals(dev.fkguard.model.ReferentialAction.CASCADE, customerKey.onDelete());
        assertEquals(dev.fkguard.model.ReferentialAction.CASCADE, customerKey.onUpdate());
        assertEquals(2, schema.foreignKeys().size(), schema.foreignKeys()::toString);
        assertTrue(schema.foreignKeys().stream().anyMatch(k -> k.name().orElseThrow()
                .equalsIgnoreCase("fk_plan_orders_legacy")), schema.foreignKeys()::toString);
        assertTrue(!schema.table(customerKey.table()).orElseThrow().column("customer_id").orElseThrow().nullable());
        assertEquals(0, fixable(after).size());
    }

    /**
     * The default scope is the findings that fail startup: the warnings' changes stay out, and the header says how
     * many findings were out of scope; fail-on=warning brings them in, as does migration-scope=all.
     */
    @AllDatabases
    void migrationScopeIsTheFindingsThatFailStartupByDefault(TestDatabase db) throws SQLException {
        // customer_id has no key (ERROR missing-foreign-key); the stale key is a WARNING whose drop is no weakening.
        db.execute(CUSTOMERS, orders("NOT NULL", ""), ORDER_INDEX,
                "CREATE INDEX ix_plan_orders_stale ON plan_orders (stale_ref_id)",
                "ALTER TABLE plan_orders ADD CONSTRAINT fk_plan_orders_stale FOREIGN KEY (stale_ref_id)"
                        + " REFERENCES plan_customers (id)");
        Report failing = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        assertEquals(List.of("ERROR missing-foreign-key", "WARNING unexpected-foreign-key"),
                GuardRun.ruleIds(failing).stream().sorted().toList(), GuardRun.lines(failing)::toString);
        MigrationPlan plan = PlannedFixes.of(failing).plan();
        assertEquals(1, plan.outOfScope());
        assertTrue(plan.statements().stream().noneMatch(s -> lower(s.sql()).contains("fk_plan_orders_stale")),
                plan.statements()::toString);
        assertTrue(plan.statements().stream().anyMatch(s -> s.sql().contains("FOREIGN KEY")),
                plan.statements()::toString);
        String script = new MigrationWriter("1").render(PlannedFixes.of(failing).plan(), MigrationFormat.SQL).get(0).content();
        assertTrue(script.contains("-- 1 finding with a schema fix is out of scope (they do not fail startup);"
                + " hibernate.fkguard.migration-scope=all includes them."), script);
        String failure = DriftFailure.of(failing, FkGuardSettings.fromProperties(java.util.Map.of(),
                BuiltInRules.all())).message();
        assertTrue(failure.contains("1 finding with a schema fix is out of scope (they do not fail startup);"
                + " hibernate.fkguard.migration-scope=all includes them."), failure);

        FkGuardSettings warnings = FkGuardSettings.fromProperties(
                java.util.Map.of(FkGuardSettings.FAIL_ON, "warning"), BuiltInRules.all());
        for (Report wide : List.of(GuardRun.check(db, SCOPE_ALL, PlanEntities.Customer.class,
                PlanEntities.Order.class), GuardRun.check(db, warnings, PlanEntities.Customer.class,
                PlanEntities.Order.class))) {
            MigrationPlan all = PlannedFixes.of(wide).plan();
            assertEquals(0, all.outOfScope());
            assertTrue(all.statements().stream().anyMatch(s -> lower(s.sql()).contains("fk_plan_orders_stale")),
                    all.statements()::toString);
            String allScript = new MigrationWriter("1").render(PlannedFixes.of(wide).plan(), MigrationFormat.SQL).get(0).content();
            assertTrue(!allScript.contains("out of scope"), allScript);
        }

        runPlan(db, failing);
        Report after = GuardRun.check(db, PlanEntities.Customer.class, PlanEntities.Order.class);
        assertEquals(List.of("WARNING unexpected-foreign-key"), GuardRun.ruleIds(after), GuardRun.lines(after)::toString);
        assertEquals(List.of(), fixable(after).stream().map(Finding::format).toList());
    }

    // --- helpers

    /** Writes the plain SQL migration of {@code report}, runs it statement by statement and returns the statements. */
    static List<String> runPlan(TestDatabase db, Report report) {
        List<MigrationFile> files = new MigrationWriter("1").render(PlannedFixes.of(report).plan(), MigrationFormat.SQL);
        List<String> statements = files.isEmpty() ? List.of()
                : MigrationRoundTripTest.statementsOf(files.get(0).content());
        statements.forEach(db::execute);
        return statements;
    }

    private static void run(TestDatabase db, MigrationPlan plan) {
        plan.statements().forEach(s -> db.execute(withoutSemicolon(s.sql())));
    }

    /**
     * The findings a schema change can fix: in the report's migration scope, with a remedy the report's own plan
     * does not leave out.
     */
    static List<Finding> fixable(Report report) {
        MigrationPlan plan = PlannedFixes.of(report).plan();
        return report.findings().stream()
                .filter(report.migrationScope()::includes)
                .filter(f -> f.remedies().stream().anyMatch(r -> !plan.leavesOut(r)))
                .toList();
    }

    private static void assertFixed(TestDatabase db, Report before, Report after) {
        assertEquals(List.of(), fixable(after).stream().map(Finding::format).toList(), () -> db.engine()
                + ": findings left after the migration\n" + new ConsoleReport().render(after) + "\nbefore:\n"
                + new ConsoleReport().render(before));
    }

    private static SchemaModel read(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return new CatalogReader().read(connection, List.of());
        }
    }

    private static ForeignKey customerKey(SchemaModel schema) {
        return schema.foreignKeys().stream()
                .filter(k -> k.columns().get(0).equalsIgnoreCase("customer_id")).findFirst().orElseThrow();
    }

    private static ForeignKey userKey(SchemaModel schema) {
        return schema.foreignKeys().stream()
                .filter(k -> k.columns().get(0).equalsIgnoreCase("user_id")).findFirst().orElseThrow();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String withoutSemicolon(String sql) {
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    }
}
