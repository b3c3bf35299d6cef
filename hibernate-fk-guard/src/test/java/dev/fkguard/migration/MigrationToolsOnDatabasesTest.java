package dev.fkguard.migration;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real tools run what the guard writes. The schema Hibernate creates for {@link RoundTripEntities} is drifted
 * the same way on every run, on tables that do not get in each other's way:
 * <ul>
 *   <li>{@code products.category_id}'s key dropped;</li>
 *   <li>{@code categories.parent_id}'s SET NULL key re-created as RESTRICT;</li>
 *   <li>{@code orders.customer_id} narrowed to INTEGER (its key dropped on MySQL/MariaDB), and a stale key on the
 *       plain value {@code orders.legacy_account_id};</li>
 *   <li>a referenced column's type change under keys: {@code order_items.order_id} (which references {@code orders}
 *       and is referenced by {@code shipments}) and {@code shipments.order_id} become INTEGER; on MySQL/MariaDB the
 *       keys are dropped first, the shipments key added back after, and the key to {@code orders} stays missing;</li>
 *   <li>H2 and PostgreSQL: {@code order_items.product_id}'s key over a NOT NULL column re-created ON DELETE SET NULL
 *       (MySQL 8 and MariaDB refuse creating it);</li>
 *   <li>PostgreSQL: {@code ix_order_coupons_coupon} dropped and {@code order_coupons.order_id}'s key NOT VALID;</li>
 *   <li>MySQL/MariaDB: {@code order_coupons}, which nothing references, moved to MyISAM (losing its keys).</li>
 * </ul>
 * The guard checks it and writes the migration, the written files must hold the shapes under test
 * ({@code assertShapesPlanned}), and Flyway or Liquibase (YAML and XML) executes it: no statement may be rejected,
 * and the next check has no finding a schema change can fix. Plain SQL has its own run in
 * {@link MigrationRoundTripTest}.
 */
class MigrationToolsOnDatabasesTest {

