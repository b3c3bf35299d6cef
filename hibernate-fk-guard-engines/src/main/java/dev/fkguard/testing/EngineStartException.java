package dev.fkguard.testing;

/**
 * An engine's server could not be started (or reached). The message names the engine and carries the messages of
 * the whole cause chain, whose root is often the only useful part (e.g. mysqld's missing shared library).
 */
public final class EngineStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EngineStartException(Engine engine, Throwable cause) {
        super(engine.displayName() + " could not start: " + describe(cause), cause);
    }

    EngineStartException(String message) {
        super(message);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : "\n  caused by: ").append(message);
            }
        }
        return text.toString();
    }
}
