package dev.fkguard.names;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.report.ForeignKeyGraph;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.fkguard.names.NameEntities.CRM;
import static dev.fkguard.names.NameEntities.LONG_COLUMN;
import static dev.fkguard.names.NameEntities.LONG_KEY;
import static dev.fkguard.names.NameEntities.LONG_TABLE;
import static dev.fkguard.names.NameEntities.QUOTED_SCHEMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identifier and namespace matrix, on every engine: for each hard kind of name, the check is clean when the
 * schema matches the mapping, catches a drift planted on one table and reports it on that table, and its fix
 * executes on the engine and leaves the check clean.
 *
 * <p>Tables are created with the spelling the mapping uses — unquoted where it is unquoted, so the engine folds it
 * itself — except reserved words, which a DBA must quote, spelled as the engine folds them.
 */
class NamesOnDatabasesTest {

    /** Missing indexes on PostgreSQL keys are not what these cases are about. */
    private static final Map<String, Object> GUARD = Map.of(
            FkGuardSettings.RULES + "missing-foreign-key-index", "off");

    // --- two schemas, cross-schema keys ---------------------------------------------------------------------------

    @AllDatabases
    void sameTableNamesInTwoSchemasAreTwoTablesAndKeysCrossSchemas(TestDatabase db, @TempDir Path dir)
            throws java.io.IOException {
        boolean mysql = isMySqlFamily(db);
        Class<?>[] entities = mysql
                ? new Class<?>[] {NameEntities.MCustomer.class, NameEntities.MCrmCustomer.class, NameEntities.MNote.class,
                        NameEntities.MCrmLead.class}
                : new Class<?>[] {NameEntities.SCustomer.class, NameEntities.SCrmCustomer.class, NameEntities.SNote.class,
                        NameEntities.SCrmLead.class};
        createCrm(db);
        try {
            db.execute(
                    "CREATE TABLE " + CRM + ".customers (id BIGINT PRIMARY KEY)",
                    // Not mapped: crm's notes and its key must never be taken for the mapped notes'.
                    "CREATE TABLE " + CRM + ".notes (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                            + " CONSTRAINT fk_crm_notes_customer FOREIGN KEY (customer_id) REFERENCES " + CRM
                            + ".customers (id))",
                    "CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE notes (id BIGINT PRIMARY KEY, customer_id BIGINT, crm_customer_id BIGINT,"
                            + " CONSTRAINT fk_notes_customer FOREIGN KEY (customer_id) REFERENCES customers (id),"
                            + " CONSTRAINT fk_notes_crm FOREIGN KEY (crm_customer_id) REFERENCES " + CRM
                            + ".customers (id))",
                    // Mapped, in crm, its key into the application's schema.
                    "CREATE TABLE " + CRM + ".leads (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                            + " CONSTRAINT fk_leads_customer FOREIGN KEY (customer_id) REFERENCES " + db.schema()
                            + ".customers (id))");
            assertClean(check(db, Map.of(), entities));

            // The mapped notes lose their key; crm.notes keeps its own on the same column name.
            db.execute(dropKey(db, "notes", "fk_notes_customer"));
            Report missing = check(db, Map.of(), entities);
            Finding finding = single(missing, "missing-foreign-key");
            assertEquals("notes", finding.location().table().name());
            assertTrue(finding.location().table().schema().isEmpty(), "reported on crm's notes: " + finding.format());
            applyFixes(db, missing);
            assertClean(check(db, Map.of(), entities));

            // The cross-schema key is moved to the same-name table of the application's schema.
            db.execute(dropKey(db, "notes", "fk_notes_crm"), "ALTER TABLE notes ADD CONSTRAINT fk_notes_crm"
                    + " FOREIGN KEY (crm_customer_id) REFERENCES customers (id)");
            Report retargeted = check(db, Map.of(), entities);
            Finding mismatch = single(retargeted, "foreign-key-target-mismatch");
            assertEquals("notes", mismatch.location().table().name());
            assertTrue(mismatch.location().table().schema().isEmpty(), mismatch.format());
            // The finding names the schema the key must reach, as the migration does.
            assertEquals(java.util.Optional.of(CRM), mismatch.location().target().orElseThrow().schema());
            assertTrue(mismatch.message().toLowerCase(java.util.Locale.ROOT).contains("references customers.id, but"
                    + " mapping") && mismatch.message().toLowerCase(java.util.Locale.ROOT).endsWith("references " + CRM
                    + ".customers.id; inserts of valid entities fail, or rows join to the wrong parent."),
                    mismatch.message());
            assertTrue(mismatch.location().describe(retargeted.database().names()).toLowerCase(java.util.Locale.ROOT)
                    .contains(CRM + ".customers.id"), mismatch.location().describe(retargeted.database().names()));
            assertTrue(dev.fkguard.support.GuardRun.sql(retargeted, mismatch).toLowerCase(java.util.Locale.ROOT)
                    .contains(CRM + ".customers"), () -> dev.fkguard.support.GuardRun.sql(retargeted, mismatch));
            applyFixes(db, retargeted);
            assertClean(check(db, Map.of(), entities));

            // The other direction: crm's leads, whose key reaches the application's customers, moved to crm's.
            db.execute(dropKey(db, CRM + ".leads", "fk_leads_customer"), "ALTER TABLE " + CRM + ".leads ADD"
                    + " CONSTRAINT fk_leads_customer FOREIGN KEY (customer_id) REFERENCES " + CRM + ".customers (id)");
            Report inCrm = check(db, Map.of(), entities);
            Finding back = single(inCrm, "foreign-key-target-mismatch");
            assertEquals("leads", back.location().table().name(), back.format());
            assertEquals(java.util.Optional.of(CRM), back.location().table().schema(), back.format());
            assertEquals("customers", back.location().target().orElseThrow().name(), back.format());
            assertTrue(back.location().target().orElseThrow().schema().isEmpty(), back.format());
            assertTrue(back.message().toLowerCase(java.util.Locale.ROOT).contains("references " + CRM
                    + ".customers.id, but mapping"), back.message());
            assertTrue(back.fix().toLowerCase(java.util.Locale.ROOT).contains("referencing customers.id"), back.fix());
            applyFixes(db, inCrm);
            assertClean(check(db, Map.of(), entities));

            // The same drift again, fixed by real Liquibase: its referenced table names the default schema too.
            db.execute(dropKey(db, CRM + ".leads", "fk_leads_customer"), "ALTER TABLE " + CRM + ".leads ADD"
                    + " CONSTRAINT fk_leads_customer FOREIGN KEY (customer_id) REFERENCES " + CRM + ".customers (id)");
            dev.fkguard.migration.MigrationFile changelog = new dev.fkguard.migration.MigrationWriter("1").render(
                    dev.fkguard.report.PlannedFixes.of(check(db, Map.of(), entities)).plan(),
                    dev.fkguard.migration.MigrationFormat.LIQUIBASE_YAML).get(0);
            Path changelogs = Files.createDirectories(dir.resolve("changelog"));
            Files.writeString(changelogs.resolve(changelog.fileName()), changelog.content());
            try {
                dev.fkguard.support.LiquibaseRun.update(db, changelogs, changelog.fileName());
            } catch (Exception e) {
                throw new AssertionError("Liquibase refused:\n" + changelog.content(), e);
            }
            Report afterLiquibase = check(db, Map.of(), entities);
            assertEquals(List.of(), formatted(afterLiquibase.findings()), changelog.content());
        } finally {
            dropCrm(db);
        }
    }

