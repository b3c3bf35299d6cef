package dev.fkguard.build.isolated;

/**
 * A failure of the check's own inputs (no entities, no migrations, a migration that does not run): what went wrong,
 * then a {@code Fix:} line. {@link BuildCheck} puts the name of the front that ran the check before it.
 */
final class BuildFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BuildFailure(String problem, String fix) {
        super(problem + "\nFix: " + fix);
    }

    BuildFailure(String problem, String fix, Throwable cause) {
        super(problem + "\nFix: " + fix, cause);
    }
}
