package dev.fkguard.maven.isolated;

/** A failure of the build's own inputs (no entities, no migrations, a migration that does not run). */
final class BuildFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String PREFIX = "hibernate-fk-guard-maven-plugin: ";

    BuildFailure(String problem, String fix) {
        super(PREFIX + problem + "\nFix: " + fix);
    }

    BuildFailure(String problem, String fix, Throwable cause) {
        super(PREFIX + problem + "\nFix: " + fix, cause);
    }
}
