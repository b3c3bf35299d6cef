package dev.fkguard.migration;

import dev.fkguard.ddl.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A Flyway versioned migration, {@code V<version>__fix_foreign_keys.sql}. Flyway runs each file in one
 * transaction, so statements PostgreSQL refuses in a transaction ({@code CREATE INDEX CONCURRENTLY}) get files of
 * their own, numbered {@code <version>.1}, {@code <version>.2}, … in run order, each with a script configuration file
 * ({@code .sql.conf}) saying {@code executeInTransaction=false}.
 */
final class FlywayMigration {

    static final String DESCRIPTION = "fix_foreign_keys";

    private FlywayMigration() {
    }

    static List<MigrationFile> files(MigrationPlan plan, String version) {
        List<List<Statement>> runs = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        Boolean transactional = null;
        for (Statement statement : plan.statements()) {
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
