package dev.fkguard.build.isolated;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A login the server accepted but a database it refused to the user: PostgreSQL without {@code CONNECT} on the
 * database (SQLState 42501), MySQL and MariaDB without any privilege on the database the URL names (error 1044). The
 * credentials are right, so the fix is the grant, which the check needs no more than: it only reads the catalog.
 */
final class ConnectionDenied {

    private static final int MYSQL_DATABASE_DENIED = 1044;
    /** Only the refused database: 42501 is any missing privilege, and a schema's has another fix. */
    private static final Pattern POSTGRES_DATABASE = Pattern.compile("permission denied for database \"([^\"]+)\"");
    private static final Pattern MYSQL_USER_AND_DATABASE =
            Pattern.compile("user ('[^']*'@'[^']*') to database '([^']+)'");

    private ConnectionDenied() {
    }

    /** The grant that lets {@code user} read, when {@code e} is a refused database rather than a failed login. */
    static Optional<String> grant(SQLException e, String user) {
        String message = String.valueOf(e.getMessage());
        Matcher database = POSTGRES_DATABASE.matcher(message);
        if ("42501".equals(e.getSQLState()) && database.find()) {
            return Optional.of("GRANT CONNECT ON DATABASE \"" + database.group(1) + "\" TO "
                    + (user.isEmpty() ? "<user>" : user));
        }
        if (e.getErrorCode() == MYSQL_DATABASE_DENIED) {
            Matcher denied = MYSQL_USER_AND_DATABASE.matcher(message);
            if (denied.find()) {
                return Optional.of("GRANT SELECT ON `" + denied.group(2) + "`.* TO " + denied.group(1));
            }
            return Optional.of("GRANT SELECT ON <database>.* TO " + (user.isEmpty() ? "<user>" : user));
        }
        return Optional.empty();
    }
}
