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

    /** The changes the plan leaves out, as comments: the statement and what must be done first, or why not. */
    static String leftOut(MigrationPlan plan) {
        StringBuilder text = new StringBuilder();
        if (!plan.refused().isEmpty()) {
            text.append("-- Left out, the database would refuse them until what each names is done first:\n");
            plan.refused().forEach(l -> text.append("--   ").append(l.sql()).append("\n--     ")
                    .append(l.prerequisite()).append('\n'));
        }
        if (!plan.weakening().isEmpty()) {
            text.append("-- Left out, they would weaken the database, which is stricter or says more than the mapping"
                    + " (change the mapping instead):\n");
            plan.weakening().forEach(l -> text.append("--   ").append(l.sql()).append("\n--     ")
                    .append(l.prerequisite()).append('\n'));
        }
        if (!plan.narrowing().isEmpty()) {
            text.append("-- Left out, they would narrow a column that already holds every value it references"
                    + " (stored values may be cut or refused):\n");
            plan.narrowing().forEach(l -> text.append("--   ").append(l.sql()).append("\n--     ")
                    .append(l.prerequisite()).append('\n'));
        }
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
