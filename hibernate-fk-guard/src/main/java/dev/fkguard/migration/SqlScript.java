package dev.fkguard.migration;

import dev.fkguard.ddl.Statement;

import java.util.List;
import java.util.Optional;

/** Statements as a plain SQL script: each with its comments above it, in run order. */
final class SqlScript {

    private SqlScript() {
    }

    static String header(MigrationPlan plan) {
        return "-- hibernate-fk-guard: makes " + plan.database().kind().displayName()
                + " foreign keys agree with the mapping.\n"
                + "-- Review before running; the guard never runs it itself.\n"
                + scope(plan).map(s -> "-- " + s + "\n").orElse("")
                + leftOut(plan);
    }

    /** How many findings the migration scope leaves out, in words; empty when it leaves out none. */
    static Optional<String> scope(MigrationPlan plan) {
        return plan.outOfScopeNote();
    }

    /** Heads the list of left-out changes in every writer; each change then carries its own reason. */
    static final String LEFT_OUT = "Left out: this migration does not run these; each says why.";

    /** The changes the plan leaves out, as comments: each statement, and under it why it is left out. */
    static String leftOut(MigrationPlan plan) {
        if (plan.leftOut().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("-- ").append(LEFT_OUT).append('\n');
        plan.leftOutForReview().forEach(l -> text.append("--   ").append(l.sql()).append("\n--     ")
                .append(l.why()).append('\n'));
        return text.toString();
    }

    static String body(List<Statement> statements) {
        StringBuilder text = new StringBuilder();
        for (Statement statement : statements) {
            text.append('\n');
            statement.comments().forEach(c -> text.append("-- ").append(c).append('\n'));
            if (!statement.isLeftOut()) {
                text.append(statement.sql()).append('\n');
            }
        }
        return text.toString();
    }

    static MigrationFile file(MigrationPlan plan) {
        List<Statement> statements = plan.statements();
        boolean mixed = statements.stream().anyMatch(s -> !s.transactional());
        String note = mixed ? "-- Statements marked 'outside a transaction' must run with auto-commit on.\n" : "";
        return new MigrationFile("fkguard-migration.sql", header(plan) + note + body(statements));
    }
}
