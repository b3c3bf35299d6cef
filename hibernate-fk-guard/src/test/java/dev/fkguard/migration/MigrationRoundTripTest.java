package dev.fkguard.migration;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.Column;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.migration.MigrationScope;
import dev.fkguard.report.Report;
import dev.fkguard.report.TableGroupedTextReport;
import dev.fkguard.rule.Finding;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.GoldenFiles;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The migration proves itself: start from the schema Hibernate creates for {@link RoundTripEntities}, apply random
 * drifts chosen from a seed, check, apply the plain SQL migration the guard writes, check again: no finding a schema
 * change could fix may remain.
 *
 * <p>Replay one case with {@code -Dfkguard.roundtrip.seed=<seed> -Dfkguard.roundtrip.cases=1}; the failure message
 * prints the seed. Each case gets a fresh schema (dropped and created again).
 */
class MigrationRoundTripTest {

    private static final long DEFAULT_SEED = 20_240_501L;

    @AllDatabases
    void migrationFixesEveryDriftItFinds(TestDatabase db, @TempDir Path scripts) throws Exception {
        int cases = Integer.getInteger("fkguard.roundtrip.cases", defaultCases(db.engine()));
        roundTrip(db, scripts, cases, Drift::choose, false);
    }

    /**
     * Several drifts on one table and one of its keys at once (type, nullability, delete and update rule, a missing
     * index, a stale key beside it), so their fixes meet in one plan: every statement must run, and one round must
     * leave nothing a schema change can fix.
     */
    @AllDatabases
    void migrationFixesCompoundDriftOnOneKeyInOneRound(TestDatabase db, @TempDir Path scripts) throws Exception {
        int cases = Integer.getInteger("fkguard.roundtrip.cases", defaultCompoundCases(db.engine()));
        Map<Drift.Kind, Integer> planted = roundTrip(db, scripts, cases, Drift::compound, true);
        if (System.getProperty("fkguard.roundtrip.seed") == null && System.getProperty("fkguard.roundtrip.cases") == null) {
            // The default seeds are chosen to plant every kind the compound cases know on this engine.
            assertEquals(Drift.compoundKinds(db.engine()), planted.keySet(), "drift kinds the default seeds plant");
        }
    }

