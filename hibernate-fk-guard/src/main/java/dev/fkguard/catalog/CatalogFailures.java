package dev.fkguard.catalog;

import dev.fkguard.model.DatabaseKind;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Set;

/** Turns a driver's SQLException into a message an operator can act on. */
final class CatalogFailures {

    /** MySQL/MariaDB error codes for "command denied" / "access denied". */
    private static final Set<Integer> MYSQL_DENIED = Set.of(1044, 1045, 1142, 1143, 1227, 1370);

    private CatalogFailures() {
    }

    static CatalogAccessException reading(Connected connected, String what, String schema, SQLException cause) {
        String problem = "could not read the " + what + " of schema '" + schema + "' on "
                + connected.engineDescription() + " as " + connected.user() + ": " + driverText(cause) + ".";
        return new CatalogAccessException(problem, hint(connected, schema, cause), cause);
    }

    static CatalogAccessException inspecting(String what, SQLException cause) {
        return new CatalogAccessException("could not " + what + " before reading the catalog: " + driverText(cause)
                + ".", "check that the connection is open and the database reachable.", cause);
    }

    private static String driverText(SQLException cause) {
        StringBuilder text = new StringBuilder(String.valueOf(cause.getMessage()).strip());
        if (cause.getSQLState() != null) {
            text.append(" (SQLState ").append(cause.getSQLState());
            if (cause.getErrorCode() != 0) {
                text.append(", error ").append(cause.getErrorCode());
            }
            text.append(')');
        }
        return text.toString();
    }

    static String hint(Connected connected, String schema, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String user = connected.user();
        if (cause instanceof SQLTimeoutException || state.equals("57014") || state.equals("HYT00")) {
            return "the catalog query was cancelled or timed out; raise the catalog query timeout or retry when the"
                    + " database is less busy.";
        }
        if (state.startsWith("08")) {
            return "the connection failed; check that the database is reachable and the connection still open.";
        }
        boolean denied = state.equals("42501") || state.equals("28000") || state.equals("90096")
                || (connected.kind().isMySqlFamily() && MYSQL_DENIED.contains(cause.getErrorCode()));
        if (denied) {
            return grantFor(connected.kind(), schema, user);
        }
        if (state.equals("42P01") || state.equals("42S02") || state.equals("42883") || state.equals("42703")
                || state.equals("42S22") || state.equals("42122") || state.equals("42Y07")) {
            return "the catalog view or column the query uses is missing on this server version; report it with"
                    + " the server version, or run with a supported version.";
        }
        return "make sure " + user + " can read the catalog (" + grantFor(connected.kind(), schema, user)
                + ").";
    }

    private static String grantFor(DatabaseKind kind, String schema, String user) {
        return switch (kind) {
            case POSTGRESQL -> "GRANT USAGE ON SCHEMA \"" + schema + "\" TO " + user
                    + "; and SELECT (or any privilege) on its tables, so information_schema shows their columns.";
            case MYSQL, MARIADB -> "GRANT SELECT ON `" + schema + "`.* TO " + user
                    + "; information_schema only shows objects the user has a privilege on.";
            case H2 -> "connect as a user with rights on schema " + schema + " (H2 2.x shows all of it to admins).";
            case OTHER -> "grant " + user + " read access to schema " + schema + " and to the JDBC metadata.";
        };
    }
}
