package dev.fkguard.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Server-wide settings that decide whether declared foreign keys are enforced at all: one query per check,
 * whatever the number of schemas and tables, and only on engines that have such settings (MySQL, MariaDB).
 */
final class ServerSettings {

    private final Connection connection;
    private final Connected connected;
    private final int queryTimeoutSeconds;

    ServerSettings(Connection connection, Connected connected, int queryTimeoutSeconds) {
        this.connection = connection;
        this.connected = connected;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /**
     * The global {@code foreign_key_checks}: new sessions start with it, so 0 there means the application's
     * connections enforce no key. (The reader's own session value says nothing: a pool or URL may set it.)
     */
    boolean foreignKeyChecks() {
        if (!connected.kind().isMySqlFamily()) {
            return true;
        }
        String sql = CatalogSql.query(connected.kind(), connected.majorVersion(), CatalogConcern.SETTINGS);
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            if (queryTimeoutSeconds > 0) {
                statement.setQueryTimeout(queryTimeoutSeconds);
            }
            try (ResultSet rs = statement.executeQuery()) {
                // No row would be a server without the variable: nothing then switches the checks off.
                return !rs.next() || rs.getLong("foreign_key_checks") != 0;
            }
        } catch (SQLException e) {
            throw CatalogFailures.inspecting("read the global foreign_key_checks setting on "
                    + connected.engineDescription(), e);
        }
    }
}
