package dev.fkguard;

import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.NameRules;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to do when the check sees none of the mapped tables, in the engine's own terms. MySQL and MariaDB hide the
 * tables a user has no privilege on, and PostgreSQL those of a schema without {@code USAGE}: there the hint is the
 * grant. H2 (2.x) shows its whole catalog to every user, admin or not, with or without grants: there a grant is
 * never the cause, so the hint names the real one, a schema the database lacks or a database that is not the one the
 * tables were created in.
 */
final class CatalogAccessHint {

    private CatalogAccessHint() {
    }

    /**
     * @param lookedIn the schemas the catalog was read in, stored form
     * @param expected the schemas the mapped tables resolve to, stored form
     */
    static String fix(DatabaseKind kind, List<String> lookedIn, List<String> expected, String user, NameRules names,
                      Connection connection, SettingSpelling spelling) {
        String elsewhere = "name the schema that holds them with " + spelling.key(FkGuardSettings.SCHEMAS)
                + " or hibernate.default_schema, or create the tables first.";
        if (kind == DatabaseKind.H2) {
            return h2Cause(lookedIn, expected, names, connection) + "; " + elsewhere;
        }
        return "grant the user read access to the catalog of those tables" + grant(kind, expected, user) + ", or "
                + elsewhere;
    }

    /**
     * What to grant on the schemas the mapped tables were looked for in: MySQL and MariaDB one
     * {@code GRANT SELECT ON db.*} per database, PostgreSQL one {@code GRANT USAGE ON SCHEMA} for all.
     */
    private static String grant(DatabaseKind kind, List<String> schemas, String user) {
        if (schemas.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case MYSQL, MARIADB -> " (" + schemas.stream().map(s -> "GRANT SELECT ON " + s + ".* TO " + user)
                    .collect(Collectors.joining("; ")) + ")";
            case POSTGRESQL -> " (GRANT USAGE ON SCHEMA " + String.join(", ", schemas) + " TO " + user + ")";
            case H2, OTHER -> "";
        };
    }

    /** The schemas this H2 database lacks, else that it holds none of the tables, and why that usually is. */
    private static String h2Cause(List<String> lookedIn, List<String> expected, NameRules names,
                                  Connection connection) {
        String notGrants = "H2 shows every user its whole catalog, so no privilege is missing: ";
        Set<String> wanted = new LinkedHashSet<>(lookedIn);
        wanted.addAll(expected);
        List<String> missing = missingSchemas(List.copyOf(wanted), names, connection);
        if (!missing.isEmpty()) {
            return notGrants + (missing.size() == 1 ? "schema " + missing.get(0) + " does not exist"
                    : "schemas " + String.join(", ", missing) + " do not exist") + " in this database";
        }
        String database = inMemory(connection)
                ? "an in-memory H2 database is a new, empty one for each database name and is gone when its last"
                  + " connection closes unless the URL sets DB_CLOSE_DELAY=-1"
                : "the URL may name another database file than the one the tables were created in";
        String has = wanted.isEmpty() ? "this database has none of the tables"
                : "this database has " + (wanted.size() == 1 ? "schema " : "schemas ") + String.join(", ", wanted)
                  + " but none of the tables in " + (wanted.size() == 1 ? "it" : "them");
        return notGrants + has + " (" + database + ")";
    }

    /** Those of {@code schemas} the database does not have; none when it cannot say. */
    private static List<String> missingSchemas(List<String> schemas, NameRules names, Connection connection) {
        Set<String> present = new LinkedHashSet<>();
        try (ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                present.add(names.stored(rs.getString("TABLE_SCHEM")).key());
            }
        } catch (SQLException e) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String schema : schemas) {
            if (!present.contains(names.stored(schema).key())) {
                missing.add(schema);
            }
        }
        return missing;
    }

    private static boolean inMemory(Connection connection) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String url = meta.getURL();
            return url != null && url.startsWith("jdbc:h2:mem:");
        } catch (SQLException e) {
            return false;
        }
    }
}
