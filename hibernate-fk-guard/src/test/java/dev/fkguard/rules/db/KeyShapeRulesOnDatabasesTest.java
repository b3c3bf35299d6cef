package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.util.List;
import java.util.Locale;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deferrable-not-supported, composite-key-column-order, references-non-unique-key, constraint-name-mismatch. */
class KeyShapeRulesOnDatabasesTest {

    private static boolean mySqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }

    private static List<String> lower(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.format().toLowerCase(Locale.ROOT)).toList();
    }

    // --- deferrable-not-supported

    private static void henAndEgg(TestDatabase db, String eggNullability) {
        db.execute("CREATE TABLE hens (id BIGINT NOT NULL PRIMARY KEY, egg_id BIGINT NOT NULL)",
                "CREATE TABLE eggs (id BIGINT NOT NULL PRIMARY KEY, hen_id BIGINT " + eggNullability + ","
                        + " CONSTRAINT fk_eggs_hen FOREIGN KEY (hen_id) REFERENCES hens (id))",
                "ALTER TABLE hens ADD CONSTRAINT fk_hens_egg FOREIGN KEY (egg_id) REFERENCES eggs (id)");
    }

    @AllDatabases
    void mutualNotNullKeysAreReportedOnlyWhereDeferralDoesNotExist(TestDatabase db) {
        henAndEgg(db, "NOT NULL");
        List<Finding> findings = GuardRun.of(GuardRun.check(db, CatalogRuleEntities.Hen.class,
                CatalogRuleEntities.Egg.class), "deferrable-not-supported");
        if (mySqlFamily(db)) {
            assertEquals(1, findings.size(), findings.toString());
            assertTrue(lower(findings).get(0).startsWith("INFO [deferrable-not-supported] eggs.hen_id → hens.id:"
                    + " eggs.hen_id → hens.id and hens.egg_id → eggs.id are both not null"), lower(findings).get(0));
            assertTrue(findings.get(0).message().contains("has no DEFERRABLE"), findings.get(0).message());
        } else {
            assertEquals(List.of(), findings, "PostgreSQL and H2 can defer the check");
        }
    }

    @AllDatabases
    void mutualKeysWithOneNullableSideAreQuiet(TestDatabase db) {
        henAndEgg(db, "NULL");
        assertEquals(List.of(), GuardRun.of(GuardRun.check(db, CatalogRuleEntities.Hen.class,
                CatalogRuleEntities.Egg.class), "deferrable-not-supported"));
    }

    // --- composite-key-column-order

    private static void shipments(TestDatabase db, String extraIndex, String parcelColumns, String shipmentColumns) {
        db.execute("CREATE TABLE shipments (region VARCHAR(10) NOT NULL, serial_no BIGINT NOT NULL,"
                        + " PRIMARY KEY (region, serial_no)" + extraIndex + ")",
                "CREATE TABLE parcels (id BIGINT NOT NULL PRIMARY KEY, shipment_region VARCHAR(10),"
                        + " shipment_serial_no BIGINT, CONSTRAINT fk_parcels_shipment FOREIGN KEY (" + parcelColumns
                        + ") REFERENCES shipments (" + shipmentColumns + "))");
    }

    @AllDatabases
    void compositeKeyInAnotherOrderThanTheReferencedKeyIsAnError(TestDatabase db) {
        // MySQL and MariaDB need an index led by the referenced columns in the key's order.
        shipments(db, mySqlFamily(db) ? ", INDEX ix_shipments_serial_region (serial_no, region)" : "",
                "shipment_serial_no, shipment_region", "serial_no, region");
        Report report = GuardRun.check(db, CatalogRuleEntities.Shipment.class, CatalogRuleEntities.Parcel.class);
        List<Finding> findings = GuardRun.of(report, "composite-key-column-order");
        assertEquals(1, findings.size(), GuardRun.lines(report).toString());
        assertEquals("ERROR", findings.get(0).severity().name());
        String sql = GuardRun.sql(report, findings.get(0));
        assertTrue(sql.contains("FOREIGN KEY (shipment_region, shipment_serial_no) REFERENCES shipments (region,"
                + " serial_no)"), sql);
    }

    @AllDatabases
    void compositeKeyInTheReferencedKeysOrderIsQuiet(TestDatabase db) {
        shipments(db, "", "shipment_region, shipment_serial_no", "region, serial_no");
        db.execute("CREATE INDEX idx_parcels_shipment ON parcels (shipment_region, shipment_serial_no)");
        Report report = GuardRun.check(db, CatalogRuleEntities.Shipment.class, CatalogRuleEntities.Parcel.class);
        assertEquals(List.of(), GuardRun.lines(report));
    }

    // --- references-non-unique-key

    @AllDatabases
    void databaseKeyToANonUniqueIndexIsAnErrorWhereTheEngineAcceptsIt(TestDatabase db) {
        if (!mySqlFamily(db)) {
            // PostgreSQL and H2 refuse such a key; the mapping side is tested below on every engine.
            return;
        }
        db.execute("CREATE TABLE coded_parents (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20),"
                        + " INDEX ix_coded_parents_code (code))",
                "CREATE TABLE children_by_code (id BIGINT NOT NULL PRIMARY KEY, parent_code VARCHAR(20),"
                        + " CONSTRAINT fk_children_code FOREIGN KEY (parent_code) REFERENCES coded_parents (code))");
        Report report = GuardRun.check(db, CatalogRuleEntities.CodedParent.class, CatalogRuleEntities.ChildByCode.class);
        assertEquals(List.of("ERROR references-non-unique-key"), GuardRun.ruleIds(report));
        assertTrue(report.findings().get(0).message().startsWith("database constraint fk_children_code references"
                + " coded_parents(code), which is neither the primary key nor a unique key"),
                report.findings().get(0).message());
    }

    @AllDatabases
    void mappingReferenceToANonUniqueColumnIsAnError(TestDatabase db) {
        db.execute("CREATE TABLE coded_parents (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20))",
                "CREATE TABLE children_by_code (id BIGINT NOT NULL PRIMARY KEY, parent_code VARCHAR(20))");
        Report report = GuardRun.check(db, CatalogRuleEntities.CodedParent.class, CatalogRuleEntities.ChildByCode.class);
        List<Finding> findings = GuardRun.of(report, "references-non-unique-key");
        assertEquals(List.of("ERROR [references-non-unique-key] children_by_code.parent_code → coded_parents.code:"
                + " mapping childbycode.parent references coded_parents(code), which the database keeps neither as"
                + " primary key nor as unique key"), lower(findings).stream()
                .map(line -> line.substring(0, line.indexOf(": the association"))).toList());
    }

    @AllDatabases
    void caseTwinTablesEachGetTheirOwnFindingWhereTheEngineKeepsThemApart(TestDatabase db) {
        String quote = mySqlFamily(db) ? "`" : "\"";
        db.execute("CREATE TABLE coded_parents (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20))",
                "CREATE TABLE children_by_code (id BIGINT NOT NULL PRIMARY KEY, parent_code VARCHAR(20))",
                "CREATE TABLE " + quote + "Children_By_Code" + quote
                        + " (id BIGINT NOT NULL PRIMARY KEY, parent_code VARCHAR(20))");
        Report report = GuardRun.check(db, CatalogRuleEntities.CodedParent.class,
                CatalogRuleEntities.ChildByCode.class, CatalogRuleEntities.QuotedChildByCode.class);
        // Hibernate keeps the twins apart (a quoted name compares as written), so each implies its own key.
        assertEquals(List.of("mapping childbycode.parent", "mapping quotedchildbycode.parent"),
                lower(GuardRun.of(report, "missing-foreign-key")).stream()
                        .map(line -> line.substring(line.indexOf("mapping "), line.indexOf(" (@manytoone)")))
                        .sorted().toList());
        assertEquals(List.of("mapping childbycode.parent", "mapping quotedchildbycode.parent"),
                lower(GuardRun.of(report, "references-non-unique-key")).stream()
                        .map(line -> line.substring(line.indexOf("mapping "), line.indexOf(" references ")))
                        .sorted().toList());
    }

    @AllDatabases
    void referenceToAUniqueColumnIsQuiet(TestDatabase db) {
        db.execute("CREATE TABLE coded_parents (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20),"
                        + " CONSTRAINT uq_coded_parents_code UNIQUE (code))",
                "CREATE TABLE children_by_code (id BIGINT NOT NULL PRIMARY KEY, parent_code VARCHAR(20),"
                        + " CONSTRAINT fk_children_code FOREIGN KEY (parent_code) REFERENCES coded_parents (code))",
                "CREATE INDEX idx_children_by_code ON children_by_code (parent_code)");
        Report report = GuardRun.check(db, CatalogRuleEntities.CodedParent.class, CatalogRuleEntities.ChildByCode.class);
        assertEquals(List.of(), GuardRun.lines(report));
    }

    // --- constraint-name-mismatch

    @AllDatabases
    void explicitNameDifferentFromTheDatabasesIsInfoWithARename(TestDatabase db) {
        db.execute(PARENTS, children(fk("")), ShopTables.PARENT_ID_INDEX);
        Report report = GuardRun.check(db, Entities.Parent.class, CatalogRuleEntities.NamedKeyChild.class);
        assertEquals(List.of("INFO constraint-name-mismatch"), GuardRun.ruleIds(report));
        String sql = GuardRun.sql(report, report.findings().get(0));
        String fix = sql.toLowerCase(Locale.ROOT);
        String expected = mySqlFamily(db)
                ? "alter table children drop foreign key fk_children_parent, add constraint fk_child_to_parent"
                + " foreign key (parent_id) references parents (id);"
                : "alter table children rename constraint fk_children_parent to fk_child_to_parent;";
        assertTrue(fix.contains(expected), fix);
        // The statement really renames it: afterwards the names agree.
        db.execute(sql.substring(0, sql.indexOf(';') + 1));
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class,
                CatalogRuleEntities.NamedKeyChild.class)));
    }

    @AllDatabases
    void sameNameInAnotherCaseIsQuiet(TestDatabase db) {
        db.execute(PARENTS, children("CONSTRAINT FK_CHILD_TO_PARENT FOREIGN KEY (parent_id) REFERENCES parents (id)"),
                ShopTables.PARENT_ID_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class,
                CatalogRuleEntities.NamedKeyChild.class)));
    }
}
