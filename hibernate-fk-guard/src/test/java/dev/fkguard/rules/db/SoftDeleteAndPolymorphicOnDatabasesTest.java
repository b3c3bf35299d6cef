package dev.fkguard.rules.db;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.fkguard.rules.db.ShopTables.PARENTS;
import static dev.fkguard.rules.db.ShopTables.children;
import static dev.fkguard.rules.db.ShopTables.fk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftDeleteAndPolymorphicOnDatabasesTest {

    private static final String NOTES = "CREATE TABLE notes (id BIGINT NOT NULL PRIMARY KEY,"
            + " subject_type VARCHAR(20), subject_id BIGINT)";

    @AllDatabases
    void softDeleteOverADatabaseCascadeIsAWarning(TestDatabase db) {
        db.execute(PARENTS, children(fk("CASCADE")));
        Report report = GuardRun.check(db, CatalogRuleEntities.SoftParent.class);
        assertEquals(List.of("WARNING [soft-delete-hard-cascade] parents: entity softparent is soft-deleted"
                + " (@softdelete): a delete becomes an update, so the on delete rules of children.parent_id →"
                + " parents.id (database on delete cascade) never fire and those rows keep pointing at a"
                + " \"deleted\" parent."), GuardRun.lines(report).stream()
                .map(line -> line.substring(0, line.indexOf(" fix: "))).toList());
    }

    @AllDatabases
    void sqlDeleteUpdateOverMappedAndDatabaseSetNullIsReportedOnceWithTheMappingSpelling(TestDatabase db) {
        db.execute(PARENTS, children(fk("SET NULL")));
        List<Finding> findings = GuardRun.of(GuardRun.check(db, CatalogRuleEntities.UpdateDeletedParent.class),
                "soft-delete-hard-cascade");
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("(@SQLDelete(UPDATE …))")
                && findings.get(0).message().contains("ON DELETE SET NULL"), findings.get(0).message());

        List<Finding> mapped = GuardRun.of(GuardRun.check(db, CatalogRuleEntities.SoftParent.class,
                CatalogRuleEntities.CascadeChildOfSoftParent.class), "soft-delete-hard-cascade");
        assertEquals(1, mapped.size(), mapped.toString());
        assertTrue(mapped.get(0).message().contains("children.parent_id → parents.id (@OnDelete(CASCADE) in"
                + " CascadeChildOfSoftParent.parent)"), mapped.get(0).message());
    }

    @AllDatabases
    void softDeleteIsQuietOverRefusingKeysAndHardDeleteIsQuietOverCascades(TestDatabase db) {
        db.execute(PARENTS, children(fk("")));
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, CatalogRuleEntities.SoftParent.class)));
        db.execute("DROP TABLE children", children(fk("CASCADE")));
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Entities.Parent.class)));
    }

    @AllDatabases
    void anyMappingIsAnInfoAndCoversItsColumnPair(TestDatabase db) {
        db.execute(PARENTS, NOTES);
        Report report = GuardRun.check(db, Entities.Parent.class, CatalogRuleEntities.Note.class);
        assertEquals(List.of("INFO any-association"), GuardRun.ruleIds(report));
        assertTrue(GuardRun.lines(report).get(0).startsWith("INFO [any-association]"
                + " notes(subject_type, subject_id): mapping note.subject (@any) stores a type and an id"),
                GuardRun.lines(report).get(0));
    }

    /**
     * Acceptances written when a mapped @Any was a polymorphic-association still accept its any-association finding:
     * nothing reported, neither unused nor stale.
     */
    @AllDatabases
    void aSuppressionOrBaselineLineForTheFormerIdStillAcceptsTheAny(TestDatabase db, @TempDir Path dir)
            throws IOException {
        db.execute(PARENTS, NOTES);
        Report suppressed = GuardRun.check(db, Entities.Parent.class, CatalogRuleEntities.FormerlySuppressedNote.class);
        assertEquals(List.of(), GuardRun.lines(suppressed));
        assertEquals(List.of("any-association notes(subject_type, subject_id) notes go on anything"),
                suppressed.suppressed().stream().map(s -> s.finding().rule() + " "
                        + s.finding().location().describe().toLowerCase(Locale.ROOT) + " " + s.suppression().reason())
                        .toList());

        Path baseline = Files.writeString(dir.resolve("baseline.txt"),
                "polymorphic-association|notes|subject_id,subject_type||\n");
        FkGuardSettings settings = FkGuardSettings.fromProperties(
                Map.of("hibernate.fkguard.baseline", baseline.toString()), BuiltInRules.all());
        Report baselined = GuardRun.check(db, settings, Entities.Parent.class, CatalogRuleEntities.Note.class);
        assertEquals(List.of(), GuardRun.lines(baselined));
        assertEquals(List.of("any-association"), baselined.baselined().stream().map(f -> f.rule().value()).toList());
    }

    @AllDatabases
    void unmappedTypeAndIdColumnPairWithoutKeyIsAWarning(TestDatabase db) {
        db.execute(PARENTS, NOTES);
        Report report = GuardRun.check(db, Entities.Parent.class, CatalogRuleEntities.PlainNote.class);
        assertEquals(List.of("WARNING polymorphic-association"), GuardRun.ruleIds(report));
        assertTrue(GuardRun.lines(report).get(0).startsWith("WARNING [polymorphic-association]"
                + " notes(subject_type, subject_id): columns subject_type + subject_id look like a polymorphic"
                + " reference"), GuardRun.lines(report).get(0));
    }

    @AllDatabases
    void typeAndIdColumnPairIsQuietWhenTheIdHasAKey(TestDatabase db) {
        db.execute(PARENTS, "CREATE TABLE notes (id BIGINT NOT NULL PRIMARY KEY, subject_type VARCHAR(20),"
                + " subject_id BIGINT, CONSTRAINT fk_notes_subject FOREIGN KEY (subject_id) REFERENCES parents (id))");
        Report report = GuardRun.check(db, Entities.Parent.class, CatalogRuleEntities.PlainNote.class);
        assertEquals(List.of(), GuardRun.of(report, "polymorphic-association"));
    }
}
