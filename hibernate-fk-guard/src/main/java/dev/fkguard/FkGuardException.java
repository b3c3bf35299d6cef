package dev.fkguard;

/**
 * Everything the guard reports as a failure: drift found in {@code fail} mode, a setting it does not understand,
 * a database it cannot read. The message alone says what is wrong and how to fix it.
 */
public class FkGuardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FkGuardException(String message) {
        super(message);
    }

    public FkGuardException(String message, Throwable cause) {
        super(message, cause);
    }
}
