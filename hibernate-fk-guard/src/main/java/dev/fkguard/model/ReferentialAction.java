package dev.fkguard.model;

import java.util.Locale;
import java.util.Optional;

/** An ON DELETE / ON UPDATE action, as SQL spells it. */
public enum ReferentialAction {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

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

    /** CASCADE, SET NULL and SET DEFAULT change child rows behind the ORM's back. */
    public boolean changesChildRows() {
        return !refusesDelete();
    }

    /** Parses the words an information_schema reports ("SET NULL", "NO ACTION", …). */
    public static Optional<ReferentialAction> fromSql(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        for (ReferentialAction action : values()) {
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
