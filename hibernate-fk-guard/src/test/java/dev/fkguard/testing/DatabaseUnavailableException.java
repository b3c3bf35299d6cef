package dev.fkguard.testing;

/** The engine's server could not be started; the message says why (the same for every test of that engine). */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
