package dev.fkguard;

import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationPlan;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The migration as a failure message shows it: the first statements, and where the whole of it goes. Startup and
 * the test assertion print the same text; writing the files is the startup check's job.
 */
final class MigrationPreview {

    /** How many statements the message shows; the file has them all. */
    static final int STATEMENTS_SHOWN = 5;

    private MigrationPreview() {
    }

    /**
     * Empty when no finding has a schema change; when there are some but the plan runs none of them (each is left
     * out, or out of scope), a line that says so, since no migration file is written then.
     *
     * @param written  the files the startup check wrote the migration to, if it did
     * @param spelling how the settings it names are written where the check runs
     */
    static String of(MigrationPlan plan, FkGuardSettings settings, List<Path> written, SettingSpelling spelling) {
        String includeAll = spelling.assignment(FkGuardSettings.MIGRATION_SCOPE, "all");
        if (plan.isEmpty()) {
            return nothingToRun(plan, includeAll);
        }
        List<Statement> statements = plan.statements();
        String first = statements.stream().limit(STATEMENTS_SHOWN).map(s -> "    " + s.sql())
                .collect(Collectors.joining("\n"));
        String more = statements.size() > STATEMENTS_SHOWN
                ? "\n    … " + (statements.size() - STATEMENTS_SHOWN) + " more" : "";
        String format = settings.migrationFormat().orElse(MigrationFormat.SQL).label();
        String where;
        if (!written.isEmpty()) {
            where = "The full migration (" + format + ") was written to "
                    + written.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(", ")) + ".";
        } else if (settings.reportDir().isPresent()) {
            where = "The startup check writes the full migration (" + format + ") to "
                    + settings.reportDir().get().toAbsolutePath() + ".";
        } else {
            where = "Set " + spelling.assignment(FkGuardSettings.REPORT_DIR, "<directory>") + " (and "
                    + spelling.assignment(FkGuardSettings.MIGRATION_FORMAT, "sql|flyway|liquibase")
                    + ") to have the full migration written there.";
        }
        return "\nMigration (" + statements.size() + " statement" + (statements.size() == 1 ? "" : "s")
                + ", review before running):\n" + first + more + "\n" + where
                + plan.outOfScopeNote(includeAll).map(note -> "\n" + note).orElse("");
    }

    /**
     * A migration that runs nothing is not written (it would take a Flyway version or a Liquibase change set and
     * fix nothing), so the message says why there is none where findings do have schema changes.
     */
    private static String nothingToRun(MigrationPlan plan, String includeAll) {
        if (plan.leftOut().isEmpty() && plan.outOfScope() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("\nMigration: none written, it would run nothing.");
        int leftOut = plan.leftOut().size();
        if (leftOut > 0) {
            text.append(' ').append(leftOut).append(leftOut == 1 ? " change is" : " changes are")
                    .append(" left out: each finding above says why (the mapping change to make, or what must be"
                            + " done first) and how to accept it.");
        }
        plan.outOfScopeNote(includeAll).ifPresent(note -> text.append(' ').append(note));
        return text.toString();
    }
}
