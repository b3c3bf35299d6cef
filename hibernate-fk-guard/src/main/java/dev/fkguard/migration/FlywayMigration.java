package dev.fkguard.migration;

import dev.fkguard.ddl.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A Flyway versioned migration, {@code V<version>__fkguard.sql}, run by Flyway in one transaction.
 *
 * <p>Every statement runs inside it, on PostgreSQL an index too: Flyway takes a transactional advisory lock there
 * and keeps its transaction open while a non-transactional file runs, and {@code CREATE INDEX CONCURRENTLY} waits for
 * every open transaction, so with Flyway's defaults it waits forever (seen with Flyway 13.12; flyway/flyway#3682).
 * The index is built plainly (blocking writes to its table meanwhile) and its comment says how to build it
 * concurrently instead. Should a statement ever need to run outside a transaction, it gets a file of its own,
 * {@code <version>.1}, … in run order, with a script configuration file ({@code .sql.conf}) saying
 * {@code executeInTransaction=false}.
 */
final class FlywayMigration {

    static final String DESCRIPTION = "fkguard";

    private FlywayMigration() {
    }

    static List<MigrationFile> files(MigrationPlan plan, String version) {
        List<List<Statement>> runs = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        Boolean transactional = null;
        for (Statement statement : plan.inTransaction().statements()) {
            if (transactional != null && transactional != statement.transactional()) {
                runs.add(current);
                current = new ArrayList<>();
            }
            transactional = statement.transactional();
            current.add(statement);
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        List<MigrationFile> files = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<Statement> run = runs.get(i);
            boolean inTransaction = run.get(0).transactional();
            String name = "V" + version + (i == 0 ? "" : "." + i) + "__" + DESCRIPTION
                    + (inTransaction ? "" : "_outside_transaction") + ".sql";
            String part = runs.size() == 1 ? "" : "-- Part " + (i + 1) + " of " + runs.size() + ".\n";
            files.add(new MigrationFile(name, SqlScript.header(plan) + part + SqlScript.body(run)));
            if (!inTransaction) {
                files.add(new MigrationFile(name + ".conf", "executeInTransaction=false\n"));
            }
        }
        return List.copyOf(files);
    }
}
