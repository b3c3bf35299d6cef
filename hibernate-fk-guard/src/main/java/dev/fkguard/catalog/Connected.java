package dev.fkguard.catalog;

import dev.fkguard.model.DatabaseKind;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What the reader learned about the connection before reading: the engine, its version and the user, which every
 * error message names.
 */
record Connected(DatabaseKind kind, String productVersion, int majorVersion, String user) {

    static Connected inspect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        String version = metaData.getDatabaseProductVersion();
        return new Connected(kindOf(product, version), version, majorVersionOf(metaData), userOf(metaData));
    }

    /**
     * MariaDB's own driver says "MariaDB"; MySQL Connector/J connected to MariaDB says "MySQL" with "MariaDB" in
     * the version string ("5.5.5-10.11.6-MariaDB").
     */
    static DatabaseKind kindOf(String product, String version) {
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        String versionText = version == null ? "" : version.toLowerCase(Locale.ROOT);
        if (name.contains("mariadb") || (name.contains("mysql") && versionText.contains("mariadb"))) {
            return DatabaseKind.MARIADB;
        }
        if (name.contains("mysql")) {
            return DatabaseKind.MYSQL;
        }
        if (name.contains("postgresql")) {
            return DatabaseKind.POSTGRESQL;
        }
        if (name.equals("h2")) {
            return DatabaseKind.H2;
        }
        return DatabaseKind.OTHER;
    }

    private static int majorVersionOf(DatabaseMetaData metaData) {
        try {
            return metaData.getDatabaseMajorVersion();
        } catch (SQLException | RuntimeException unsupported) {
            // Only PostgreSQL's query choice depends on it; an unknown version picks the oldest variant.
            return 0;
        }
    }

    private static String userOf(DatabaseMetaData metaData) {
        try {
            String user = metaData.getUserName();
            return user == null || user.isBlank() ? "the connecting user" : user;
        } catch (SQLException | RuntimeException unsupported) {
            return "the connecting user";
        }
    }

    String engineDescription() {
        return kind.displayName() + (productVersion == null || productVersion.isBlank() ? "" : " " + productVersion);
    }
}