    @AllDatabases
    void flywayRunsTheFlywayMigration(TestDatabase db, @TempDir Path dir) throws Exception {
        Drifted drifted = drift(db, dir);
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        List<Path> files = new MigrationWriter("1").write(PlannedFixes.of(drifted.before()).plan(), MigrationFormat.FLYWAY, migrations);
        if (db.engine() == Engine.POSTGRESQL) {
            // The dropped index comes back inside Flyway's transaction: CONCURRENTLY would wait for it forever.
            assertEquals(1, files.size(), files::toString);
            List<String> statements = MigrationRoundTripTest.statementsOf(contents(files));
            assertTrue(statements.stream().anyMatch(s -> s.startsWith("CREATE INDEX idx_order_coupons_coupon_id ON")),
                    statements::toString);
            assertFalse(statements.stream().anyMatch(s -> s.contains("CONCURRENTLY")), statements::toString);
        }
        // Flyway as it comes: on PostgreSQL its default transactional advisory lock holds a transaction open.
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + migrations)
                // The schema was there before Flyway: a project adopting Flyway baselines it first.
                .baselineOnMigrate(true)
                .baselineVersion("0");
        assertTrue(flyway.getConfigurationExtension(PostgreSQLConfigurationExtension.class).isTransactionalLock());
        MigrateResult result = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> flyway.load().migrate(),
                "Flyway hangs on the migration (CREATE INDEX CONCURRENTLY under its transactional lock?)");
        long sqlFiles = files.stream().filter(f -> f.toString().endsWith(".sql")).count();
        assertEquals(sqlFiles, result.migrationsExecuted, () -> contents(files));
        assertShapesPlanned(db.engine(), drifted, contents(files));
        assertFixed(db, drifted, contents(files));
    }

    @AllDatabases
    void liquibaseRunsTheYamlChangelog(TestDatabase db, @TempDir Path dir) throws Exception {
        runLiquibase(db, dir, MigrationFormat.LIQUIBASE_YAML);
    }

    @AllDatabases
    void liquibaseRunsTheXmlChangelog(TestDatabase db, @TempDir Path dir) throws Exception {
        runLiquibase(db, dir, MigrationFormat.LIQUIBASE_XML);
    }

    private static void runLiquibase(TestDatabase db, Path dir, MigrationFormat format) throws Exception {
        Drifted drifted = drift(db, dir);
        Path changelogs = Files.createDirectories(dir.resolve("changelog"));
        List<Path> files = new MigrationWriter("1").write(PlannedFixes.of(drifted.before()).plan(), format, changelogs);
        assertEquals(1, files.size(), files::toString);
        LiquibaseRun.update(db, changelogs, files.get(0).getFileName().toString());
        assertShapesPlanned(db.engine(), drifted, contents(files));
        assertFixed(db, drifted, contents(files));
    }

    /** The correct schema, drifted; the check of it, which must have something to fix. */
    private record Drifted(MappingModel mapping, SchemaModel correct, Report before, List<String> drifts) {
    }

    private static Drifted drift(TestDatabase db, Path dir) throws SQLException {
        Path createScript = dir.resolve("create.sql");
        MappingModel mapping = MigrationRoundTripTest.mappingAndCreateScript(db, createScript);
        List<String> create;
        try {
            create = Files.readAllLines(createScript).stream().map(String::trim).filter(line -> !line.isEmpty())
                    .map(line -> line.endsWith(";") ? line.substring(0, line.length() - 1) : line).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Connection connection = db.connect()) {
            SchemaModel correct = MigrationRoundTripTest.freshSchema(db, connection, create);
            List<String> drifts = drifts(db.engine(), correct);
            for (String sql : drifts) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
            Report before = MigrationRoundTripTest.check(mapping, MigrationRoundTripTest.read(connection));
            assertTrue(before.findings().stream().filter(f -> !f.remedies().isEmpty()).count() >= 4,
                    () -> "the drifts should be found:\n" + new ConsoleReport().render(before));
            return new Drifted(mapping, correct, before, drifts);
        }
    }

    /** One of each kind of change the writers spell, on tables that do not get in each other's way. */
    private static List<String> drifts(Engine engine, SchemaModel correct) {
        MigrationRoundTripTest.SqlFor sql = new MigrationRoundTripTest.SqlFor(engine);
        boolean mySqlFamily = sql.mySqlFamily();
        List<String> drifts = new ArrayList<>();
        ForeignKey productCategory = key(correct, "products", "category_id");
        drifts.add(sql.dropKey("products", productCategory.name().orElseThrow()));
        ForeignKey categoryParent = key(correct, "categories", "parent_id");
        drifts.add(sql.dropKey("categories", categoryParent.name().orElseThrow()));
        drifts.add(sql.addKey("categories", categoryParent.name().orElseThrow(), categoryParent.columns(),
                "categories", categoryParent.targetColumns(), "RESTRICT", "NO ACTION"));
        ForeignKey orderCustomer = key(correct, "orders", "customer_id");
        if (mySqlFamily) {
            // MySQL refuses to change the type of a column a foreign key uses.
            drifts.add(sql.dropKey("orders", orderCustomer.name().orElseThrow()));
        }
        drifts.add(sql.changeType("orders", "customer_id", "INTEGER", false));
        drifts.add(sql.addKey("orders", "fk_stale_legacy", List.of("legacy_account_id"), "customers", List.of("id"),
                "NO ACTION", "NO ACTION"));
        drifts.addAll(referencedTypeChange(sql, correct));
        if (!mySqlFamily) {
            // MySQL 8 and MariaDB refuse a SET NULL key over a NOT NULL column; H2 and PostgreSQL take it.
            ForeignKey itemProduct = key(correct, "order_items", "product_id");
            drifts.add(sql.dropKey("order_items", itemProduct.name().orElseThrow()));
            drifts.add(sql.addKey("order_items", itemProduct.name().orElseThrow(), itemProduct.columns(), "products",
                    itemProduct.targetColumns(), "SET NULL", "NO ACTION"));
        }
        if (engine == Engine.POSTGRESQL) {
            drifts.add("DROP INDEX ix_order_coupons_coupon");
            ForeignKey couponOrder = key(correct, "order_coupons", "order_id");
            drifts.add(sql.dropKey("order_coupons", couponOrder.name().orElseThrow()));
            drifts.add(sql.addKey("order_coupons", couponOrder.name().orElseThrow(), couponOrder.columns(),
                    "orders", couponOrder.targetColumns(), "NO ACTION", "NO ACTION") + " NOT VALID");
        }
        if (mySqlFamily) {
            // InnoDB will not change the engine of a table with keys: drop them, as a bulk load might. The join
            // table is referenced by nothing, so no other drift loses its key with it.
            correct.foreignKeys().stream().filter(k -> k.table().name().equalsIgnoreCase("order_coupons"))
                    .forEach(k -> drifts.add(sql.dropKey("order_coupons", k.name().orElseThrow())));
            drifts.add("ALTER TABLE order_coupons ENGINE=MyISAM");
        }
        return drifts;
    }

    /**
     * {@code order_items.order_id} references {@code orders} and is referenced by {@code shipments}: it and
     * {@code shipments.order_id} become INTEGER together, as a careless migration might. MySQL and MariaDB need the
     * keys dropped first and the shipments key added back after, and refuse the order key over INTEGER → BIGINT, so
     * that one stays missing there.
     */
    private static List<String> referencedTypeChange(MigrationRoundTripTest.SqlFor sql, SchemaModel correct) {
        ForeignKey itemOrder = key(correct, "order_items", "order_id");
        ForeignKey shipmentItem = correct.foreignKeys().stream()
                .filter(k -> k.table().name().equalsIgnoreCase("shipments")).findFirst().orElseThrow();
        List<String> statements = new ArrayList<>();
        if (sql.mySqlFamily()) {
            statements.add(sql.dropKey("order_items", itemOrder.name().orElseThrow()));
            statements.add(sql.dropKey("shipments", shipmentItem.name().orElseThrow()));
        }
        statements.add(sql.changeType("order_items", "order_id", "INTEGER", false));
        statements.add(sql.changeType("shipments", "order_id", "INTEGER", true));
        if (sql.mySqlFamily()) {
            statements.add(sql.addKey("shipments", shipmentItem.name().orElseThrow(), shipmentItem.columns(),
                    "order_items", shipmentItem.targetColumns(), shipmentItem.onDelete().sql(),
                    shipmentItem.onUpdate().sql()));
        }
        return statements;
    }

    private static ForeignKey key(SchemaModel schema, String table, String firstColumn) {
        return schema.foreignKeys().stream()
                .filter(k -> k.table().name().equalsIgnoreCase(table))
                .filter(k -> k.columns().get(0).equalsIgnoreCase(firstColumn))
                .findFirst().orElseThrow(() -> new AssertionError("no key on " + table + "." + firstColumn));
    }

    /**
     * The written files hold the shapes under test, so no drift can pass by not being planted or not being planned:
     * the referenced column and its referencing column go back to BIGINT, on MySQL/MariaDB inside a drop and re-add
     * of the key to it (same name and rule); on H2/PostgreSQL the SET NULL key over the NOT NULL column comes back
     * with the mapping's rule and the column stays NOT NULL. Spelled three ways: SQL, Liquibase XML and YAML.
     */
    private static void assertShapesPlanned(Engine engine, Drifted drifted, String migration) {
        int itemOrderType = position(migration, typeChange("order_items", "order_id"));
        position(migration, typeChange("shipments", "order_id"));
        String shipmentKey = drifted.correct().foreignKeys().stream()
                .filter(k -> k.table().name().equalsIgnoreCase("shipments")).findFirst().orElseThrow()
                .name().orElseThrow();
        if (engine == Engine.MYSQL || engine == Engine.MARIADB) {
            int drop = position(migration, dropKey("shipments", shipmentKey));
            int add = position(migration, addKey(shipmentKey));
            assertTrue(drop < itemOrderType && itemOrderType < add, () -> "the key to order_items.order_id must be"
                    + " dropped before its MODIFY and added after:\n" + migration);
            assertTrue(segment(migration, add).toUpperCase(Locale.ROOT).contains("SET NULL"),
                    () -> "the re-added key keeps its rule:\n" + migration);
            assertTrue(itemOrderType < position(migration, addKey("fk_order_items_order")), migration);
            position(migration, "ENGINE=InnoDB");
        } else {
            String productKey = key(drifted.correct(), "order_items", "product_id").name().orElseThrow();
            position(migration, dropKey("order_items", productKey));
            String added = segment(migration, position(migration, addKey(productKey)));
            assertFalse(added.toUpperCase(Locale.ROOT).contains("SET NULL"),
                    () -> "the key comes back with the mapping's rule:\n" + migration);
            assertFalse(java.util.regex.Pattern.compile("(?i)DROP NOT NULL|dropNotNullConstraint")
                    .matcher(migration).find(), () -> "the column stays NOT NULL:\n" + migration);
        }
        String parentKey = key(drifted.correct(), "categories", "parent_id").name().orElseThrow();
        assertTrue(segment(migration, position(migration, addKey(parentKey))).toUpperCase(Locale.ROOT)
                .contains("SET NULL"), () -> "the RESTRICT key comes back SET NULL:\n" + migration);
    }

    /** A column's change to BIGINT as plain SQL (also inside a Liquibase sql change) or as modifyDataType. */
    private static String typeChange(String table, String column) {
        return "ALTER TABLE " + table + " (MODIFY COLUMN|ALTER COLUMN) " + column + " (SET DATA )?(TYPE )?BIGINT"
                + "|modifyDataType\\W+tableName\\W+" + table + "\\W+columnName\\W+" + column
                + "\\W+newDataType\\W+BIGINT";
    }

    private static String dropKey(String table, String name) {
        return "ALTER TABLE " + table + " DROP (FOREIGN KEY|CONSTRAINT) " + name + "\\b"
                + "|dropForeignKeyConstraint\\W+baseTableName\\W+" + table + "\\W+constraintName\\W+" + name
                + "\\b";
    }

    private static String addKey(String name) {
        return "ADD CONSTRAINT " + name + " FOREIGN KEY|addForeignKeyConstraint\\W+baseTableName\\W+\\w+"
                + "\\W+baseColumnNames\\W+[\\w, ]+\\W+constraintName\\W+" + name + "\\b";
    }

    /** Where the pattern first matches, case-insensitively; fails if it does not. */
    private static int position(String migration, String regex) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?i)" + regex).matcher(migration);
        assertTrue(matcher.find(), () -> "the migration should contain /" + regex + "/:\n" + migration);
        return matcher.start();
    }

    /** The one statement or change that starts at {@code start}: up to its ';', '/>' or the next YAML item. */
    private static String segment(String migration, int start) {
        java.util.regex.Matcher end = java.util.regex.Pattern.compile(";|/>|\\n\\s*- ").matcher(migration);
        return end.find(start) ? migration.substring(start, end.start()) : migration.substring(start);
    }

    private static void assertFixed(TestDatabase db, Drifted drifted, String migration) throws SQLException {
        try (Connection connection = db.connect()) {
            Report after = MigrationRoundTripTest.check(drifted.mapping(), MigrationRoundTripTest.read(connection));
            // The stale key sits on a column mapped as a plain value: its drop weakens the database, so the plan leaves
            // it out on purpose and only what the plan runs must be gone.
            List<Finding> left = MigrationPlanOnDatabasesTest.fixable(after);
            assertEquals(List.of(), left.stream().map(Finding::format).toList(), () -> "findings left after the"
                    + " migration on " + db.engine().displayName() + ":\n" + new ConsoleReport().render(after)
                    + "\ndrifts:\n  " + String.join("\n  ", drifted.drifts()) + "\nmigration:\n" + migration);
            assertFalse(drifted.before().findings().isEmpty());
        }
    }

    private static String contents(List<Path> files) {
        return files.stream().map(f -> {
            try {
                return "== " + f.getFileName() + "\n" + Files.readString(f);
            } catch (java.io.IOException e) {
                return "== " + f.getFileName() + ": " + e.getMessage();
            }
        }).collect(Collectors.joining("\n"));
    }

    /** Runs a changelog with Liquibase's own update, as {@code liquibase update} would. */
    static final class LiquibaseRun {

        private LiquibaseRun() {
        }

        @SuppressWarnings("deprecation") // Liquibase 4's CommandScope needs its Scope set up; this does the same.
        static void update(TestDatabase db, Path directory, String changelog) throws Exception {
            try (Connection connection = db.connect()) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                if (db.engine() == Engine.POSTGRESQL) {
                    database.setDefaultSchemaName(db.schema().toLowerCase(Locale.ROOT));
                }
                try (Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(directory),
                        database)) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            }
        }
    }
}
