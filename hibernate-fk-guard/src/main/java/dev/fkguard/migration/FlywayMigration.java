package dev.fkguard.migration;

import dev.fkguard.ddl.Statement;
import dev.fkguard.model.DatabaseKind;

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

    /**
     * Flyway takes a transactional advisory lock on PostgreSQL and keeps its transaction open while a
     * non-transactional file runs; CREATE INDEX CONCURRENTLY waits for every open transaction, so it waits forever
     * (seen with Flyway 13.12; the documented remedy is the setting below).
     */
    static final String LOCK_NOTE = "-- Flyway runs this file outside a transaction (see the .conf file beside it)."
            + " Run Flyway with postgresql.transactional.lock=false\n"
            + "-- (Spring Boot: spring.flyway.postgresql.transactional-lock=false): with Flyway's default transactional"
            + " lock,\n-- CREATE INDEX CONCURRENTLY waits for Flyway's own open transaction and never finishes.\n";

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
            String lock = inTransaction || plan.database().kind() != DatabaseKind.POSTGRESQL ? "" : LOCK_NOTE;
            files.add(new MigrationFile(name, SqlScript.header(plan) + part + lock + SqlScript.body(run)));
            if (!inTransaction) {
                files.add(new MigrationFile(name + ".conf", "executeInTransaction=false\n"));
            }
        }
        return List.copyOf(files);
    }
}
