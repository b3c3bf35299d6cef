package dev.fkguard.ddl;

import java.util.List;
import java.util.Objects;

/**
 * One SQL statement of a migration, with the comments that belong above it.
 *
 * @param sql           the statement, ending in a semicolon
 * @param comments      lines to print above it as {@code --} comments (without the dashes): checks to run first,
 *                      what the engine supports, what may be lost
 * @param transactional false for statements an engine refuses inside a transaction
 *                      ({@code CREATE INDEX CONCURRENTLY} on PostgreSQL)
 * @param phase         where it goes in a migration, so drops come before adds and indexes before foreign keys
 */
public record Statement(String sql, List<String> comments, boolean transactional, Phase phase) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
        comments = List.copyOf(comments);
        Objects.requireNonNull(phase, "phase");
    }

    /**
     * A statement the migration leaves out on purpose: writers print only its comments, which say why and what to do
     * by hand, where it would have run.
     */
    public static Statement leftOut(List<String> comments, Phase phase) {
        return new Statement("", comments, true, phase);
    }

    /** Whether this is only the note of a statement {@linkplain #leftOut left out}. */
    public boolean isLeftOut() {
        return sql.isEmpty();
    }

    /** The order statements run in: each phase only needs what the phases before it did. */
    public enum Phase {
        /** Stale keys go first: they may block column changes and name reuse. */
        DROP_FOREIGN_KEYS,
        /** A table must enforce keys (InnoDB) before keys are added to it. */
        CHANGE_ENGINES,
        /** Referencing columns get the referenced type before a key over them is (re)created. */
        CHANGE_COLUMNS,
        /** An index the key can use exists before the key, so MySQL does not invent one of its own. */
        CREATE_INDEXES,
        ADD_FOREIGN_KEYS,
        /** PostgreSQL: rows are checked after every key exists, with only a light lock. */
        VALIDATE_FOREIGN_KEYS
    }
}
