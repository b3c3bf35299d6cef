package dev.fkguard.catalog;

import dev.fkguard.FkGuardException;

/**
 * The catalog could not be read ({@link Code#CATALOG_ACCESS}). The problem names what was being read, on which
 * engine and schema, and the driver's own message; the fix says what usually helps; the
 * {@link java.sql.SQLException} is the cause.
 *
 * <p>An empty schema, or one whose tables the user cannot see, is not an error: it reads as a model without tables.
 */
public final class CatalogAccessException extends FkGuardException {

    private static final long serialVersionUID = 1L;

    public CatalogAccessException(String problem, String fix, Throwable cause) {
        super(Code.CATALOG_ACCESS, problem, fix, cause);
    }

    public CatalogAccessException(String problem, String fix) {
        super(Code.CATALOG_ACCESS, problem, fix);
    }
}
