package dev.fkguard.catalog;

/**
 * The catalog could not be read. The message names what was being read, on which engine and schema, the
 * driver's own message, and what usually fixes it; the {@link java.sql.SQLException} is the cause.
 *
 * <p>An empty schema, or one whose tables the user cannot see, is not an error: it reads as a model without tables.
 */
public final class CatalogAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogAccessException(String message) {
        super(message);
    }
}
