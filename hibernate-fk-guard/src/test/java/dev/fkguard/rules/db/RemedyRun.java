package dev.fkguard.rules.db;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.TestDatabase;

import java.util.List;

/** Runs the migration plan of a rule's findings, so a test can show the database is right afterwards. */
final class RemedyRun {

    private RemedyRun() {
    }

    /**
     * Plans every remedy of {@code ruleId}'s findings against the schema the check read, as the migration would, and
     * runs the plan's statements one by one on the checked engine.
     */
    static void apply(TestDatabase db, Report report, String ruleId) {
        List<Remedy> remedies = GuardRun.of(report, ruleId).stream()
                .flatMap(finding -> finding.remedies().stream())
                .toList();
        MigrationPlan.of(report.database(), report.schema(), remedies).statements()
                .forEach(statement -> db.execute(withoutSemicolon(statement.sql())));
    }

    private static String withoutSemicolon(String sql) {
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    }
}
