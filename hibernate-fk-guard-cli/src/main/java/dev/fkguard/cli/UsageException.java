package dev.fkguard.cli;

/** A command line the CLI cannot run: what is wrong and what to write instead (exit code 2). */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String problem, String fix) {
        super(Cli.PREFIX + problem + "\nFix: " + fix);
    }
}
