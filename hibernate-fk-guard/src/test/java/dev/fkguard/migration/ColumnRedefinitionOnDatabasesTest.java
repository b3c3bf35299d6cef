package dev.fkguard.migration;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A column change keeps everything about the column but what it means to change. MySQL and MariaDB rewrite the whole
 * column on {@code MODIFY COLUMN} and drop what the statement does not repeat (DEFAULT, COMMENT, AUTO_INCREMENT,
 * INVISIBLE, ON UPDATE, the fraction digits of a TIMESTAMP(3), MariaDB's column CHECK …); H2 and PostgreSQL change
 * type and nullability in place. Each column below carries such attributes, gets the remedy a rule would give it
 * (built from the column the catalog read, as the rules build it), the migration runs, and information_schema is
 * read back: every attribute but the intended one is as it was.
 */
class ColumnRedefinitionOnDatabasesTest {

    private static final TableRef THINGS = TableRef.of("things");
    private static final ColumnType BIGINT = ColumnType.of("BIGINT");

    /** What each remedy means to change, as information_schema labels; everything else must stay. */
    private static final Set<String> TYPE = Set.of("DATA_TYPE", "COLUMN_TYPE", "NUMERIC_PRECISION");
    private static final Set<String> NULLABILITY = Set.of("IS_NULLABLE");

    @AllDatabases
    void everyAttributeButTheIntendedOneIsKept(TestDatabase db) throws SQLException {
        boolean mySqlFamily = db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
        db.execute(mySqlFamily ? mySqlTable() : db.engine() == Engine.POSTGRESQL ? postgresTable() : h2Table());
        db.execute("INSERT INTO things (id, a_int, b_code, e_expr) VALUES (1, 1, 'k', 5)");
        if (db.engine() == Engine.POSTGRESQL) {
            db.execute("COMMENT ON COLUMN things.a_int IS 'it''s \"a\" <b> & \\ c'");
        } else if (db.engine() == Engine.H2) {
            db.execute("COMMENT ON COLUMN things.a_int IS 'it''s \"a\" <b> & \\ c'");
        }

        try (Connection connection = db.connect()) {
            SchemaModel schema = new CatalogReader().read(connection, List.of());
            // The catalog names the table in its schema and in the engine's case (H2: THINGS).
            Table things = schema.tables().stream().filter(t -> t.ref().name().equalsIgnoreCase("things"))
                    .findFirst().orElseThrow(() -> new AssertionError("no table things in " + schema.tables()));
            Map<String, Set<String>> intended = new LinkedHashMap<>();
            List<Remedy> remedies = new ArrayList<>();
            changeType(things, "id", BIGINT, remedies, intended);
            changeType(things, "a_int", BIGINT, remedies, intended);
            dropNotNull(things, "b_code", remedies, intended);
            setNotNull(things, "c_inv", remedies, intended);
            setNotNull(things, "ts", remedies, intended);
            dropNotNull(things, "e_expr", remedies, intended);
            if (mySqlFamily) {
                setNotNull(things, "ck", remedies, intended);
                dropNotNull(things, "bits", remedies, intended);
                dropNotNull(things, "bin", remedies, intended);
                dropNotNull(things, "en", remedies, intended);
                // A generated column's change is left out, with its reason: nothing about it may change.
                Column generated = things.column("g").orElseThrow();
                remedies.add(new Remedy.SetNotNull(THINGS, "g", generated.type(), generated.attributes()));
                intended.put("g", Set.of());
            }

            Map<String, Map<String, String>> before = snapshot(db, connection);
            DatabaseInfo database = schema.database();
            String script = new MigrationWriter("1").render(MigrationPlan.of(database, remedies), MigrationFormat.SQL)
                    .get(0).content();
            run(connection, MigrationRoundTripTest.statementsOf(script), script);
            Map<String, Map<String, String>> after = snapshot(db, connection);

            for (Map.Entry<String, Set<String>> column : intended.entrySet()) {
                Map<String, String> kept = without(before.get(column.getKey()), column.getValue());
                assertEquals(kept, without(after.get(column.getKey()), column.getValue()),
                        column.getKey() + " lost an attribute it was not meant to lose; migration:\n" + script);
                if (!column.getValue().isEmpty()) {
                    assertTrue(!before.get(column.getKey()).equals(after.get(column.getKey())),
                            column.getKey() + " did not change at all; migration:\n" + script);
                }
            }
            if (mySqlFamily) {
                assertTrue(script.contains("--     not possible as it stands: things.g is a generated column"), script);
            }
        }
    }

    /**
     * The same through the guard: column-type-mismatch finds an INT column referencing a BIGINT key, and the
     * migration it writes keeps the column's default, comment and invisibility, as plain SQL and as a Liquibase
     * changelog (whose own modifyDataType would spell a bare MODIFY).
     */
    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void theGuardsOwnMigrationKeepsTheColumnsAttributes(TestDatabase db) throws SQLException {
        Report before = childWithAttributes(db);
        String script = new MigrationWriter("1").render(PlannedFixes.of(before).plan(), MigrationFormat.SQL).get(0).content();
        try (Connection connection = db.connect()) {
            run(connection, MigrationRoundTripTest.statementsOf(script), script);
        }
        assertKept(db, script);
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void theGuardsLiquibaseChangelogKeepsTheColumnsAttributes(TestDatabase db, @TempDir Path dir) throws Exception {
        Report before = childWithAttributes(db);
        List<Path> files = new MigrationWriter("1").write(PlannedFixes.of(before).plan(), MigrationFormat.LIQUIBASE_XML, dir);
        MigrationToolsOnDatabasesTest.LiquibaseRun.update(db, dir, files.get(0).getFileName().toString());
        assertKept(db, Files.readString(files.get(0)));
    }

    /**
     * A VARCHAR widened to the length of the key it references (column-type-mismatch) keeps the rest of its
     * definition: character set and collation (other than the table's default, which a bare MODIFY would take), NOT
     * NULL, DEFAULT, INVISIBLE and COMMENT. Run through the guard's own migration, then read back.
     */
    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void aVarcharWideningKeepsTheRestOfTheColumnsDefinition(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE codes (code VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL PRIMARY KEY)"
                        + " DEFAULT CHARSET=utf8mb4",
                "INSERT INTO codes (code) VALUES ('x''y')",
                "CREATE TABLE coded (id BIGINT NOT NULL PRIMARY KEY,"
                        + " code VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT 'x''y' INVISIBLE"
                        + " COMMENT 'the code, x''y by default',"
                        + " CONSTRAINT fk_coded_code FOREIGN KEY (code) REFERENCES codes (code))"
                        + " DEFAULT CHARSET=utf8mb4",
                "INSERT INTO coded (id) VALUES (1)");
        Report before = GuardRun.check(db, Code.class, Coded.class);
        assertEquals(List.of("ERROR column-type-mismatch"), GuardRun.ruleIds(before), before.findings()::toString);
        String script = new MigrationWriter("1").render(PlannedFixes.of(before).plan(), MigrationFormat.SQL).get(0)
                .content();
        try (Connection connection = db.connect()) {
            Map<String, String> was = snapshot(db, connection, "coded").get("code");
            run(connection, MigrationRoundTripTest.statementsOf(script), script);
            Map<String, String> is = snapshot(db, connection, "coded").get("code");
            assertEquals("20", is.get("CHARACTER_MAXIMUM_LENGTH"), script);
            Set<String> intended = Set.of("COLUMN_TYPE", "CHARACTER_MAXIMUM_LENGTH", "TABLE_CHECKS");
            assertEquals(without(was, intended), without(is, intended), "the widening lost an attribute:\n" + script);
            assertEquals("latin1_bin", is.get("COLLATION_NAME"), script);
            assertTrue(is.get("EXTRA").contains("INVISIBLE"), script);
        }
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Code.class, Coded.class)), script);
    }

    @Entity(name = "RedefinitionCode")
    @jakarta.persistence.Table(name = "codes")
    static class Code {
        @Id
        String code;
    }

    @Entity(name = "RedefinitionCoded")
    @jakarta.persistence.Table(name = "coded")
    static class Coded {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "code")
        Code code;
    }

    private static Report childWithAttributes(TestDatabase db) {
        db.execute("CREATE TABLE parents (id BIGINT NOT NULL PRIMARY KEY)",
                "INSERT INTO parents (id) VALUES (7)",
                "CREATE TABLE children (id BIGINT NOT NULL PRIMARY KEY,"
                        + " parent_id INT NULL DEFAULT 7 INVISIBLE COMMENT 'the parent, 7 by default',"
                        + " INDEX idx_children_parent_id (parent_id))");
        Report before = GuardRun.check(db, Parent.class, Child.class);
        assertTrue(before.findings().stream().anyMatch(f -> f.rule().value().equals("column-type-mismatch")),
                before.findings()::toString);
        return before;
    }

    private static void assertKept(TestDatabase db, String migration) throws SQLException {
        try (Connection connection = db.connect()) {
            Map<String, String> column = snapshot(db, connection, "children").get("parent_id");
            assertEquals("bigint", column.get("DATA_TYPE"), migration);
            assertEquals("7", column.get("COLUMN_DEFAULT"), migration);
            assertEquals("the parent, 7 by default", column.get("COLUMN_COMMENT"), migration);
            assertTrue(column.get("EXTRA").contains("INVISIBLE"), migration);
        }
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, Parent.class, Child.class)), migration);
    }

    @Entity(name = "RedefinitionParent")
    @jakarta.persistence.Table(name = "parents")
    static class Parent {
        @Id
        Long id;
    }

    @Entity(name = "RedefinitionChild")
    @jakarta.persistence.Table(name = "children")
    static class Child {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        Parent parent;
    }

    private static void changeType(Table table, String name, ColumnType type, List<Remedy> remedies,
                                   Map<String, Set<String>> intended) {
        Column column = table.column(name).orElseThrow();
        remedies.add(new Remedy.ChangeColumnType(THINGS, name, type, column.nullable(), Optional.of(column.type()),
                column.attributes()));
        intended.put(name, TYPE);
    }

    private static void setNotNull(Table table, String name, List<Remedy> remedies, Map<String, Set<String>> intended) {
        Column column = table.column(name).orElseThrow();
        remedies.add(new Remedy.SetNotNull(THINGS, name, column.type(), column.attributes()));
        intended.put(name, NULLABILITY);
    }

    private static void dropNotNull(Table table, String name, List<Remedy> remedies,
                                    Map<String, Set<String>> intended) {
        Column column = table.column(name).orElseThrow();
        remedies.add(new Remedy.DropNotNull(THINGS, name, column.type(), column.attributes()));
        intended.put(name, NULLABILITY);
    }

    private static String mySqlTable() {
        return "CREATE TABLE things ("
                + " id INT NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'the key',"
                + " a_int INT NULL DEFAULT 7 COMMENT 'it''s \"a\" <b> & \\\\ c',"
                + " b_code VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT 'x\\\\y''z'"
                + " COMMENT 'code',"
                + " c_inv BIGINT NULL DEFAULT 3 INVISIBLE COMMENT 'hidden',"
                + " ts TIMESTAMP(3) NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),"
                + " e_expr INT NOT NULL DEFAULT (1 + 1),"
                + " ck INT NULL DEFAULT 4 CHECK (ck > 0),"
                + " g BIGINT GENERATED ALWAYS AS (a_int + 1) STORED,"
                + " bits BIT(3) NOT NULL DEFAULT b'101',"
                + " bin VARBINARY(4) NOT NULL DEFAULT 'ab',"
                + " en ENUM('a', 'b') NOT NULL DEFAULT 'b'"
                + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    }

    private static String postgresTable() {
        return "CREATE TABLE things (id INTEGER NOT NULL PRIMARY KEY, a_int INTEGER DEFAULT 7,"
                + " b_code VARCHAR(10) COLLATE \"C\" NOT NULL DEFAULT 'x\\y''z', c_inv BIGINT DEFAULT 3,"
                + " ts TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3), e_expr INTEGER NOT NULL DEFAULT (1 + 1))";
    }

    private static String h2Table() {
        return "CREATE TABLE things (id INTEGER NOT NULL PRIMARY KEY, a_int INTEGER DEFAULT 7,"
                + " b_code VARCHAR(10) NOT NULL DEFAULT 'x\\y''z', c_inv BIGINT DEFAULT 3,"
                + " ts TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3), e_expr INTEGER NOT NULL DEFAULT (1 + 1))";
    }

    /** Every column of {@code things} as information_schema describes it, plus its comment and column CHECK. */
    private static Map<String, Map<String, String>> snapshot(TestDatabase db, Connection connection)
            throws SQLException {
        return snapshot(db, connection, "things");
    }

    private static Map<String, Map<String, String>> snapshot(TestDatabase db, Connection connection, String table)
            throws SQLException {
        String sql = switch (db.engine()) {
            case MYSQL, MARIADB -> "SELECT c.COLUMN_NAME, c.COLUMN_TYPE, c.DATA_TYPE, c.NUMERIC_PRECISION,"
                    + " c.IS_NULLABLE, c.COLUMN_DEFAULT, c.EXTRA, c.COLUMN_COMMENT, c.CHARACTER_SET_NAME,"
                    + " c.COLLATION_NAME, c.GENERATION_EXPRESSION, c.CHARACTER_MAXIMUM_LENGTH,"
                    + " c.DATETIME_PRECISION, c.ORDINAL_POSITION"
                    + (db.engine() == Engine.MARIADB ? ", (SELECT cc.CHECK_CLAUSE FROM information_schema"
                    + ".CHECK_CONSTRAINTS cc WHERE cc.CONSTRAINT_SCHEMA = c.TABLE_SCHEMA AND cc.TABLE_NAME ="
                    + " c.TABLE_NAME AND cc.CONSTRAINT_NAME = c.COLUMN_NAME) AS COLUMN_CHECK"
                    : ", (SELECT GROUP_CONCAT(cc.CHECK_CLAUSE) FROM information_schema.CHECK_CONSTRAINTS cc"
                    + " WHERE cc.CONSTRAINT_SCHEMA = c.TABLE_SCHEMA) AS TABLE_CHECKS")
                    + " FROM information_schema.COLUMNS c WHERE c.TABLE_SCHEMA = DATABASE() AND c.TABLE_NAME = '" + table + "'";
            case POSTGRESQL -> "SELECT c.column_name, c.data_type, c.numeric_precision, c.is_nullable,"
                    + " c.column_default, c.collation_name, c.character_maximum_length, c.datetime_precision,"
                    + " col_description('things'::regclass, c.ordinal_position) AS column_comment"
                    + " FROM information_schema.columns c WHERE c.table_schema = current_schema()"
                    + " AND c.table_name = 'things'";
            case H2 -> "SELECT COLUMN_NAME, DATA_TYPE, NUMERIC_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, REMARKS,"
                    + " IS_VISIBLE, CHARACTER_MAXIMUM_LENGTH, DATETIME_PRECISION FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'THINGS'";
        };
        Map<String, Map<String, String>> columns = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 2; i <= meta.getColumnCount(); i++) {
                    String value = rs.getString(i);
                    // MariaDB reports "no default" on a nullable column as the text NULL, on a NOT NULL one as NULL.
                    if (db.engine() == Engine.MARIADB && "COLUMN_DEFAULT".equalsIgnoreCase(meta.getColumnLabel(i))
                            && "NULL".equals(value)) {
                        value = null;
                    }
                    row.put(meta.getColumnLabel(i).toUpperCase(Locale.ROOT), String.valueOf(value));
                }
                columns.put(rs.getString(1).toLowerCase(Locale.ROOT), row);
            }
        }
        return columns;
    }

    private static Map<String, String> without(Map<String, String> row, Set<String> labels) {
        Map<String, String> kept = new TreeMap<>(row);
        kept.keySet().removeAll(labels);
        return kept;
    }

    private static void run(Connection connection, List<String> statements, String script) throws SQLException {
        for (String sql : statements) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new SQLException("rejected: " + sql + " -> " + e.getMessage() + "\nmigration:\n" + script, e);
            }
        }
    }
}
