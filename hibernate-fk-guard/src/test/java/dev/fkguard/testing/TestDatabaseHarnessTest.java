package dev.fkguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TestDatabaseHarnessTest {

    @AllDatabases
    void freshSchemaIsEmptyAndIsTheConnectionsDefault(TestDatabase db) throws SQLException {
        assertEquals(List.of(), tablesIn(db), "a fresh schema has no tables");
        try (Connection connection = db.connect()) {
            assertEquals(db.schema(), currentSchema(db.engine(), connection));
        }
    }

    /** The benchmark starts servers outside JUnit; each fresh schema is its own and empty. */
    @Test
    void standaloneServerHandsOutSeparateFreshSchemas() throws SQLException {
        try (StandaloneServer server = StandaloneServer.start(Engine.H2)) {
            TestDatabase first = server.freshDatabase();
            TestDatabase second = server.freshDatabase();
            assertNotEquals(first.jdbcUrl(), second.jdbcUrl());
            first.execute("CREATE TABLE only_here (id INT PRIMARY KEY)");
            assertEquals(List.of("only_here"), tablesIn(first));
            assertEquals(List.of(), tablesIn(second));
            server.release(first);
            server.release(second);
        }
    }

    @AllDatabases
    void createsTablesWithAForeignKeyInTheTestSchema(TestDatabase db) throws SQLException {
        db.execute(
                "CREATE TABLE parent (id INT PRIMARY KEY)",
                "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT,"
                        + " CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id))",
                "INSERT INTO parent (id) VALUES (1)",
                "INSERT INTO child (id, parent_id) VALUES (10, 1)");

        assertEquals(List.of("child", "parent"), tablesIn(db));
        try (Connection connection = db.dataSource().getConnection();
                ResultSet keys = connection.getMetaData()
                        .getImportedKeys(catalog(db), schemaPattern(db), name(db, "child"))) {
            assertTrue(keys.next(), "the foreign key is visible in the metadata");
            assertEquals("fk_child_parent", keys.getString("FK_NAME").toLowerCase(Locale.ROOT));
            assertEquals("parent", keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
        }
        // The constraint is enforced, and execute() reports the statement that failed.
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> db.execute("INSERT INTO child (id, parent_id) VALUES (11, 2)"));
        assertTrue(failure.getMessage().contains("INSERT INTO child (id, parent_id) VALUES (11, 2)"),
                failure.getMessage());
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.POSTGRESQL})
    void adminCreatesAReadOnlyUserForTheTestSchema(TestDatabase db) throws SQLException {
        assertTrue(db.engine() == Engine.MYSQL || db.engine() == Engine.POSTGRESQL, db.engine().displayName());
        assertTrue(db.server().supportsUsers());
        db.execute("CREATE TABLE item (id INT PRIMARY KEY)", "INSERT INTO item (id) VALUES (1)");
        String user = db.schema() + "_ro";
        if (db.engine() == Engine.MYSQL) {
            db.server().executeAsAdmin(
                    "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'secret'",
                    "GRANT SELECT ON " + db.schema() + ".* TO '" + user + "'@'%'");
        } else {
            db.server().executeAsAdmin(
                    "CREATE ROLE " + user + " LOGIN PASSWORD 'secret'",
                    "GRANT USAGE ON SCHEMA " + db.schema() + " TO " + user,
                    "GRANT SELECT ON ALL TABLES IN SCHEMA " + db.schema() + " TO " + user);
        }
        TestDatabase readOnly = db.as(user, "secret");
        try (Connection connection = readOnly.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM item")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        AssertionFailedError denied = assertThrows(AssertionFailedError.class,
                () -> readOnly.execute("INSERT INTO item (id) VALUES (2)"));
        assertTrue(denied.getMessage().toLowerCase(Locale.ROOT).contains("denied"), denied.getMessage());
    }

    @AllDatabases
    void eachInvocationGetsItsOwnSchema(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE marker (id INT PRIMARY KEY)");
        assertEquals(List.of("marker"), tablesIn(db));
        assertNotEquals(db.jdbcUrl(), db.server().adminJdbcUrl() + "x");
        assertEquals(db.jdbcUrl(), db.hibernateProperties().get("jakarta.persistence.jdbc.url"));
    }

    private static List<String> tablesIn(TestDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = db.connect();
                ResultSet rs = connection.getMetaData()
                        .getTables(catalog(db), schemaPattern(db), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        tables.sort(null);
        return tables;
    }

    /** Both MySQL-family drivers report databases as JDBC catalogs; PostgreSQL and H2 use schemas. */
    private static String catalog(TestDatabase db) {
        return isMySqlFamily(db) ? db.schema() : null;
    }

    private static String schemaPattern(TestDatabase db) {
        return isMySqlFamily(db) ? null : db.schema();
    }

    private static boolean isMySqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }

    private static String name(TestDatabase db, String table) {
        return db.engine() == Engine.H2 ? table.toUpperCase(Locale.ROOT) : table;
    }

    private static String currentSchema(Engine engine, Connection connection) throws SQLException {
        String query = switch (engine) {
            case MYSQL, MARIADB -> "SELECT DATABASE()";
            case POSTGRESQL -> "SELECT current_schema()";
            case H2 -> "SELECT SCHEMA()";
        };
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
