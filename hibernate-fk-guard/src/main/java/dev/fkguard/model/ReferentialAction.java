package dev.fkguard.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An ON DELETE / ON UPDATE action, as SQL spells it. */
public enum ReferentialAction {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    /** values() copies its array on every call; fromSql runs twice per key of the catalog. */
    private static final List<ReferentialAction> ALL = List.of(values());

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** RESTRICT and NO ACTION both refuse to delete a referenced row; they differ only in when the check runs. */
    public boolean refusesDelete() {
        return this == RESTRICT || this == NO_ACTION;
    }

    /**
     * Whether the two actions do the same on {@code kind}: equal, or RESTRICT and NO ACTION on MySQL and MariaDB,
     * which check both at once. PostgreSQL and H2 check NO ACTION at the end of the statement (PostgreSQL: at commit
     * where the key is deferred) and RESTRICT at once, so there the two differ.
     */
    public boolean sameMeaning(ReferentialAction other, DatabaseKind kind) {
        return this == other || (kind.isMySqlFamily() && refusesDelete() && other.refusesDelete());
    }

    /**
     * The action {@code kind} stores for a key written without the clause: RESTRICT on MariaDB, NO ACTION elsewhere
     * (MySQL, PostgreSQL, H2). Writing any other action spelled out makes the engine read back that same word.
     */
    public static ReferentialAction omitted(DatabaseKind kind) {
        return kind == DatabaseKind.MARIADB ? RESTRICT : NO_ACTION;
    }

    /**
     * A mapping's action as a new key on {@code kind} gets it: NO ACTION, the mapping's word for "no rule declared",
     * becomes what the engine stores for a key written without the clause, so the key is written as Hibernate writes
     * it; every other action stays.
     */
    public ReferentialAction undeclaredAs(DatabaseKind kind) {
        return this == NO_ACTION ? omitted(kind) : this;
    }

    /** CASCADE, SET NULL and SET DEFAULT change child rows behind the ORM's back. */
    public boolean changesChildRows() {
        return !refusesDelete();
    }

    /** Parses the words an information_schema reports ("SET NULL", "NO ACTION", …). */
    public static Optional<ReferentialAction> fromSql(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        for (ReferentialAction action : ALL) {
            if (action.sql.equals(normalized)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return sql;
    }
}