    /**
     * Compound cases planted by hand, each several drifts on one table, for what the random ones cannot reach: a
     * composite-primary-key join table's key re-created SET NULL (its column must stay NOT NULL: no DROP NOT NULL in
     * the plan), a key to columns no longer unique and one over a column that no longer exists (left out, naming the
     * prerequisite), a stale key the plan drops beside the index another rule asks for it (the drop subsumes it), a
     * text key column with a default, a comment and a character set that its redefinition keeps. Each case must be
     * caught, its migration must run, and the next check must leave exactly the findings no schema change can fix.
     */
    @AllDatabases
    void plantedCompoundDriftsConvergeInOneRound(TestDatabase db, @TempDir Path scripts) throws Exception {
        long started = System.nanoTime();
        Path createScript = scripts.resolve("create.sql");
        MappingModel mapping = mappingAndCreateScript(db, createScript, PlantedDriftEntities.ALL);
        List<String> create = Files.readAllLines(createScript).stream().map(String::trim)
                .filter(line -> !line.isEmpty()).map(MigrationRoundTripTest::withoutSemicolon).toList();
        List<Planted> cases = Planted.of(db.engine());
        try (Connection connection = db.connect()) {
            Report baseline = check(mapping, freshSchema(db, connection, create));
            assertEquals(List.of(), baseline.findings(), () -> "the planted shop is not clean on "
                    + db.engine().displayName() + ":\n" + new ConsoleReport().render(baseline));
            for (Planted planted : cases) {
                String script = "";
                try {
                    freshSchema(db, connection, create);
                    execute(connection, planted.drifts());
                    Report before = check(mapping, read(connection));
                    ReportsShowOnlyPlannedStatements.check(before);
                    List<String> found = before.findings().stream().map(f -> f.rule().value()).toList();
                    assertTrue(found.containsAll(planted.caught()), "not caught: " + planted.caught() + " in "
                            + found + "\n" + new ConsoleReport().render(before));
                    List<MigrationFile> files = new MigrationWriter("1").render(PlannedFixes.of(before).plan(),
                            MigrationFormat.SQL);
                    script = files.isEmpty() ? "" : files.get(0).content();
                    String shown = new TableGroupedTextReport().render(before) + "\n" + script;
                    for (String text : planted.shows()) {
                        assertTrue(shown.contains(text), "neither report nor migration says '" + text + "'");
                    }
                    for (String text : planted.scriptLacks()) {
                        assertTrue(!script.toUpperCase(Locale.ROOT).contains(text.toUpperCase(Locale.ROOT)),
                                "the migration has '" + text + "'");
                    }
                    Map<String, String> attributesBefore = ColumnCatalog.attributes(db, connection, planted.kept());
                    planted.kept().ifPresent(kept -> assertEquals(List.of(true, true), List.of(
                            attributesBefore.get("default").contains("ZZ"),
                            attributesBefore.get("comment").equals("ISO code, it's kept")),
                            "the drift did not plant the attributes: " + attributesBefore));
                    execute(connection, statementsOf(script));

                    Report after = check(mapping, read(connection));
                    assertEquals(List.of(), MigrationPlanOnDatabasesTest.fixable(after).stream().map(Finding::format)
                            .toList(), "findings left after the migration:\n" + new ConsoleReport().render(after));
                    // What is left is exactly what the first plan could not fix, as it was reported then.
                    List<Finding> fixed = MigrationPlanOnDatabasesTest.fixable(before);
                    assertEquals(before.findings().stream().filter(f -> !fixed.contains(f)).map(Finding::format)
                                    .sorted().toList(), after.findings().stream().map(Finding::format).sorted().toList(),
                            "the findings after the migration are not those it could not fix:\n"
                                    + new ConsoleReport().render(after));
                    assertEquals(attributesBefore, ColumnCatalog.attributes(db, connection, planted.kept()),
                            "the migration lost a column attribute");
                } catch (AssertionError | RuntimeException | SQLException e) {
                    throw new AssertionError(db.engine().displayName() + " planted case '" + planted.name()
                            + "' failed; drifts:\n  " + String.join("\n  ", planted.drifts()) + "\nmigration:\n"
                            + script + "\n" + e.getMessage(), e);
                }
            }
        }
        System.out.printf(Locale.ROOT, "[round trip] %s: %d planted cases, %d ms%n", db.engine().displayName(),
                cases.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * One planted compound case.
     *
     * @param caught      rules the check must report before the migration
     * @param shows       text the report or the migration must hold (a left-out change's prerequisite)
     * @param scriptLacks text it must not hold, in any case (a DROP NOT NULL on a primary-key column)
     * @param kept        the column whose default, comment, character set and collation the migration must keep
     */
    record Planted(String name, List<String> drifts, List<String> caught, List<String> shows,
                   List<String> scriptLacks, Optional<ColumnCatalog.Ref> kept) {

        static List<Planted> of(Engine engine) {
            SqlFor sql = new SqlFor(engine);
            boolean mySql = sql.mySqlFamily();
            List<Planted> cases = new ArrayList<>();

            // D1. MySQL and MariaDB refuse SET NULL over a NOT NULL column: there the key is only missing.
            List<String> joinTable = new ArrayList<>(List.of(sql.dropKey("post_tags", "fk_post_tags_post"),
                    sql.changeType("post_tags", "post_id", "INTEGER", false)));
            List<String> joinTableCaught = new ArrayList<>(List.of("column-type-mismatch"));
            if (mySql) {
                joinTableCaught.add("missing-foreign-key");
            } else {
                joinTable.add(sql.addKey("post_tags", "fk_post_tags_post", List.of("post_id"), "posts", List.of("id"),
                        "SET NULL", "NO ACTION"));
                joinTableCaught.add("set-null-on-required-column");
            }
            if (engine == Engine.POSTGRESQL) {
                joinTable.add(sql.dropIndex("post_tags", "ix_post_tags_tag"));
                joinTableCaught.add("missing-foreign-key-index");
            }
            cases.add(new Planted("join table key SET NULL over its primary key", joinTable, joinTableCaught,
                    List.of(), List.of("DROP NOT NULL", "post_id BIGINT NULL"), Optional.empty()));

            // D4. A key to columns no longer unique over a column made narrower (the widening runs, the key stays
            // out), beside a required key dropped over a column made nullable.
            cases.add(new Planted("key to non-unique columns", List.of(
                    sql.dropKey("stock", "fk_stock_warehouse"),
                    mySql ? "ALTER TABLE warehouses DROP INDEX uk_warehouses_code_region"
                            : "ALTER TABLE warehouses DROP CONSTRAINT uk_warehouses_code_region",
                    sql.changeType("stock", "warehouse_code", "VARCHAR(10)", true),
                    sql.dropKey("stock", "fk_stock_supplier"),
                    sql.nullability("stock", "supplier_id", "BIGINT", true)),
                    List.of("references-non-unique-key", "missing-foreign-key", "column-type-mismatch",
                            "nullability-mismatch"),
                    List.of("needs a primary or unique key on warehouses (code, region) first"), List.of(),
                    Optional.empty()));

            // D4 and "a drop subsumes indexing": a join column gone, a stale key over an unmapped column without
            // an index (PostgreSQL indexes no key itself), the required column made nullable.
            List<String> invoiceCaught = new ArrayList<>(List.of("missing-foreign-key", "unexpected-foreign-key",
                    "nullability-mismatch"));
            if (engine == Engine.POSTGRESQL) {
                invoiceCaught.add("missing-foreign-key-index");
            }
            List<String> invoices = new ArrayList<>(List.of(
                    sql.dropKey("invoices", "fk_invoices_billing"),
                    sql.dropIndex("invoices", "ix_invoices_billing"),
                    "ALTER TABLE invoices DROP COLUMN billing_customer_id",
                    "ALTER TABLE invoices ADD COLUMN old_customer_ref BIGINT",
                    sql.addKey("invoices", "fk_invoices_old_ref", List.of("old_customer_ref"), "customers",
                            List.of("id"), "NO ACTION", "NO ACTION")));
            if (mySql) {
                // MySQL and MariaDB change no type under a key: the required key goes with it.
                invoices.add(sql.dropKey("invoices", "fk_invoices_customer"));
            }
            invoices.add(sql.changeType("invoices", "customer_id", "INTEGER", true));
            invoices.add(sql.nullability("invoices", "customer_id", "INTEGER", true));
            invoiceCaught.add("column-type-mismatch");
            cases.add(new Planted("join column gone, stale key dropped", invoices,
                    invoiceCaught, List.of("needs column invoices.billing_customer_id"), List.of("CREATE INDEX"),
                    Optional.empty()));

            // D7. A narrower, nullable text key column with a default and a comment (MySQL and MariaDB: in a
            // character set of its own, which the referenced column shares).
            ColumnCatalog.Ref countryCode = new ColumnCatalog.Ref("addresses", "country_code");
            List<String> attributes = new ArrayList<>(List.of(sql.dropKey("addresses", "fk_addresses_country")));
            if (mySql) {
                attributes.add("ALTER TABLE countries MODIFY COLUMN code VARCHAR(40) CHARACTER SET ascii"
                        + " COLLATE ascii_bin NOT NULL");
                attributes.add("ALTER TABLE addresses MODIFY COLUMN country_code VARCHAR(20) CHARACTER SET ascii"
                        + " COLLATE ascii_bin NULL DEFAULT 'ZZ' INVISIBLE COMMENT 'ISO code, it''s kept'");
            } else {
                attributes.add(sql.changeType("addresses", "country_code", "VARCHAR(20)", true));
                attributes.add(sql.nullability("addresses", "country_code", "VARCHAR(20)", true));
                attributes.add("ALTER TABLE addresses ALTER COLUMN country_code SET DEFAULT 'ZZ'");
                attributes.add("COMMENT ON COLUMN addresses.country_code IS 'ISO code, it''s kept'");
            }
            attributes.add(sql.addKey("addresses", "fk_addresses_country", List.of("country_code"), "countries",
                    List.of("code"), "NO ACTION", "NO ACTION"));
            cases.add(new Planted("text key column with default and comment", attributes,
                    List.of("column-type-mismatch", "nullability-mismatch"), List.of(), List.of(),
                    Optional.of(countryCode)));

            if (mySql) {
                // (b) Shorter and in another character set: MySQL and MariaDB refuse the key, the message names
                // both differences, the one redefinition fixes both and keeps default and comment.
                cases.add(new Planted("text key column in another character set", List.of(
                        sql.dropKey("addresses", "fk_addresses_country"),
                        "ALTER TABLE countries MODIFY COLUMN code VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin"
                                + " NOT NULL",
                        "ALTER TABLE addresses MODIFY COLUMN country_code VARCHAR(20) CHARACTER SET latin1"
                                + " COLLATE latin1_swedish_ci NULL DEFAULT 'ZZ' COMMENT 'ISO code, it''s kept'"),
                        List.of("column-type-mismatch", "missing-foreign-key", "nullability-mismatch"),
                        List.of("(length and character set)"), List.of(),
                        Optional.of(countryCode.withoutCharacters())));
            }
            if (engine == Engine.MYSQL) {
                // (a) A stored generated key column (MySQL keys one, MariaDB does not) made nullable: its
                // redefinition is left out, labelled, and the finding stays as the one no schema change fixes.
                cases.add(new Planted("generated key column", List.of(
                        sql.dropKey("addresses", "fk_addresses_country"),
                        "ALTER TABLE addresses ADD COLUMN country_raw VARCHAR(40) NULL",
                        "ALTER TABLE addresses MODIFY COLUMN country_code VARCHAR(40) AS (UPPER(country_raw)) STORED"
                                + " NULL",
                        sql.addKey("addresses", "fk_addresses_country", List.of("country_code"), "countries",
                                List.of("code"), "NO ACTION", "NO ACTION")),
                        List.of("nullability-mismatch"), List.of("Left out of the migration: not possible as it"
                                + " stands: addresses.country_code is a generated column"), List.of("MODIFY COLUMN"
                                + " country_code VARCHAR(40) NOT NULL"), Optional.empty()));
            }
            return List.copyOf(cases);
        }
    }

    /** Chooses the drifts of one case. */
    interface DriftChooser {
        List<Drift> choose(Engine engine, SchemaModel correct, Random random);
    }

    /**
     * @param checkReports also render every report of each case and check it shows only the migration's statements
     *                     (costly: the compound cases, where fixes meet in one plan, are where it matters)
     * @return how many drifts of each kind the cases planted
     */
    private Map<Drift.Kind, Integer> roundTrip(TestDatabase db, Path scripts, int cases, DriftChooser chooser,
                                               boolean checkReports) throws Exception {
        long seed = Long.getLong("fkguard.roundtrip.seed", DEFAULT_SEED);
        long started = System.nanoTime();

        Path createScript = scripts.resolve("create.sql");
        MappingModel mapping = mappingAndCreateScript(db, createScript);
        List<String> create = Files.readAllLines(createScript).stream().map(String::trim)
                .filter(line -> !line.isEmpty()).map(MigrationRoundTripTest::withoutSemicolon).toList();

        int findingsFixed = 0;
        Map<Drift.Kind, Integer> drifts = new HashMap<>();
        try (Connection connection = db.connect()) {
            SchemaModel correct = freshSchema(db, connection, create);
            Report baseline = check(mapping, correct);
            assertEquals(List.of(), baseline.findings(), () -> "the correct schema is not clean on "
                    + db.engine().displayName() + ":\n" + new ConsoleReport().render(baseline));

            for (int i = 0; i < cases; i++) {
                long caseSeed = seed + i;
                List<Drift> applied = new ArrayList<>();
                String script = "";
                try {
                    freshSchema(db, connection, create);
                    applied = chooser.choose(db.engine(), correct, new Random(caseSeed));
                    for (Drift drift : applied) {
                        execute(connection, drift.sql());
                        drifts.merge(drift.kind(), 1, Integer::sum);
                    }
                    Report before = check(mapping, read(connection));
                    if (checkReports) {
                        ReportsShowOnlyPlannedStatements.check(before);
                    }
                    if (applied.stream().anyMatch(Drift::alwaysFound)) {
                        assertTrue(before.findings().stream().anyMatch(f -> !f.remedies().isEmpty()),
                                "drift not found:\n" + new ConsoleReport().render(before));
                    }
                    List<MigrationFile> files = new MigrationWriter("1").render(PlannedFixes.of(before).plan(), MigrationFormat.SQL);
                    script = files.isEmpty() ? "" : files.get(0).content();
                    if (checkReports && i == 0) {
                        assertReportAndMigrationAsBefore(db, before, script);
                    }
                    execute(connection, statementsOf(script));
                    findingsFixed += MigrationPlanOnDatabasesTest.fixable(before).size();

                    Report after = check(mapping, read(connection));
                    List<Finding> left = MigrationPlanOnDatabasesTest.fixable(after);
                    assertEquals(List.of(), left.stream().map(Finding::format).toList(),
                            "findings left after the migration:\n" + new ConsoleReport().render(after)
                            + "\nbefore it:\n" + new ConsoleReport().render(before));
                    // Nor a change the next plan leaves out waiting for another (a NOT NULL under a SET NULL rule
                    // the migration kept): the drifts plant nothing the engine refuses for good, but for a key over
                    // a column they widened (INT_BIGINT), which MySQL and MariaDB take only once a DBA narrows it.
                    MigrationPlan next = PlannedFixes.of(after).plan();
                    assertEquals(List.of(), next.refused().stream().filter(l -> !waitsForNarrowing(next, l))
                                    .map(l -> l.sql() + " -- " + l.prerequisite()).toList(),
                            "changes left waiting after the migration:\n" + new ConsoleReport().render(after)
                            + "\nbefore it:\n" + new ConsoleReport().render(before));
                } catch (AssertionError | RuntimeException | SQLException e) {
                    throw new AssertionError(db.engine().displayName() + " round trip case failed; replay with"
                            + " -Dfkguard.roundtrip.seed=" + caseSeed + " -Dfkguard.roundtrip.cases=1\ndrifts:\n  "
                            + applied.stream().map(d -> d.kind() + ": " + String.join(" ", d.sql()))
                            .collect(Collectors.joining("\n  "))
                            + "\nmigration:\n" + script + "\n" + e.getMessage(), e);
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "[round trip] %s: %d cases, %d findings fixed, %d ms; drifts %s%n",
                db.engine().displayName(), cases, findingsFixed, millis, drifts);
        assertTrue(findingsFixed >= cases / 2, "the drifts should be found: " + findingsFixed + " in " + cases);
        return drifts;
    }

    /** A key the plan leaves out over a column whose narrowing it leaves out too. */
    private static boolean waitsForNarrowing(MigrationPlan plan, MigrationPlan.LeftOut refused) {
        Optional<ForeignKey> key = refused.remedy() instanceof Remedy.AddForeignKey add ? Optional.of(add.key())
                : refused.remedy() instanceof Remedy.ReplaceForeignKey replace ? Optional.of(replace.wanted())
                : Optional.empty();
        return key.isPresent() && plan.narrowing().stream()
                .map(MigrationPlan.LeftOut::remedy)
                .filter(remedy -> remedy instanceof Remedy.ChangeColumnType)
                .map(Remedy.ChangeColumnType.class::cast)
                .anyMatch(change -> change.table().equals(key.get().table()) && key.get().columns().stream()
                        .anyMatch(c -> plan.database().names().sameColumn(change.table(), c, change.column())));
    }

    /**
     * The first compound case's whole report and migration, as users read them, compared with a golden file per
     * engine (the same on Hibernate 6.6 and 7.4, which write the correct schema here).
     */
    private static void assertReportAndMigrationAsBefore(TestDatabase db, Report report, String script) {
        String text = new TableGroupedTextReport().render(report) + "\n\n" + script;
        String stable = text.replace(report.database().version(), "<version>")
                .replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(db.schema()) + "\\b", "<db>");
        GoldenFiles.assertMatches("compound/" + db.engine().name().toLowerCase(Locale.ROOT) + ".txt", stable);
    }

    /**
     * Compound cases per engine: each plants up to six drifts and takes a few hundred milliseconds even on MariaDB, so
     * every engine gets as many as plant every kind the compound cases know there from the default seed (asserted).
     */
    private static int defaultCompoundCases(Engine engine) {
        return 8;
    }

    /** Enough cases for a few hundred in total; MySQL and MariaDB create tables with keys slowly (MariaDB most), so they get fewer. */
    private static int defaultCases(Engine engine) {
        return switch (engine) {
            case H2 -> 150;
            case POSTGRESQL -> 100;
            case MYSQL -> 60;
            case MARIADB -> 30;
        };
    }

    /** Reads the mapping, and lets Hibernate write the DDL of the correct schema for this engine to {@code script}. */
    static MappingModel mappingAndCreateScript(TestDatabase db, Path script) {
        return mappingAndCreateScript(db, script, RoundTripEntities.ALL);
    }

    /** As {@link #mappingAndCreateScript(TestDatabase, Path)}, for {@code entities}. */
    static MappingModel mappingAndCreateScript(TestDatabase db, Path script, Class<?>... entities) {
        Map<String, Object> settings = new HashMap<>(db.hibernateProperties());
        settings.put(FkGuardSettings.MODE, "off");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        settings.put("hibernate.format_sql", "false");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            Metadata metadata = sources.buildMetadata();
            MappingModel mapping = new MappingReader().read(metadata);
            metadata.buildSessionFactory().close();
            return mapping;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Drops the test schema with everything in it, creates it again and runs the create script. */
    static SchemaModel freshSchema(TestDatabase db, Connection connection, List<String> create)
            throws SQLException {
        String schema = db.schema();
        switch (db.engine()) {
            case H2 -> execute(connection, List.of("DROP ALL OBJECTS"));
            case POSTGRESQL -> execute(connection, List.of("DROP SCHEMA " + schema + " CASCADE",
                    "CREATE SCHEMA " + schema, "SET search_path TO " + schema));
            case MYSQL, MARIADB -> execute(connection, List.of("DROP DATABASE " + schema,
                    "CREATE DATABASE " + schema, "USE " + schema));
        }
        execute(connection, create);
        return read(connection);
    }

    static SchemaModel read(Connection connection) {
        return new CatalogReader().read(connection, List.of());
    }

    /** Checks with every finding in the migration's scope: the round trip fixes warnings too. */
    static Report check(MappingModel mapping, SchemaModel database) {
        return new FkGuard(FkGuardSettings.defaults()).check(mapping, database).withMigrationScope(MigrationScope.ALL);
    }

    /** The statements of a script as the SQL writer prints them: one per line, comments on their own lines. */
    static List<String> statementsOf(String script) {
        return script.lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                .map(MigrationRoundTripTest::withoutSemicolon)
                .toList();
    }

    static String withoutSemicolon(String sql) {
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    }

    static void execute(Connection connection, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new SQLException("rejected: " + sql + " -> " + e.getMessage(), e);
            }
        }
    }

    /** One change to the correct schema, as a DBA or a forgotten script might make it. */
    record Drift(Kind kind, List<String> sql, boolean alwaysFound) {

        enum Kind {
            DROP_FOREIGN_KEY, CHANGE_ON_DELETE, CHANGE_ON_UPDATE, INT_BIGINT, SIGNEDNESS, RETARGET, STALE_KEY,
            DROP_INDEX, NOT_VALID, MYISAM, NULLABILITY, REFERENCED_TYPE
        }

        /** The kinds {@link #compound} plants on {@code engine}: H2 keeps an index of its own for every key. */
        static java.util.Set<Kind> compoundKinds(Engine engine) {
            java.util.Set<Kind> kinds = java.util.EnumSet.of(Kind.INT_BIGINT, Kind.NULLABILITY, Kind.CHANGE_ON_DELETE,
                    Kind.CHANGE_ON_UPDATE, Kind.STALE_KEY);
            if (engine != Engine.H2) {
                kinds.add(Kind.DROP_INDEX);
            }
            return kinds;
        }

        /** One to three drifts, each on another foreign key, so they never undo each other. */
        static List<Drift> choose(Engine engine, SchemaModel schema, Random random) {
            List<ForeignKey> keys = new ArrayList<>(schema.foreignKeys());
            keys.sort(java.util.Comparator.comparing(k -> k.name().orElse("")));
            java.util.Collections.shuffle(keys, random);
            int count = 1 + random.nextInt(3);
            List<Drift> chosen = new ArrayList<>();
            SqlFor sql = new SqlFor(engine);
            // A MyISAM drift drops every key of its table: no other drift may touch that table before or after.
            java.util.Set<String> touched = new java.util.HashSet<>();
            java.util.Set<String> myIsam = new java.util.HashSet<>();
            for (ForeignKey key : keys) {
                String table = key.table().name().toLowerCase(Locale.ROOT);
                if (chosen.size() == count || myIsam.contains(table)) {
                    continue;
                }
                Drift drift = drift(engine, schema, key, sql, random, !touched.contains(table), chosen.isEmpty());
                if (drift.kind() == Kind.MYISAM) {
                    myIsam.add(table);
                }
                if (drift.kind() == Kind.REFERENCED_TYPE) {
                    // The tables that reference the changed column follow it: no other drift touches them.
                    referencing(schema, key).forEach(other -> myIsam.add(other.table().name().toLowerCase(Locale.ROOT)));
                }
                touched.add(table);
                chosen.add(drift);
            }
            if (random.nextInt(5) == 0) {
                chosen.add(new Drift(Kind.STALE_KEY, List.of(sql.addKey("orders", "fk_stale_legacy",
                        List.of("legacy_account_id"), "customers", List.of("id"), "NO ACTION", "NO ACTION")), true));
            }
            return chosen;
        }

        /**
         * Up to six drifts on one required or SET NULL key and its table: the column's type (MySQL and MariaDB drop
         * the key to change it, so the key is then missing), its nullability, the key's delete and update rules
         * (re-created once with both), the column's index (where the engine lets it go), and a stale key beside it.
         * Each statement is one the engine accepts in that state.
         */
        static List<Drift> compound(Engine engine, SchemaModel schema, Random random) {
            SqlFor sql = new SqlFor(engine);
            boolean mySql = sql.mySqlFamily();
            List<String> candidates = List.of("orders.customer_id", "categories.parent_id", "products.category_id");
            String[] pick = candidates.get(random.nextInt(candidates.size())).split("\\.");
            String table = pick[0];
            String columnName = pick[1];
            ForeignKey key = schema.foreignKeys().stream()
                    .filter(k -> k.table().name().equalsIgnoreCase(table) && k.columns().size() == 1
                            && k.columns().get(0).equalsIgnoreCase(columnName))
                    .findFirst().orElseThrow();
            String name = key.name().orElseThrow();
            boolean nullable = column(schema, key, columnName).nullable();
            String onDelete = key.onDelete().sql();
            String onUpdate = key.onUpdate().sql();
            List<Drift> chosen = new ArrayList<>();

            boolean typeDrift = random.nextBoolean();
            boolean keyDropped = typeDrift && mySql;
            String type = typeDrift ? "INTEGER" : "BIGINT";
            if (typeDrift) {
                List<String> statements = new ArrayList<>();
                if (keyDropped) {
                    // MySQL refuses to change the type of a column a foreign key uses.
                    statements.add(sql.dropKey(table, name));
                }
                statements.add(sql.changeType(table, columnName, type, nullable));
                chosen.add(new Drift(Kind.INT_BIGINT, statements, true));
            }
            String newDelete = onDelete;
            String newUpdate = onUpdate;
            if (!keyDropped) {
                if (random.nextInt(10) < 7) {
                    List<String> actions = new ArrayList<>(List.of("CASCADE", "NO ACTION", "SET NULL"));
                    actions.remove(key.onDelete().refusesDelete() ? "NO ACTION" : onDelete);
                    newDelete = actions.get(random.nextInt(actions.size()));
                }
                if (random.nextBoolean()) {
                    newUpdate = "CASCADE";
                }
            }
            boolean rulesChange = !newDelete.equals(onDelete) || !newUpdate.equals(onUpdate);
            boolean flip = random.nextInt(10) < 7;
            // MySQL and MariaDB refuse SET NULL over a NOT NULL column, when the key is created or the column changed.
            boolean setNullAfter = !keyDropped && (newDelete.equals("SET NULL") || newUpdate.equals("SET NULL"));
            if (mySql && setNullAfter && (flip ? nullable : !nullable)) {
                flip = false;
                if (!nullable) {
                    newDelete = onDelete;
                    newUpdate = onUpdate;
                    rulesChange = false;
                }
            }
            List<String> statements = new ArrayList<>();
            if (rulesChange) {
                statements.add(sql.dropKey(table, name));
            }
            if (flip) {
                statements.add(sql.nullability(table, columnName, type, !nullable));
            }
            if (!statements.isEmpty()) {
                chosen.add(new Drift(flip ? Kind.NULLABILITY : Kind.CHANGE_ON_DELETE, List.copyOf(statements), true));
            }
            if (rulesChange) {
                chosen.add(new Drift(newDelete.equals(onDelete) ? Kind.CHANGE_ON_UPDATE : Kind.CHANGE_ON_DELETE,
                        List.of(sql.addKey(table, name, key.columns(), key.targetTable().name(), key.targetColumns(),
                                newDelete, newUpdate)), true));
            }
            java.util.Optional<String> index = plainIndexOn(schema, key);
            // PostgreSQL lets any index go; MySQL only one no key needs; H2 may have given it to the key.
            boolean indexMayGo = engine == Engine.POSTGRESQL || keyDropped;
            if (index.isPresent() && indexMayGo && random.nextBoolean()) {
                chosen.add(new Drift(Kind.DROP_INDEX, List.of(sql.dropIndex(table, index.get())), true));
            }
            if (table.equals("orders") && random.nextInt(10) < 7) {
                chosen.add(new Drift(Kind.STALE_KEY, List.of(sql.addKey("orders", "fk_stale_legacy",
                        List.of("legacy_account_id"), "customers", List.of("id"), "NO ACTION", "NO ACTION")), true));
                if (engine == Engine.POSTGRESQL && random.nextBoolean()) {
                    // A stale key without an index: the plan drops it and must not index it.
                    chosen.add(new Drift(Kind.DROP_INDEX, List.of(sql.dropIndex("orders", "ix_orders_legacy")),
                            true));
                }
            }
            return chosen;
        }

        private static Drift drift(Engine engine, SchemaModel schema, ForeignKey key, SqlFor sql, Random random,
                                   boolean tableUntouched, boolean first) {
            boolean mySqlFamily = engine == Engine.MYSQL || engine == Engine.MARIADB;
            List<Kind> kinds = new ArrayList<>(List.of(Kind.DROP_FOREIGN_KEY, Kind.CHANGE_ON_DELETE,
                    Kind.CHANGE_ON_UPDATE));
            boolean referenced = schema.foreignKeys().stream().anyMatch(other -> other.targetTable().equals(key.table())
                    && other.targetColumns().stream().anyMatch(c -> contains(key.columns(), c)));
            if (!referenced) {
                kinds.add(Kind.INT_BIGINT);
                if (mySqlFamily) {
                    kinds.add(Kind.SIGNEDNESS);
                }
            } else if (first && key.columns().size() == 1) {
                // A column that references one key and is referenced by others (order_items.order_id).
                kinds.add(Kind.REFERENCED_TYPE);
            }
            if (key.columns().size() == 1 && !key.table().name().equalsIgnoreCase("order_items")) {
                kinds.add(Kind.RETARGET);
            }
            java.util.Optional<String> index = plainIndexOn(schema, key);
            if (engine == Engine.POSTGRESQL) {
                // MySQL refuses to drop the index a key needs, and H2 keeps one of its own for every key.
                index.ifPresent(name -> kinds.add(Kind.DROP_INDEX));
                kinds.add(Kind.NOT_VALID);
            }
            boolean tableReferenced = schema.foreignKeys().stream().anyMatch(other -> other.targetTable()
                    .equals(key.table()));
            if (mySqlFamily && tableUntouched && !tableReferenced) {
                kinds.add(Kind.MYISAM);
            }
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            String table = key.table().name();
            String name = key.name().orElseThrow();
            String drop = sql.dropKey(table, name);
            String onDelete = key.onDelete().sql();
            String onUpdate = key.onUpdate().sql();
            return switch (kind) {
                case DROP_FOREIGN_KEY -> new Drift(kind, List.of(drop), true);
                case CHANGE_ON_DELETE -> {
                    List<String> actions = new ArrayList<>(List.of("CASCADE", "RESTRICT", "NO ACTION"));
                    if (key.columns().stream().allMatch(c -> column(schema, key, c).nullable())) {
                        actions.add("SET NULL");
                    }
                    actions.remove(onDelete);
                    String action = actions.get(random.nextInt(actions.size()));
                    yield new Drift(kind, List.of(drop, sql.addKey(table, name, key.columns(),
                            key.targetTable().name(), key.targetColumns(), action, onUpdate)), false);
                }
                case CHANGE_ON_UPDATE -> new Drift(kind, List.of(drop, sql.addKey(table, name, key.columns(),
                        key.targetTable().name(), key.targetColumns(), onDelete, "CASCADE")), false);
                case INT_BIGINT, SIGNEDNESS -> {
                    String columnName = key.columns().get(random.nextInt(key.columns().size()));
                    Column column = column(schema, key, columnName);
                    boolean big = column.type().name().toUpperCase(Locale.ROOT).contains("BIG")
                            || column.type().name().equalsIgnoreCase("INT8");
                    String type = kind == Kind.SIGNEDNESS ? (big ? "BIGINT UNSIGNED" : "INT UNSIGNED")
                            : big ? "INTEGER" : "BIGINT";
                    List<String> statements = new ArrayList<>();
                    if (mySqlFamily) {
                        // MySQL refuses to change the type of a column a foreign key uses, and a key over unlike types.
                        statements.add(drop);
                    }
                    statements.add(sql.changeType(table, columnName, type, column.nullable()));
                    yield new Drift(kind, statements, true);
                }
                case RETARGET -> {
                    String target = key.targetTable().name().equalsIgnoreCase("customers") ? "coupons" : "customers";
                    boolean big = column(schema, key, key.columns().get(0)).type().name().toUpperCase(Locale.ROOT)
                            .contains("BIG");
                    yield big ? new Drift(kind, List.of(drop, sql.addKey(table, name, key.columns(), target,
                            List.of("id"), onDelete.equals("SET NULL") ? "NO ACTION" : onDelete, onUpdate)), true)
                            : new Drift(Kind.DROP_FOREIGN_KEY, List.of(drop), true);
                }
                case DROP_INDEX -> new Drift(kind, List.of("DROP INDEX " + index.orElseThrow()), true);
                case NOT_VALID -> new Drift(kind, List.of(drop, sql.addKey(table, name, key.columns(),
                        key.targetTable().name(), key.targetColumns(), onDelete, onUpdate) + " NOT VALID"), true);
                case MYISAM -> {
                    // InnoDB will not change the engine of a table with keys: drop them all, as a bulk load might.
                    List<String> statements = new ArrayList<>();
                    schema.foreignKeys().stream().filter(other -> other.table().equals(key.table()))
                            .forEach(other -> statements.add(sql.dropKey(table, other.name().orElseThrow())));
                    statements.add("ALTER TABLE " + table + " ENGINE=MyISAM");
                    yield new Drift(kind, statements, true);
                }
                case REFERENCED_TYPE -> {
                    // The column and every column referencing it become INTEGER together, as a careless migration
                    // might; MySQL and MariaDB need the keys to it dropped first and added back after, and refuse
                    // this key itself over INTEGER → BIGINT, so it stays missing there.
                    String columnName = key.columns().get(0);
                    List<ForeignKey> referencing = referencing(schema, key);
                    List<String> statements = new ArrayList<>();
                    if (mySqlFamily) {
                        statements.add(drop);
                        referencing.forEach(other -> statements.add(sql.dropKey(other.table().name(),
                                other.name().orElseThrow())));
                    }
                    statements.add(sql.changeType(table, columnName, "INTEGER",
                            column(schema, key, columnName).nullable()));
                    for (ForeignKey other : referencing) {
                        String otherColumn = other.columns().get(indexOf(other.targetColumns(), columnName));
                        statements.add(sql.changeType(other.table().name(), otherColumn, "INTEGER",
                                column(schema, other, otherColumn).nullable()));
                    }
                    if (mySqlFamily) {
                        referencing.forEach(other -> statements.add(sql.addKey(other.table().name(),
                                other.name().orElseThrow(), other.columns(), other.targetTable().name(),
                                other.targetColumns(), other.onDelete().sql(), other.onUpdate().sql())));
                    }
                    yield new Drift(kind, statements, true);
                }
                case STALE_KEY, NULLABILITY -> throw new IllegalStateException("chosen separately");
            };
        }

        /** A non-unique index whose columns are exactly the key's, if the key has one to itself. */
        private static java.util.Optional<String> plainIndexOn(SchemaModel schema, ForeignKey key) {
            java.util.Set<String> wanted = key.columns().stream().map(c -> c.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            return schema.table(key.table()).stream().flatMap(t -> t.indexes().stream())
                    .filter(i -> !i.unique())
                    .filter(i -> i.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())
                            .equals(wanted))
                    .map(dev.fkguard.model.Index::name)
                    .findFirst();
        }

        /** The keys that reference a column of {@code key}. */
        private static List<ForeignKey> referencing(SchemaModel schema, ForeignKey key) {
            return schema.foreignKeys().stream().filter(other -> other.targetTable().equals(key.table())
                    && other.targetColumns().stream().anyMatch(c -> contains(key.columns(), c))).toList();
        }

        private static int indexOf(List<String> names, String name) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name + " not in " + names);
        }

        private static boolean contains(List<String> names, String name) {
            return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
        }

        private static Column column(SchemaModel schema, ForeignKey key, String name) {
            Table table = schema.table(key.table()).orElseThrow();
            return table.column(name).orElseThrow();
        }
    }

    /** Drift statements, written by hand per engine so they do not rely on the renderer under test. */
    record SqlFor(Engine engine) {

        boolean mySqlFamily() {
            return engine == Engine.MYSQL || engine == Engine.MARIADB;
        }

        String dropKey(String table, String name) {
            return "ALTER TABLE " + table + (mySqlFamily() ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ") + name;
        }

        String addKey(String table, String name, List<String> columns, String target, List<String> targetColumns,
                      String onDelete, String onUpdate) {
            return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + String.join(", ", columns)
                    + ") REFERENCES " + target + " (" + String.join(", ", targetColumns) + ") ON DELETE " + onDelete
                    + " ON UPDATE " + onUpdate;
        }

        String nullability(String table, String column, String type, boolean nullable) {
            return mySqlFamily() ? changeType(table, column, type, nullable)
                    : "ALTER TABLE " + table + " ALTER COLUMN " + column + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
        }

        String dropIndex(String table, String index) {
            return mySqlFamily() ? "DROP INDEX " + index + " ON " + table : "DROP INDEX " + index;
        }

        String changeType(String table, String column, String type, boolean nullable) {
            return switch (engine) {
                case MYSQL, MARIADB -> "ALTER TABLE " + table + " MODIFY COLUMN " + column + " " + type
                        + (nullable ? " NULL" : " NOT NULL");
                case POSTGRESQL -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + type;
                case H2 -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + type;
            };
        }
    }
}
