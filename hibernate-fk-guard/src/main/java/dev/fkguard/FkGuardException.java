package dev.fkguard;

import java.util.Objects;

/**
 * Every failure the guard raises: drift found in {@code fail} mode, a setting or suppression it does not understand,
 * a database it cannot reach or read, a file it cannot read or write, or a failure inside the guard itself. The
 * message alone says what is wrong and how to fix it, and starts with the failure's stable {@link Code}:
 * {@code hibernate-fk-guard [catalog-access]: …}.
 *
 * <p>Public API: {@link #code()}, {@link #problem()} and {@link #fix()} are what integrations (Spring Boot's failure
 * analysis, a CLI) show; the codes are never renamed or reused.
 */
public class FkGuardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * What kind of failure, stable across versions: code may switch on it, operators may search for its id. The
     * README's "Errors" section lists them.
     */
    public enum Code {
        /** Findings at or above {@code fail-on} in {@code fail} mode. */
        DRIFT("drift"),
        /** A {@code hibernate.fkguard.*} setting is unknown or has an invalid value; stops startup in every mode. */
        INVALID_SETTING("invalid-setting"),
        /** An {@code @FkGuardSuppress} names an unknown rule, no reason or no mapped attribute; stops in every mode. */
        INVALID_SUPPRESSION("invalid-suppression"),
        /** No connection to the database could be opened for the check. */
        DATABASE_UNREACHABLE("database-unreachable"),
        /** The catalog (foreign keys, columns, indexes) could not be read, or shows none of the mapped tables. */
        CATALOG_ACCESS("catalog-access"),
        /** The baseline file is missing, unreadable, not UTF-8 text, or has lines that are not baseline entries. */
        INVALID_BASELINE("invalid-baseline"),
        /** A file the guard writes (reports, migration, baseline) could not be written. */
        OUTPUT_WRITE("output-write"),
        /** The startup check was cancelled or interrupted before it finished. */
        INTERRUPTED("interrupted"),
        /** The guard itself failed (a bug in it, or a mapping or driver it cannot handle): report it. */
        INTERNAL("internal-error");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        /** The kebab-case id shown in messages, e.g. {@code catalog-access}. */
        public String id() {
            return id;
        }
    }

    private final Code code;
    private final String problem;
    private final String fix;

    /**
     * @param problem what went wrong, with its cause (without the {@code hibernate-fk-guard} prefix)
     * @param fix     what the user can do about it
     */
    public FkGuardException(Code code, String problem, String fix) {
        this(code, problem, fix, null);
    }

    public FkGuardException(Code code, String problem, String fix, Throwable cause) {
        this(code, problem, fix, prefix(code) + problem + "\nFix: " + fix, cause);
    }

    /** For failures whose message is laid out differently (drift: the findings, then how to proceed). */
    protected FkGuardException(Code code, String problem, String fix, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    /** {@code hibernate-fk-guard [drift]: }, how every message starts. */
    public static String prefix(Code code) {
        return "hibernate-fk-guard [" + code.id() + "]: ";
    }

    public Code code() {
        return code;
    }

    /** What went wrong, with its cause; the message is {@link #prefix} + problem + fix. */
    public String problem() {
        return problem;
    }

    /** What to do about it. */
    public String fix() {
        return fix;
    }
}
