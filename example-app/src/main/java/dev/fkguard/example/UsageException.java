package dev.fkguard.example;

/** The command line cannot be understood; the message says why. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
