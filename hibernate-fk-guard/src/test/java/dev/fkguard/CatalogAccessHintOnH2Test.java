package dev.fkguard;

import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H2 2.x shows its whole catalog to every user, the admin and a user without a single grant alike, so when the
 * check sees none of the mapped tables a {@code GRANT} is never the fix: the hint names the real cause, the schema
 * the database lacks, or a database (an in-memory one above all) that is not the one the tables were created in.
 */
class CatalogAccessHintOnH2Test {

    private static final String TABLES = "CREATE TABLE hint_parents (id BIGINT PRIMARY KEY);"
            + " CREATE TABLE hint_children (id BIGINT PRIMARY KEY, parent_id BIGINT,"
            + " CONSTRAINT fk_hint_parent FOREIGN KEY (parent_id) REFERENCES hint_parents (id))";

    @Entity
    @Table(name = "hint_parents")
    static class Parent {
        @Id
        Long id;
    }

    @Entity
    @Table(name = "hint_children")
    static class Child {
        @Id
        Long id;
        @ManyToOne
        Parent parent;
    }

    /** The mapping of the two entities, read without a database. */
    private static MappingModel mapping() {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.dialect.H2Dialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false").build();
        try {
            return new MappingReader().read(new MetadataSources(registry).addAnnotatedClass(Parent.class)
                    .addAnnotatedClass(Child.class).buildMetadata());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** A user without admin rights may not set database settings: it connects without the URL's close delay. */
    private static Connection connectAs(TestDatabase db, String user, String password) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl().replace(";DB_CLOSE_DELAY=-1", ""), user, password);
    }

    private static FkGuardSettings schemas(Map<String, String> schemas) {
        return FkGuardSettings.fromProperties(schemas, BuiltInRules.all());
    }

    private static FkGuardException failure(Connection connection, FkGuardSettings settings) {
        FkGuardException failure = assertThrows(FkGuardException.class,
                () -> new FkGuard(settings).check(mapping(), connection));
        assertEquals(FkGuardException.Code.CATALOG_ACCESS, failure.code(), failure.getMessage());
        assertTrue(failure.getMessage().contains("sees none of the 2 mapped tables"), failure.getMessage());
        assertFalse(failure.getMessage().contains("GRANT"), failure.getMessage());
        assertFalse(failure.getMessage().contains("grant the user"), failure.getMessage());
        return failure;
    }

    /** The admin (H2's SA) reads the default schema, which holds none of the tables: the in-memory pitfall. */
    @AllDatabases(only = Engine.H2)
    void anAdminSeeingNoneOfTheTablesIsToldTheyAreInAnotherDatabase(TestDatabase db) throws SQLException {
        try (Connection admin = db.connect()) {
            String message = failure(admin, FkGuardSettings.defaults()).getMessage();
            assertTrue(message.contains("as user SA."), message);
            assertTrue(message.contains("H2 shows every user its whole catalog, so no privilege is missing: this"
                    + " database has schema PUBLIC but none of the tables in it (an in-memory H2 database is a new, empty one"
                    + " for each database name and is gone when its last connection closes unless the URL sets"
                    + " DB_CLOSE_DELAY=-1); name the schema that holds them with hibernate.fkguard.schemas"), message);
        }
    }

    /** The admin reads a schema the database does not have: the hint says so, by the name H2 stores. */
    @AllDatabases(only = Engine.H2)
    void anAdminLookingInASchemaTheDatabaseLacksIsToldItDoesNotExist(TestDatabase db) throws SQLException {
        db.execute(TABLES);
        try (Connection admin = db.connect()) {
            String message = failure(admin, schemas(Map.of(FkGuardSettings.SCHEMAS, "no_such_schema")))
                    .getMessage();
            assertTrue(message.contains("no privilege is missing: schema NO_SUCH_SCHEMA does not exist in this"
                    + " database; name the schema that holds them"), message);
        }
    }

    /**
     * A user without a single grant sees the tables in the catalog, so the check runs (and finds them agreeing): no
     * grant was ever missing. The same user looking in a schema the database lacks is told that, as the admin is.
     */
    @AllDatabases(only = Engine.H2)
    void aUserWithoutGrantsSeesTheCatalogAndIsToldTheRealCause(TestDatabase db) throws SQLException {
        db.execute(TABLES, "CREATE USER hint_reader PASSWORD 'reader'");
        try (Connection reader = connectAs(db, "hint_reader", "reader")) {
            assertTrue(new FkGuard(FkGuardSettings.defaults()).check(mapping(), reader).isClean());
            String message = failure(reader, schemas(Map.of(FkGuardSettings.SCHEMAS, "no_such_schema")))
                    .getMessage();
            assertTrue(message.contains("as user HINT_READER."), message);
            assertTrue(message.contains("no privilege is missing: schema NO_SUCH_SCHEMA does not exist"), message);
        }
    }
}
