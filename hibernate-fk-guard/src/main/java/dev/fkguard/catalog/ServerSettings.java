package dev.fkguard.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Server-wide settings that decide whether declared foreign keys are enforced at all and how names are stored: one
 * query per check, whatever the number of schemas and tables, and only on engines that have such settings (MySQL,
 * MariaDB).
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

    /** What the server says; elsewhere than MySQL and MariaDB, checks on and no {@code lower_case_table_names}. */
    record Values(boolean foreignKeyChecks, int lowerCaseTableNames) {
    }

    /**
     * The global {@code foreign_key_checks}: new sessions start with it, so 0 there means the application's
     * connections enforce no key. (The reader's own session value says nothing: a pool or URL may set it.)
     */
    Values read() {
        if (!connected.kind().isMySqlFamily()) {
            return new Values(true, -1);
        }
        String sql = CatalogSql.query(connected.kind(), connected.majorVersion(), CatalogConcern.SETTINGS);
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            if (queryTimeoutSeconds > 0) {
                statement.setQueryTimeout(queryTimeoutSeconds);
            }
            try (ResultSet rs = statement.executeQuery()) {
                // No row would be a server without the variables: nothing then switches the checks off.
                if (!rs.next()) {
                    return new Values(true, 0);
                }
                return new Values(rs.getLong("foreign_key_checks") != 0, rs.getInt("lower_case_table_names"));
            }
        } catch (SQLException e) {
            throw CatalogFailures.inspecting("read the global foreign_key_checks and lower_case_table_names settings on "
                    + connected.engineDescription(), e);
        }
    }
}
