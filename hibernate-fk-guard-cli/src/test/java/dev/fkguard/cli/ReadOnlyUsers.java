package dev.fkguard.cli;

import dev.fkguard.testing.DatabaseServer;
import dev.fkguard.testing.DriverDataSource;
import dev.fkguard.testing.Engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Database users that may only read, as an operator gives the CLI for a production database, and a user missing the
 * privilege the catalog read needs; and what a schema looks like, so a test can say the check changed nothing.
 */
final class ReadOnlyUsers {

    static final String READER_PASSWORD = "reader-secret";
    static final String BLIND_PASSWORD = "blind-secret";

    private ReadOnlyUsers() {
    }

    /**
     * A user that may connect and read {@code schema} and nothing else: PostgreSQL CONNECT, USAGE and SELECT (not
     * even TEMP, which PUBLIC has by default); MySQL SELECT on the schema.
     */
    static void createReader(DatabaseServer server, String schema, String user) throws SQLException {
        if (server.engine() == Engine.POSTGRESQL) {
            String database = postgresDatabase(server);
            admin(server, "CREATE ROLE " + user + " LOGIN PASSWORD '" + READER_PASSWORD + "'",
                    "REVOKE ALL ON DATABASE " + database + " FROM PUBLIC",
                    "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                    "GRANT CONNECT ON DATABASE " + database + " TO " + user,
                    "GRANT USAGE ON SCHEMA " + schema + " TO " + user,
                    "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + user);
        } else {
            admin(server, "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + READER_PASSWORD + "'",
                    "GRANT SELECT ON `" + schema + "`.* TO '" + user + "'@'%'");
        }
        assertCannotWrite(server, schema, user, READER_PASSWORD);
    }

    /**
     * A user that may log in and nothing more, lacking what the catalog read needs: PostgreSQL CONNECT on the
     * database (its catalog is readable by every role that may connect, without USAGE on the schema), MySQL any
     * privilege (USAGE alone), which information_schema needs to show a table.
     */
    static void createBlind(DatabaseServer server, String user) throws SQLException {
        if (server.engine() == Engine.POSTGRESQL) {
            admin(server, "CREATE ROLE " + user + " LOGIN PASSWORD '" + BLIND_PASSWORD + "'",
                    "REVOKE ALL ON DATABASE " + postgresDatabase(server) + " FROM PUBLIC");
        } else {
            admin(server, "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + BLIND_PASSWORD + "'");
        }
    }

    /** The premise of the read-only tests: any write the check attempted as this user would fail. */
    private static void assertCannotWrite(DatabaseServer server, String schema, String user, String password)
            throws SQLException {
        try (Connection connection = new DriverDataSource(server.jdbcUrl(schema), user, password).getConnection()) {
            for (String write : List.of("CREATE TABLE " + schema + ".fkguard_probe (id INT)",
                    "ALTER TABLE " + schema + ".purchase_orders ADD COLUMN fkguard_probe INT",
                    "DELETE FROM " + schema + ".customers")) {
                try (Statement statement = connection.createStatement()) {
                    assertThrows(SQLException.class, () -> statement.execute(write), write);
                }
            }
        }
    }

    /**
     * The schema as the catalog has it: every table, column, constraint and index, as the engine itself writes
     * them ({@code pg_get_constraintdef}, {@code SHOW CREATE TABLE}), and each table's row count.
     */
    static List<String> snapshot(DatabaseServer server, String schema) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = server.connectAsAdmin()) {
            if (server.engine() == Engine.POSTGRESQL) {
                query(connection, lines, "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n"
                        + " ON n.oid = c.relnamespace WHERE n.nspname = ? ORDER BY 1", schema);
                query(connection, lines, "SELECT table_name, column_name, data_type, is_nullable, column_default"
                        + " FROM information_schema.columns WHERE table_schema = ? ORDER BY 1, 2", schema);
                query(connection, lines, "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(c.oid)"
                        + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = ?"
                        + " ORDER BY 1, 2", schema);
                query(connection, lines, "SELECT indexdef FROM pg_indexes WHERE schemaname = ? ORDER BY 1", schema);
            } else {
                List<String> tables = new ArrayList<>();
                query(connection, tables, "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                        + " ORDER BY 1", schema);
                for (String table : tables) {
                    query(connection, lines, "SHOW CREATE TABLE `" + schema + "`.`" + table + "`");
                }
            }
            List<String> tables = new ArrayList<>();
            query(connection, tables, "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_type = 'BASE TABLE' ORDER BY 1", schema);
            for (String table : tables) {
                query(connection, lines, "SELECT '" + table + "', COUNT(*) FROM " + schema + "." + table);
            }
        }
        return lines;
    }

    private static void query(Connection connection, List<String> lines, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        line.append(c == 1 ? "" : " | ").append(rs.getString(c));
                    }
                    lines.add(line.toString());
                }
            }
        }
    }

    private static String postgresDatabase(DatabaseServer server) throws SQLException {
        try (Connection connection = server.connectAsAdmin(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void admin(DatabaseServer server, String... statements) throws SQLException {
        try (Connection connection = server.connectAsAdmin(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
