package dev.fkguard.ddl;

import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link KeyColumnTypes} against MySQL and MariaDB themselves: for each pair of types as the catalog reads them,
 * whether it says a key between them is accepted is whether the engine accepts it. A key it wrongly calls unlike would
 * be left out of a migration for nothing; one it wrongly calls alike would be refused.
 */
class KeyColumnTypesOnDatabasesTest {

    /** Referencing column type, referenced column type. */
    private static final List<List<String>> PAIRS = List.of(
            List.of("BIGINT", "INT"),
            List.of("INT", "INTEGER"),
            List.of("INT UNSIGNED", "INT"),
            List.of("VARCHAR(40)", "VARCHAR(20)"),
            List.of("CHAR(20)", "VARCHAR(20)"),
            List.of("VARCHAR(20) CHARACTER SET latin1", "VARCHAR(20) CHARACTER SET utf8mb4"),
            List.of("DECIMAL(20,0)", "DECIMAL(10,0)"),
            List.of("DECIMAL(10,2)", "DECIMAL(10,2)"),
            List.of("DECIMAL(10,2)", "DECIMAL(10,0)"),
            List.of("DECIMAL(10,0) UNSIGNED", "DECIMAL(10,0)"),
            List.of("DATETIME(3)", "DATETIME"),
            List.of("DATETIME", "DATE"),
            List.of("DOUBLE", "FLOAT"),
            List.of("VARBINARY(40)", "BINARY(16)"));

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void saysWhatTheEngineAccepts(TestDatabase db) throws SQLException {
        for (int i = 0; i < PAIRS.size(); i++) {
            db.execute("CREATE TABLE kt_parent_" + i + " (id " + PAIRS.get(i).get(1) + " NOT NULL PRIMARY KEY)",
                    "CREATE TABLE kt_child_" + i + " (id BIGINT NOT NULL PRIMARY KEY, parent_id "
                            + PAIRS.get(i).get(0) + ")");
        }
        SchemaModel schema;
        try (Connection connection = db.connect()) {
            schema = new CatalogReader().read(connection, List.of());
        }
        List<String> engine = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < PAIRS.size(); i++) {
            ColumnType column = type(schema, "kt_child_" + i, "parent_id");
            ColumnType referenced = type(schema, "kt_parent_" + i, "id");
            said.add(PAIRS.get(i) + (KeyColumnTypes.alike(column, referenced) ? " accepted" : " refused"));
            engine.add(PAIRS.get(i) + (accepts(db, "ALTER TABLE kt_child_" + i + " ADD CONSTRAINT fk_kt_" + i
                    + " FOREIGN KEY (parent_id) REFERENCES kt_parent_" + i + " (id)") ? " accepted" : " refused"));
        }
        assertEquals(engine, said, db.engine().toString());
    }

    private static boolean accepts(TestDatabase db, String sql) {
        try {
            db.execute(sql);
            return true;
        } catch (AssertionError refused) {
            return false;
        }
    }

    private static ColumnType type(SchemaModel schema, String table, String column) {
        return schema.tables().stream().filter(t -> t.ref().name().equalsIgnoreCase(table)).findFirst().orElseThrow()
                .column(column).orElseThrow().type();
    }
}
