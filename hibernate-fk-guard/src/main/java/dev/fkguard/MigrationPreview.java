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
     * Empty when no finding has a schema change that fixes it.
     *
     * @param written  the files the startup check wrote the migration to, if it did
     * @param spelling how the settings it names are written where the check runs
     */
    static String of(MigrationPlan plan, FkGuardSettings settings, List<Path> written, SettingSpelling spelling) {
        if (plan.isEmpty()) {
            return "";
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
                + plan.outOfScopeNote().map(note -> "\n" + note).orElse("");
    }
}
