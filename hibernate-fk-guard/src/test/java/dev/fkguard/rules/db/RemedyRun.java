package dev.fkguard.rules.db;

import dev.fkguard.ddl.DdlRenderer;
import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.TestDatabase;

import java.util.Arrays;

/** Runs the statements a rule's findings propose, so a test can show the database is right afterwards. */
final class RemedyRun {

    private RemedyRun() {
    }

    /** Renders every remedy of {@code ruleId}'s findings for the checked engine and executes it. */
    static void apply(TestDatabase db, Report report, String ruleId) {
        DdlRenderer ddl = new DdlRenderer(report.database().kind(), report.database().schemas());
        GuardRun.of(report, ruleId).stream()
                .flatMap(finding -> finding.remedies().stream())
                .map(ddl::render)
                // H2 spells a replacement as two statements; JDBC runs one at a time.
                .flatMap(sql -> Arrays.stream(sql.split(";\\s*")))
                .filter(sql -> !sql.isBlank())
                .forEach(db::execute);
    }
}
