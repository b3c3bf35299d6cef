package dev.fkguard.names;

import dev.fkguard.ddl.Statement;
import dev.fkguard.model.NameRules;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.fkguard.names.NamesOnDatabasesTest.assertClean;
import static dev.fkguard.names.NamesOnDatabasesTest.check;
import static dev.fkguard.names.NamesOnDatabasesTest.dropKey;
import static dev.fkguard.names.NamesOnDatabasesTest.isMySqlFamily;
import static dev.fkguard.names.NamesOnDatabasesTest.quote;
import static dev.fkguard.names.NamesOnDatabasesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quoting learns the engine's words from its driver ({@code DatabaseMetaData.getSQLKeywords()}), not only from the
 * SQL standard's list and the guard's own: a column named by a word only the driver lists is quoted in the fix,
 * and the fix runs. MySQL and MariaDB reserve {@code continue} (a plain {@code FOREIGN KEY (continue)} is a syntax
 * error there); PostgreSQL's driver lists {@code comment}. H2's driver lists only words outside SQL:2003, all of
 * which the guard's own H2 list already has, so there is no such word on H2.
 */
class DriverKeywordsOnDatabasesTest {

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB, Engine.POSTGRESQL})
    void aWordOnlyTheDriverListsIsQuotedAndTheFixRuns(TestDatabase db) throws SQLException {
        boolean mysql = isMySqlFamily(db);
        String word = mysql ? "continue" : "comment";
        String table = mysql ? "kw_steps" : "kw_remarks";
        Class<?>[] entities = {NameEntities.KwOwner.class, mysql ? NameEntities.KwStep.class
                : NameEntities.KwRemark.class};
        // The premise: the driver lists the word and the SQL standard does not reserve it.
        try (Connection connection = db.connect()) {
            List<String> driver = Arrays.stream(connection.getMetaData().getSQLKeywords().split(","))
                    .map(w -> w.strip().toUpperCase(Locale.ROOT)).toList();
            assertTrue(driver.contains(word.toUpperCase(Locale.ROOT)), () -> "driver keywords: " + driver);
        }
        assertFalse(NameRules.LOOSE.keywords().contains(word.toUpperCase(Locale.ROOT)), "a standard word: " + word);

        String column = quote(db, word);
        db.execute("CREATE TABLE kw_owners (id BIGINT PRIMARY KEY)",
                "CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, " + column + " BIGINT,"
                        + " CONSTRAINT fk_kw_owner FOREIGN KEY (" + column + ") REFERENCES kw_owners (id))");
        assertClean(check(db, Map.of(), entities));

        db.execute(dropKey(db, table, "fk_kw_owner"));
        Report missing = check(db, Map.of(), entities);
        assertEquals(List.of(word), single(missing, "missing-foreign-key").location().columns());
        List<String> sql = PlannedFixes.of(missing).plan().statements().stream().map(Statement::sql).toList();
        assertTrue(sql.stream().anyMatch(s -> s.contains("FOREIGN KEY (" + column + ")")), String.join("\n", sql));
        sql.forEach(db::execute);
        assertClean(check(db, Map.of(), entities));
    }
}
