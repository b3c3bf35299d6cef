package dev.fkguard.migration;

import dev.fkguard.DriftFailure;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.hibernate.ReportDirectory;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Findings with schema changes, none of which the migration runs: every change is left out (it would weaken the
 * database), or out of scope. No format writes a file then (a Flyway version or a Liquibase change set that runs
 * nothing would be recorded as applied and fix nothing), no file of an earlier check stays, and the failure message
 * says why there is no migration instead of staying silent about it.
 */
class NothingToRunTest {

    private static final TableRef ITEMS = TableRef.of("order_items");
    private static final TableRef ORDERS = TableRef.of("orders");

    /** Both ERRORs: their changes are in scope, and each would weaken the database. */
    private static Report allLeftOut() {
        ForeignKey cascade = key("fk_items_order", ReferentialAction.CASCADE);
        ForeignKey noAction = key("fk_items_order", ReferentialAction.NO_ACTION);
        List<Finding> findings = List.of(
                error("delete-rule-mismatch", cascade, new Remedy.ReplaceForeignKey(cascade, noAction)),
                error("nullability-mismatch", cascade,
                        new Remedy.DropNotNull(ITEMS, "order_id", ColumnType.of("BIGINT"))));
        return new Report(new DatabaseInfo(DatabaseKind.POSTGRESQL, "test", List.of("shop")), 3,
                findings.stream().map(Finding::weakeningTheDatabase).toList());
    }

    @ParameterizedTest
    @EnumSource(MigrationFormat.class)
    void aPlanWhoseChangesAreAllLeftOutWritesNoFile(MigrationFormat format, @TempDir Path dir) throws IOException {
        MigrationPlan plan = PlannedFixes.of(allLeftOut()).plan();
        assertTrue(plan.isEmpty(), plan.statements()::toString);
        assertEquals(2, plan.leftOut().size(), plan.leftOut()::toString);
        assertEquals(List.of(), new MigrationWriter("1").write(plan, format, dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @ParameterizedTest
    @EnumSource(MigrationFormat.class)
    void theReportDirectoryKeepsNoOlderMigrationBesideReportsOfAPlanThatRunsNothing(MigrationFormat format,
                                                                                    @TempDir Path dir)
            throws IOException {
        Path stale = Files.writeString(dir.resolve("fkguard-migration.sql"), "ALTER TABLE orders DROP CONSTRAINT x;");
        Path staleFlyway = Files.writeString(dir.resolve("V2__fkguard.sql"), "DROP TABLE orders;");
        // The name the Flyway file had before it became V<n>__fkguard.sql: an upgrade clears those too.
        Path formerlyNamed = Files.writeString(dir.resolve("V1__fix_foreign_keys.sql"), "DROP TABLE orders;");
        List<Path> written = new ReportDirectory(dir, format).write(allLeftOut());
        assertEquals(List.of(), written);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleFlyway));
        assertFalse(Files.exists(formerlyNamed));
        String markdown = Files.readString(dir.resolve("fkguard-report.md"));
        assertTrue(markdown.contains("would weaken the database"), markdown);
    }

    @Test
    void theFailureSaysWhyNoMigrationWasWrittenWhenEveryChangeIsLeftOut() {
        Report report = allLeftOut();
        String failure = DriftFailure.of(report, FkGuardSettings.fromProperties(Map.of(), BuiltInRules.all()))
                .message();
        assertTrue(failure.contains("Migration: none written, it would run nothing. 2 changes are left out: each"
                + " finding above says why"), failure);
        assertFalse(failure.contains("review before running"), failure);
    }

    @Test
    void theFailureNamesTheScopeAsTheFrontSpellsItWhenEveryChangeIsOutOfScope() {
        ForeignKey stale = key("fk_items_stale", ReferentialAction.NO_ACTION);
        Report report = new Report(new DatabaseInfo(DatabaseKind.H2, "test", List.of("PUBLIC")), 3, List.of(
                new Finding(RuleId.of("unexpected-foreign-key"), Severity.WARNING, Finding.Location.of(stale),
                        "not mapped", "drop it", List.of(new Remedy.DropForeignKey(stale)))))
                .withMigrationScope(MigrationScope.failing(Severity.ERROR));
        MigrationPlan plan = PlannedFixes.of(report).plan();
        assertTrue(plan.isEmpty(), plan.statements()::toString);
        assertEquals(1, plan.outOfScope());
        String failure = DriftFailure.of(report, PlannedFixes.of(report),
                FkGuardSettings.fromProperties(Map.of(), BuiltInRules.all()), List.of(), BUILD).message();
        assertTrue(failure.contains("Migration: none written, it would run nothing. 1 finding with a schema fix is"
                + " out of scope (they do not fail startup); -Dfkguard.migration-scope=all includes them."), failure);
        String migrationLine = failure.lines().filter(line -> line.startsWith("Migration:")).findFirst()
                .orElseThrow();
        assertFalse(migrationLine.contains("hibernate.fkguard."), migrationLine);
    }

    @Test
    void aReportWithoutSchemaChangesSaysNothingOfAMigration() {
        ForeignKey key = key("fk_items_order", ReferentialAction.NO_ACTION);
        Report report = new Report(new DatabaseInfo(DatabaseKind.H2, "test", List.of("PUBLIC")), 1, List.of(
                error("cascade-remove-without-on-delete", key)));
        String failure = DriftFailure.of(report, FkGuardSettings.fromProperties(Map.of(), BuiltInRules.all()))
                .message();
        assertFalse(failure.contains("Migration"), failure);
    }

    /** A front that spells the settings as Maven properties, as the plugin does. */
    private static final SettingSpelling BUILD = new SettingSpelling() {
        @Override
        public String key(String key) {
            return "-D" + key.replace("hibernate.fkguard.", "fkguard.");
        }

        @Override
        public String stopped() {
            return "the build";
        }

        @Override
        public String anyway() {
            return "to pass the build anyway set";
        }

        @Override
        public String runOnce() {
            return "running the build once";
        }
    };

    private static ForeignKey key(String name, ReferentialAction onDelete) {
        return new ForeignKey(Optional.of(name), ITEMS, List.of("order_id"), ORDERS, List.of("id"), onDelete,
                ReferentialAction.NO_ACTION, false, true, true);
    }

    private static Finding error(String rule, ForeignKey where, Remedy... remedies) {
        return new Finding(RuleId.of(rule), Severity.ERROR, Finding.Location.of(where), "drift", "fix",
                List.of(remedies));
    }
}