    @AllDatabases
    void theDefaultSchemaOfTheMappingIsRead(TestDatabase db) {
        createCrm(db);
        try {
            db.execute("CREATE TABLE " + CRM + ".customers (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + CRM + ".notes (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                            + " CONSTRAINT fk_notes_customer FOREIGN KEY (customer_id) REFERENCES " + CRM
                            + ".customers (id))");
            Map<String, Object> hibernate = Map.of(isMySqlFamily(db) ? "hibernate.default_catalog"
                    : "hibernate.default_schema", CRM);
            Class<?>[] entities = {NameEntities.DCustomer.class, NameEntities.DNote.class};
            assertClean(check(db, hibernate, entities));

            db.execute("ALTER TABLE " + CRM + ".notes " + dropClause(db, "fk_notes_customer"));
            Report missing = check(db, hibernate, entities);
            Finding finding = single(missing, "missing-foreign-key");
            assertEquals("notes", finding.location().table().name());
            assertTrue(dev.fkguard.support.GuardRun.sql(missing, finding).toLowerCase(java.util.Locale.ROOT)
                    .contains("alter table " + CRM + ".notes"), () -> dev.fkguard.support.GuardRun.sql(missing, finding));
            applyFixes(db, missing);
            assertClean(check(db, hibernate, entities));
        } finally {
            dropCrm(db);
        }
    }

    // --- case ---------------------------------------------------------------------------------------------------

    @AllDatabases
    void quotedMixedCaseNamesAreNotTheirUnquotedTwins(TestDatabase db) {
        Class<?>[] entities = {NameEntities.QCustomer.class, NameEntities.QOrderLine.class};
        String customer = quote(db, "Customer");
        String lines = quote(db, "OrderLines");
        db.execute("CREATE TABLE " + customer + " (id BIGINT PRIMARY KEY)",
                "CREATE TABLE customer (id BIGINT PRIMARY KEY)",
                "CREATE TABLE " + lines + " (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                        + " CONSTRAINT fk_lines_customer FOREIGN KEY (customer_id) REFERENCES " + customer + " (id))",
                "CREATE TABLE orderlines (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                        + " CONSTRAINT fk_twin_customer FOREIGN KEY (customer_id) REFERENCES customer (id))");
        assertClean(check(db, Map.of(), entities));

        // Pointed at the twin that differs only in case.
        db.execute(dropKey(db, lines, "fk_lines_customer"), "ALTER TABLE " + lines + " ADD CONSTRAINT"
                + " fk_lines_customer FOREIGN KEY (customer_id) REFERENCES customer (id)");
        Report retargeted = check(db, Map.of(), entities);
        assertEquals("OrderLines", single(retargeted, "foreign-key-target-mismatch").location().table().name());
        applyFixes(db, retargeted);
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, lines, "fk_lines_customer"));
        Report missing = check(db, Map.of(), entities);
        assertEquals("OrderLines", single(missing, "missing-foreign-key").location().table().name());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));
    }

    @AllDatabases
    void columnsThatDifferOnlyInCaseAreTwoColumns(TestDatabase db) {
        if (isMySqlFamily(db)) {
            mysqlColumnNamesHaveNoCase(db);
            return;
        }
        Class<?>[] entities = {NameEntities.CtRegion.class, NameEntities.CtZone.class, NameEntities.CtShop.class};
        String twin = quote(db, "Code");
        db.execute("CREATE TABLE ct_regions (id BIGINT PRIMARY KEY)", "CREATE TABLE ct_zones (id BIGINT PRIMARY KEY)",
                "CREATE TABLE ct_shops (id BIGINT PRIMARY KEY, code BIGINT, " + twin + " BIGINT,"
                        + " CONSTRAINT fk_shops_b_region FOREIGN KEY (code) REFERENCES ct_regions (id),"
                        + " CONSTRAINT fk_shops_a_zone FOREIGN KEY (" + twin + ") REFERENCES ct_zones (id))");
        assertClean(check(db, Map.of(), entities));

        // The quoted twin's key is aimed at the unquoted twin's target: only that key is wrong, and only it is fixed.
        db.execute(dropKey(db, "ct_shops", "fk_shops_a_zone"), "ALTER TABLE ct_shops ADD CONSTRAINT fk_shops_a_zone"
                + " FOREIGN KEY (" + twin + ") REFERENCES ct_regions (id)");
        Report retargeted = check(db, Map.of(), entities);
        Finding mismatch = single(retargeted, "foreign-key-target-mismatch");
        assertEquals(List.of("Code"), mismatch.location().columns(), mismatch.format());
        String fix = mismatch.fix().toLowerCase(java.util.Locale.ROOT);
        assertTrue(fix.contains("fk_shops_a_zone") && !fix.contains("fk_shops_b_region"), mismatch.fix());
        applyFixes(db, retargeted);
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, "ct_shops", "fk_shops_a_zone"));
        Report missingQuoted = check(db, Map.of(), entities);
        assertEquals(List.of("Code"), single(missingQuoted, "missing-foreign-key").location().columns());
        applyFixes(db, missingQuoted);
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, "ct_shops", "fk_shops_b_region"));
        Report missingUnquoted = check(db, Map.of(), entities);
        assertEquals(List.of("code"), single(missingUnquoted, "missing-foreign-key").location().columns());
        applyFixes(db, missingUnquoted);
        assertClean(check(db, Map.of(), entities));
    }

    /**
     * The report's graph, suppressions and baseline lines tell case-only column twins apart (H2, PostgreSQL), here
     * twins whose keys reference the same table.
     */
    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void reportsSuppressionsAndBaselineTellColumnTwinsApart(TestDatabase db, @TempDir Path dir) throws Exception {
        Class<?>[] entities = {NameEntities.CtRegion.class, NameEntities.CtPair.class};
        String twin = quote(db, "Code");
        String addQuoted = "ALTER TABLE ct_pairs ADD CONSTRAINT fk_pairs_backup FOREIGN KEY (" + twin
                + ") REFERENCES ct_regions (id)";
        String addUnquoted = "ALTER TABLE ct_pairs ADD CONSTRAINT fk_pairs_region FOREIGN KEY (code)"
                + " REFERENCES ct_regions (id)";
        db.execute("CREATE TABLE ct_regions (id BIGINT PRIMARY KEY)",
                "CREATE TABLE ct_pairs (id BIGINT PRIMARY KEY, code BIGINT, " + twin + " BIGINT)", addUnquoted);

        // Graph: two mapped edges, only the unquoted twin's in the database; the finding comes from the backup.
        Report missingQuoted = check(db, Map.of(), entities);
        Finding missing = single(missingQuoted, "missing-foreign-key");
        assertEquals(List.of("Code"), missing.location().columns());
        List<String> edges = missingQuoted.graph().edges().stream().filter(ForeignKeyGraph.Edge::mapped)
                .map(e -> e.columns() + (e.inDatabase() ? " in database" : " missing")).sorted().toList();
        assertEquals(List.of("[Code] missing", "[code] in database"), edges);
        assertEquals(java.util.Optional.of("backup"), missingQuoted.graph().sourceOf(missing.location())
                .flatMap(dev.fkguard.report.EntitySource::attribute));

        // Baseline: the quoted twin's line keeps its case and accepts that twin's finding only.
        Path baseline = dir.resolve("baseline.txt");
        Map<String, Object> write = Map.of(FkGuardSettings.BASELINE, baseline.toString(),
                FkGuardSettings.BASELINE_WRITE, "true");
        assertEquals(1, check(db, Map.of(), write, entities).baselined().size());
        assertTrue(Files.readString(baseline).contains("missing-foreign-key|ct_pairs|\"Code\"|ct_regions|id\n"),
                Files.readString(baseline));
        Map<String, Object> read = Map.of(FkGuardSettings.BASELINE, baseline.toString());
        assertEquals(1, check(db, Map.of(), read, entities).baselined().size());
        db.execute(addQuoted, dropKey(db, "ct_pairs", "fk_pairs_region"));
        Report missingUnquoted = check(db, Map.of(), read, entities);
        assertEquals(0, missingUnquoted.baselined().size(), () -> String.join("\n",
                formatted(missingUnquoted.baselined())));
        assertEquals(List.of("missing-foreign-key", "stale-baseline-entry"),
                missingUnquoted.findings().stream().map(f -> f.rule().value()).sorted().toList());
        Finding unquoted = missingUnquoted.findings().stream()
                .filter(f -> f.rule().value().equals("missing-foreign-key")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("region"), missingUnquoted.graph().sourceOf(unquoted.location())
                .flatMap(dev.fkguard.report.EntitySource::attribute));

        // A suppression on the quoted twin does not hide the unquoted twin's finding: it suppresses nothing.
        Report unsuppressed = check(db, Map.of(), Map.of(), NameEntities.CtRegion.class,
                NameEntities.CtSuppressedPair.class);
        assertEquals(List.of(), unsuppressed.suppressed().stream().map(f -> f.finding().format()).toList());
        assertEquals(List.of("missing-foreign-key ct_pairs[code]", "unused-suppression ct_pairs[Code]"),
                unsuppressed.findings().stream().map(f -> f.rule().value() + " " + f.location().table().name()
                        + f.location().columns()).sorted().toList());

        // A line written before quoted names kept their case (all lower case) still matches, either twin.
        Files.writeString(baseline, "missing-foreign-key|ct_pairs|code|ct_regions|id\n");
        assertEquals(List.of("code"), check(db, Map.of(), read, entities).baselined().get(0).location().columns());
        db.execute(addUnquoted, dropKey(db, "ct_pairs", "fk_pairs_backup"));
        Report legacyLine = check(db, Map.of(), read, entities);
        assertEquals(List.of(), formatted(legacyLine.findings()));
        assertEquals(List.of("Code"), legacyLine.baselined().get(0).location().columns());
    }

    /** Rows are counted for each twin's relation: two case-only twins are two relations (H2, PostgreSQL). */
    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void orphanedRowsAreCountedForEachTwin(TestDatabase db) {
        Class<?>[] entities = {NameEntities.CtRegion.class, NameEntities.CtPair.class};
        String twin = quote(db, "Code");
        db.execute("CREATE TABLE ct_regions (id BIGINT PRIMARY KEY)",
                "CREATE TABLE ct_pairs (id BIGINT PRIMARY KEY, code BIGINT, " + twin + " BIGINT)",
                "INSERT INTO ct_regions (id) VALUES (1)",
                "INSERT INTO ct_pairs (id, code, " + twin + ") VALUES (1, 7, 1), (2, 1, 8), (3, 9, 9)");
        Report report = check(db, Map.of(), Map.of(FkGuardSettings.DATA_CHECKS, "true"), entities);
        List<String> orphans = report.findings().stream().filter(f -> f.rule().value().equals("orphaned-rows"))
                .map(f -> f.location().columns().toString()).sorted().toList();
        assertEquals(List.of("[Code]", "[code]"), orphans, () -> String.join("\n", formatted(report.findings())));
    }

    /**
     * An unquoted mapping column is the column the engine folds it to, not a quoted column stored exactly as the
     * mapping spells it: H2 {@code code} is {@code CODE}, not {@code "code"}; PostgreSQL {@code CODE} is {@code code},
     * not {@code "CODE"}.
     */
    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void anUnquotedColumnIsTheFoldedOneNotAQuotedColumnSpelledLikeIt(TestDatabase db) {
        boolean h2 = db.engine() == Engine.H2;
        Class<?>[] entities = {NameEntities.CtRegion.class,
                h2 ? NameEntities.CtFoldUpper.class : NameEntities.CtFoldLower.class};
        String spelled = quote(db, h2 ? "code" : "CODE");
        db.execute("CREATE TABLE ct_regions (id BIGINT PRIMARY KEY)",
                "CREATE TABLE ct_folds (id BIGINT PRIMARY KEY, code BIGINT, " + spelled + " BIGINT,"
                        + " CONSTRAINT fk_folds_region FOREIGN KEY (code) REFERENCES ct_regions (id))");
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, "ct_folds", "fk_folds_region"));
        Report missing = check(db, Map.of(), entities);
        Finding finding = single(missing, "missing-foreign-key");
        assertEquals(List.of(h2 ? "CODE" : "code"), finding.location().columns(), finding.format());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));
    }

    /**
     * A named {@code hibernate.fkguard.schemas} entry is written like a name in the mapping: unquoted, it is folded as
     * the engine folds names ({@code fkg_crm} is {@code FKG_CRM} on H2, {@code FKG_CRM} is {@code fkg_crm} on
     * PostgreSQL); quoted, it keeps its case.
     */
    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void namedSchemasAreFoldedLikeMappingNames(TestDatabase db) {
        boolean h2 = db.engine() == Engine.H2;
        Class<?>[] entities = {NameEntities.CtRegion.class, NameEntities.CtZone.class};
        List<String> inCrm = List.of(h2 ? "SET SCHEMA " + CRM : "SET search_path TO " + CRM);
        createCrm(db);
        try {
            db.execute("CREATE TABLE " + CRM + ".ct_regions (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + CRM + ".ct_zones (id BIGINT PRIMARY KEY)");
            // Spelled in the case the engine does not store: read only because it is folded.
            String otherCase = h2 ? CRM : CRM.toUpperCase(java.util.Locale.ROOT);
            Report folded = check(db, Map.of(), Map.of(FkGuardSettings.SCHEMAS, otherCase), inCrm, entities);
            assertClean(folded);
            String stored = h2 ? CRM.toUpperCase(java.util.Locale.ROOT) : CRM;
            assertEquals(List.of(stored), folded.database().schemas());

            // Quoted, the entry keeps its case: in the stored case it names the schema, in the other it does not.
            Map<String, Object> quotedStored = Map.of(FkGuardSettings.SCHEMAS, "\"" + stored + "\"");
            assertEquals(List.of(stored), check(db, Map.of(), quotedStored, inCrm, entities).database().schemas());
            Map<String, Object> quotedOther = Map.of(FkGuardSettings.SCHEMAS, "\"" + otherCase + "\"");
            Exception none = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> check(db, Map.of(), quotedOther, inCrm, entities));
            assertTrue(String.valueOf(none.getMessage()).contains("none of the"), none.getMessage());
        } finally {
            dropCrm(db);
        }
    }

    /** MySQL and MariaDB compare column names without case, whatever lower_case_table_names says. */
    private static void mysqlColumnNamesHaveNoCase(TestDatabase db) {
        Class<?>[] entities = {NameEntities.CtZone.class, NameEntities.CtStall.class};
        db.execute("CREATE TABLE ct_zones (id BIGINT PRIMARY KEY)", "CREATE TABLE ct_stalls (id BIGINT PRIMARY KEY,"
                + " code BIGINT, CONSTRAINT fk_stalls_zone FOREIGN KEY (code) REFERENCES ct_zones (id))");
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, "ct_stalls", "fk_stalls_zone"));
        Report missing = check(db, Map.of(), entities);
        assertEquals(List.of("Code"), single(missing, "missing-foreign-key").location().columns());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));
    }

    @AllDatabases
    void globallyQuotedIdentifiersKeepTheirCase(TestDatabase db) {
        Map<String, Object> hibernate = Map.of("hibernate.globally_quoted_identifiers", "true");
        Class<?>[] entities = {NameEntities.GCustomer.class, NameEntities.GOrder.class};
        db.execute("CREATE TABLE " + quote(db, "g_customers") + " (" + quote(db, "id") + " BIGINT PRIMARY KEY)",
                "CREATE TABLE " + quote(db, "g_orders") + " (" + quote(db, "id") + " BIGINT PRIMARY KEY, "
                        + quote(db, "customer_id") + " BIGINT, CONSTRAINT fk_g_orders FOREIGN KEY ("
                        + quote(db, "customer_id") + ") REFERENCES " + quote(db, "g_customers") + " ("
                        + quote(db, "id") + "))");
        assertClean(check(db, hibernate, entities));

        db.execute(dropKey(db, quote(db, "g_orders"), "fk_g_orders"));
        Report missing = check(db, hibernate, entities);
        assertEquals("g_orders", single(missing, "missing-foreign-key").location().table().name());
        applyFixes(db, missing);
        assertClean(check(db, hibernate, entities));
    }

    /**
     * {@code globally_quoted_identifiers=true} with mixed-case tables, columns and schema: every name is quoted, so
     * the engine keeps its case, and twins spelled in lower case unquoted ({@code orderline}, {@code customer}) are
     * other tables. Clean as created; a drift in the second schema is reported there, a key aimed at the twin on the
     * table it leaves, and each fix runs as quoted DDL.
     */
    @AllDatabases
    void globallyQuotedMixedCaseNamesAcrossTwoSchemas(TestDatabase db) {
        Map<String, Object> hibernate = Map.of("hibernate.globally_quoted_identifiers", "true");
        Class<?>[] entities = isMySqlFamily(db)
                ? new Class<?>[] {NameEntities.GmCustomer.class, NameEntities.GmOrderLine.class,
                        NameEntities.GmCustomerNote.class}
                : new Class<?>[] {NameEntities.GqCustomer.class, NameEntities.GqOrderLine.class,
                        NameEntities.GqCustomerNote.class};
        String sales = quote(db, QUOTED_SCHEMA);
        String customer = sales + "." + quote(db, "Customer");
        String customerId = quote(db, "customerId");
        String id = quote(db, "id");
        dropSchema(db, sales);
        db.execute(isMySqlFamily(db) ? "CREATE DATABASE " + sales : "CREATE SCHEMA " + sales);
        try {
            db.execute("CREATE TABLE " + customer + " (" + quote(db, "CustomerNo") + " BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + sales + ".customer (customerno BIGINT PRIMARY KEY)",
                    "CREATE TABLE " + quote(db, "OrderLine") + " (" + id + " BIGINT PRIMARY KEY, " + customerId
                            + " BIGINT, CONSTRAINT fk_order_line_customer FOREIGN KEY (" + customerId
                            + ") REFERENCES " + customer + " (" + quote(db, "CustomerNo") + "))",
                    "CREATE TABLE orderline (id BIGINT PRIMARY KEY, customerid BIGINT, CONSTRAINT fk_orderline_twin"
                            + " FOREIGN KEY (customerid) REFERENCES " + sales + ".customer (customerno))",
                    "CREATE TABLE " + sales + "." + quote(db, "CustomerNote") + " (" + id + " BIGINT PRIMARY KEY, "
                            + customerId + " BIGINT, CONSTRAINT fk_customer_note_customer FOREIGN KEY ("
                            + customerId + ") REFERENCES " + customer + " (" + quote(db, "CustomerNo") + "))");
            assertClean(check(db, hibernate, entities));

            // The second schema's table loses its key: reported there, on the mixed-case table, not on a twin.
            db.execute(dropKey(db, sales + "." + quote(db, "CustomerNote"), "fk_customer_note_customer"));
            Report missing = check(db, hibernate, entities);
            Finding finding = single(missing, "missing-foreign-key");
            assertEquals("CustomerNote", finding.location().table().name(), finding.format());
            assertEquals(java.util.Optional.of(QUOTED_SCHEMA), finding.location().table().schema(), finding.format());
            assertEquals(List.of("customerId"), finding.location().columns(), finding.format());
            assertEquals("Customer", finding.location().target().orElseThrow().name(), finding.format());
            applyFixes(db, missing);
            assertClean(check(db, hibernate, entities));

            // The application's OrderLine aimed at the lower-case twin of the other schema's Customer.
            db.execute(dropKey(db, quote(db, "OrderLine"), "fk_order_line_customer"), "ALTER TABLE "
                    + quote(db, "OrderLine") + " ADD CONSTRAINT fk_order_line_customer FOREIGN KEY (" + customerId
                    + ") REFERENCES " + sales + ".customer (customerno)");
            Report retargeted = check(db, hibernate, entities);
            Finding mismatch = single(retargeted, "foreign-key-target-mismatch");
            assertEquals("OrderLine", mismatch.location().table().name(), mismatch.format());
            assertTrue(mismatch.location().table().schema().isEmpty(), mismatch.format());
            assertEquals(java.util.Optional.of(QUOTED_SCHEMA),
                    mismatch.location().target().orElseThrow().schema(), mismatch.format());
            applyFixes(db, retargeted);
            assertClean(check(db, hibernate, entities));
        } finally {
            dropSchema(db, sales);
        }
    }

    // --- words --------------------------------------------------------------------------------------------------

    @AllDatabases
    void reservedWordsAreQuoted(TestDatabase db) {
        Class<?>[] entities = {NameEntities.WRank.class, NameEntities.WDesc.class};
        String rank = reserved(db, "rank");
        String desc = reserved(db, "desc");
        db.execute("CREATE TABLE " + rank + " (" + reserved(db, "interval") + " BIGINT PRIMARY KEY)",
                "CREATE TABLE " + desc + " (id BIGINT PRIMARY KEY, " + reserved(db, "range") + " BIGINT,"
                        + " CONSTRAINT fk_desc_rank FOREIGN KEY (" + reserved(db, "range") + ") REFERENCES " + rank
                        + " (" + reserved(db, "interval") + "))");
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, desc, "fk_desc_rank"));
        Report missing = check(db, Map.of(), entities);
        assertEquals("desc", single(missing, "missing-foreign-key").location().table().name());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));
    }

    @AllDatabases
    void namesWithSpacesAreQuotedAsWritten(TestDatabase db) {
        Class<?>[] entities = {NameEntities.SpNote.class, NameEntities.SpLine.class};
        String notes = quote(db, "order notes");
        String lines = quote(db, "note lines");
        db.execute("CREATE TABLE " + notes + " (id BIGINT PRIMARY KEY)",
                "CREATE TABLE " + lines + " (id BIGINT PRIMARY KEY, " + quote(db, "note ref") + " BIGINT,"
                        + " CONSTRAINT fk_note_ref FOREIGN KEY (" + quote(db, "note ref") + ") REFERENCES " + notes
                        + " (id))");
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, lines, "fk_note_ref"));
        Report missing = check(db, Map.of(), entities);
        assertEquals("note lines", single(missing, "missing-foreign-key").location().table().name());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));
    }

    /**
     * Unquoted non-ASCII names are the names the engine folds them to: H2 upper-cases {@code kunde_straße} to
     * {@code KUNDE_STRASSE} (what H2 2.4 stores, read back here), PostgreSQL lowers A–Z only and keeps
     * {@code Ämter_id}'s Ä. A drift on either table is located on it, and the fix names the table as it is stored.
     */
    @AllDatabases
    void nonAsciiNamesFoldAsTheEngineFoldsThem(TestDatabase db) {
        Class<?>[] entities = {NameEntities.NOffice.class, NameEntities.NStreet.class, NameEntities.NPlace.class};
        db.execute("CREATE TABLE amt (id BIGINT PRIMARY KEY)",
                "CREATE TABLE kunde_straße (id BIGINT PRIMARY KEY, Ämter_id BIGINT,"
                        + " CONSTRAINT fk_strasse_amt FOREIGN KEY (Ämter_id) REFERENCES amt (id))",
                "CREATE TABLE ort (id BIGINT PRIMARY KEY, straße_id BIGINT,"
                        + " CONSTRAINT fk_ort_strasse FOREIGN KEY (straße_id) REFERENCES kunde_straße (id))");
        Report created = check(db, Map.of(), entities);
        assertClean(created);
        boolean h2 = db.engine() == Engine.H2;
        String street = h2 ? "KUNDE_STRASSE" : "kunde_straße";
        assertTrue(created.schema().tables().stream().anyMatch(t -> t.ref().tableName().stored().equals(street)),
                () -> created.schema().tables().stream().map(t -> t.ref().tableName().stored()).toList().toString());

        // The non-ASCII table's own key is dropped: located on it, and the fix names the table H2 stores.
        db.execute(dropKey(db, "kunde_straße", "fk_strasse_amt"));
        Report own = check(db, Map.of(), entities);
        Finding finding = single(own, "missing-foreign-key");
        assertEquals("kunde_straße", finding.location().table().name(), finding.format());
        assertTrue(finding.location().table().schema().isEmpty(), finding.format());
        assertEquals(street, finding.location().table().tableName().stored(), finding.format());
        String sql = dev.fkguard.support.GuardRun.sql(own, finding);
        assertTrue(sql.contains(street) && sql.contains(h2 ? "ÄMTER_ID" : "Ämter_id"), sql);
        applyFixes(db, own);
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, "ort", "fk_ort_strasse"));
        Report missing = check(db, Map.of(), entities);
        assertEquals("ort", single(missing, "missing-foreign-key").location().table().name());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));
    }

    /**
     * PostgreSQL cuts every identifier to 63 bytes, in DDL and queries alike, and stores the cut name: a 64-byte
     * table, a 64-byte column and a 64-byte {@code @ForeignKey(name)} are the names it keeps. The check is clean as
     * created (no missing/unexpected pair, no name mismatch), a drift on the long table itself is located there,
     * and the fixes — a key added, a key renamed to the long name — run and leave the check clean.
     */
    @AllDatabases
    void namesOf64BytesAreComparedAsTheEngineKeepsThem(TestDatabase db) {
        Class<?>[] entities = {NameEntities.LOwner.class, NameEntities.LAccount.class, NameEntities.LChild.class};
        boolean postgres = db.engine() == Engine.POSTGRESQL;
        assertEquals(64, LONG_TABLE.length());
        assertEquals(64, LONG_COLUMN.length());
        assertEquals(64, LONG_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        db.execute("CREATE TABLE long_owner (id BIGINT PRIMARY KEY)",
                "CREATE TABLE " + LONG_TABLE + " (id BIGINT PRIMARY KEY, owner_id BIGINT, CONSTRAINT " + LONG_KEY
                        + " FOREIGN KEY (owner_id) REFERENCES long_owner (id))",
                "CREATE TABLE long_child (id BIGINT PRIMARY KEY, " + LONG_COLUMN + " BIGINT,"
                        + " CONSTRAINT fk_long_child FOREIGN KEY (" + LONG_COLUMN + ") REFERENCES " + LONG_TABLE
                        + " (id))");
        Report created = check(db, Map.of(), entities);
        assertClean(created);
        // The key's name as the catalog holds it: cut before the ß on PostgreSQL, folded by H2, as written on MySQL.
        String storedKey = postgres ? LONG_KEY.substring(0, 62)
                : db.engine() == Engine.H2 ? LONG_KEY.toUpperCase(java.util.Locale.ENGLISH) : LONG_KEY;
        String childKey = db.engine() == Engine.H2 ? "FK_LONG_CHILD" : "fk_long_child";
        assertEquals(java.util.Set.of(storedKey, childKey), created.schema().foreignKeys().stream()
                .map(k -> k.name().orElseThrow()).collect(Collectors.toSet()));

        // The long table's own key is dropped: reported on that table, as the mapping writes it and as stored.
        db.execute(dropKey(db, LONG_TABLE, LONG_KEY));
        Report missing = check(db, Map.of(), entities);
        Finding finding = single(missing, "missing-foreign-key");
        assertEquals(LONG_TABLE, finding.location().table().name(), finding.format());
        assertTrue(finding.location().table().schema().isEmpty(), finding.format());
        String storedTable = postgres ? LONG_TABLE.substring(0, 63)
                : db.engine() == Engine.H2 ? LONG_TABLE.toUpperCase(java.util.Locale.ROOT) : LONG_TABLE;
        assertEquals(storedTable, finding.location().table().tableName().stored(), finding.format());
        applyFixes(db, missing);
        assertClean(check(db, Map.of(), entities));

        // Under another name: the rename to the mapping's long name runs, and the cut name it leaves is that name.
        db.execute(dropKey(db, LONG_TABLE, LONG_KEY), "ALTER TABLE " + LONG_TABLE + " ADD CONSTRAINT fk_long_owner"
                + " FOREIGN KEY (owner_id) REFERENCES long_owner (id)");
        Report renamed = check(db, Map.of(), entities);
        assertEquals(LONG_TABLE, single(renamed, "constraint-name-mismatch").location().table().name());
        applyFixes(db, renamed);
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, "long_child", "fk_long_child"));
        Report child = check(db, Map.of(), entities);
        assertEquals("long_child", single(child, "missing-foreign-key").location().table().name());
        applyFixes(db, child);
        assertClean(check(db, Map.of(), entities));
    }

    // --- views --------------------------------------------------------------------------------------------------

    /**
     * Each entity on a view ({@code @Immutable} on {@code v_summary}) or a query ({@code @Subselect}) is reported
     * once, at INFO, and its relations are not checked; the key of a table beside them on the view's base table is.
     */
    @AllDatabases
    void entitiesOnViewsAndQueriesAreReportedOnceAndNotChecked(TestDatabase db) {
        Class<?>[] entities = {NameEntities.VCustomer.class, NameEntities.VSummary.class, NameEntities.VQuery.class,
                NameEntities.VOrder.class};
        db.execute("CREATE TABLE v_customers (id BIGINT PRIMARY KEY)",
                "CREATE VIEW v_summary AS SELECT id, id AS customer_id FROM v_customers",
                "CREATE TABLE v_orders (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                        + " CONSTRAINT fk_v_orders_customer FOREIGN KEY (customer_id) REFERENCES v_customers (id))");
        List<String> views = List.of("INFO mapped-view VQuery is mapped to a query (@Subselect)",
                "INFO mapped-view v_summary is a view in the database");
        assertEquals(views, viewLines(check(db, Map.of(), entities)));

        db.execute(dropKey(db, "v_orders", "fk_v_orders_customer"));
        Report missing = check(db, Map.of(), entities);
        List<Finding> drift = missing.findings().stream().filter(f -> !f.rule().value().equals("mapped-view")).toList();
        assertEquals(1, drift.size(), () -> String.join("\n", formatted(missing.findings())));
        assertEquals("missing-foreign-key", drift.get(0).rule().value(), drift.get(0).format());
        assertEquals("v_orders", drift.get(0).location().table().name(), drift.get(0).format());
        assertEquals("v_customers", drift.get(0).location().target().orElseThrow().name(), drift.get(0).format());
        applyFixes(db, missing);
        assertEquals(views, viewLines(check(db, Map.of(), entities)));
    }

    /** Every finding as {@code SEVERITY rule table what}, sorted; a finding that is not a view's keeps its text. */
    private static List<String> viewLines(Report report) {
        return report.findings().stream().map(f -> f.rule().value().equals("mapped-view")
                        ? f.severity() + " mapped-view " + f.location().table().name() + " "
                                + f.message().substring(f.location().table().name().length() + 1,
                                        f.message().indexOf(':'))
                        : f.severity() + " " + f.format())
                .sorted().toList();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static Report check(TestDatabase db, Map<String, Object> hibernate, Class<?>... entities) {
        return check(db, hibernate, Map.of(), entities);
    }

    /** {@code guard}: settings of the guard besides {@link #GUARD}. */
    static Report check(TestDatabase db, Map<String, Object> hibernate, Map<String, Object> guard,
                        Class<?>... entities) {
        return check(db, hibernate, guard, List.of(), entities);
    }

    /** {@code session}: statements run on the checked connection first (e.g. to change its current schema). */
    static Report check(TestDatabase db, Map<String, Object> hibernate, Map<String, Object> guard,
                        List<String> session, Class<?>... entities) {
        Map<String, Object> all = new HashMap<>(db.hibernateProperties());
        all.put(FkGuardSettings.MODE, "off");
        all.putAll(hibernate);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            Metadata metadata = sources.buildMetadata();
            Map<String, Object> guardSettings = new HashMap<>(GUARD);
            guardSettings.putAll(guard);
            FkGuardSettings settings = FkGuardSettings.fromProperties(guardSettings, BuiltInRules.all());
            try (Connection connection = db.connect()) {
                try (java.sql.Statement statement = connection.createStatement()) {
                    for (String sql : session) {
                        statement.execute(sql);
                    }
                }
                return new FkGuard(settings).check(metadata, connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    static void assertClean(Report report) {
        assertEquals(List.of(), formatted(report.findings()));
    }

    static Finding single(Report report, String rule) {
        List<Finding> findings = report.findings();
        assertEquals(1, findings.size(), () -> String.join("\n", formatted(findings)));
        assertEquals(rule, findings.get(0).rule().value(), findings.get(0).format());
        return findings.get(0);
    }

    private static List<String> formatted(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.format()).collect(Collectors.toList());
    }

    /**
     * Runs the migration users get: the planner's plan of the whole report (its merges, its one spelling per table,
     * its order), not each remedy rendered on its own; with {@code migration-scope=all}, so the matrix's INFO
     * findings (a key under another name) are fixed too. A check with findings and nothing to run would prove nothing.
     */
    static void applyFixes(TestDatabase db, Report report) {
        List<Statement> statements = dev.fkguard.migration.MigrationPlan.of(report.findings(),
                dev.fkguard.migration.MigrationScope.ALL, report.database(), report.schema()).statements();
        assertFalse(statements.isEmpty(), () -> "nothing to run for\n" + String.join("\n", formatted(report.findings())));
        statements.stream().map(Statement::sql).forEach(db::execute);
    }

    static boolean isMySqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }

    static String quote(TestDatabase db, String name) {
        return isMySqlFamily(db) ? "`" + name + "`" : "\"" + name + "\"";
    }

    /** A reserved word as a DBA creates it for a mapping that writes it unquoted: quoted, folded as the engine folds. */
    static String reserved(TestDatabase db, String word) {
        return quote(db, db.engine() == Engine.H2 ? word.toUpperCase(java.util.Locale.ROOT) : word);
    }

    static String dropClause(TestDatabase db, String constraint) {
        return (isMySqlFamily(db) ? "DROP FOREIGN KEY " : "DROP CONSTRAINT ") + constraint;
    }

    static String dropKey(TestDatabase db, String table, String constraint) {
        return "ALTER TABLE " + table + " " + dropClause(db, constraint);
    }

    static void createCrm(TestDatabase db) {
        dropCrm(db);
        db.execute(isMySqlFamily(db) ? "CREATE DATABASE " + CRM : "CREATE SCHEMA " + CRM);
    }

    /** Drops a schema (MySQL/MariaDB: database) spelled as the statement must name it, e.g. quoted. */
    static void dropSchema(TestDatabase db, String schema) {
        if (isMySqlFamily(db)) {
            db.execute("SET FOREIGN_KEY_CHECKS = 0", "DROP DATABASE IF EXISTS " + schema);
        } else {
            db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    static void dropCrm(TestDatabase db) {
        if (isMySqlFamily(db)) {
            // Keys from the test schema into crm would otherwise keep the database from being dropped.
            db.execute("SET FOREIGN_KEY_CHECKS = 0", "DROP DATABASE IF EXISTS " + CRM);
        } else {
            db.execute("DROP SCHEMA IF EXISTS " + CRM + " CASCADE");
        }
    }
}
