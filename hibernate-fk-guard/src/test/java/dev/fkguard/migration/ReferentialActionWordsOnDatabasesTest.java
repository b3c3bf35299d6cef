package dev.fkguard.migration;

import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The words the engines store for ON DELETE / ON UPDATE, read back as stored, and kept by a re-created key for the
 * action its remedy does not change: MariaDB stores an omitted clause as RESTRICT, MySQL, PostgreSQL and H2 as
 * NO ACTION, so the plan must spell out whichever the engine would not store for an omitted clause.
 */
class ReferentialActionWordsOnDatabasesTest {

    /** The clause each key is written with, by the word it is written with (empty: no clause). */
    private static final Map<String, String> WRITTEN = Map.of("restrict", "RESTRICT", "no_action", "NO ACTION",
            "omitted", "");

    @AllDatabases
    void reCreatedKeysReadBackTheWordTheyHadForTheActionLeftAlone(TestDatabase db) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        WRITTEN.forEach((word, clause) -> {
            for (String changed : List.of("del", "upd")) {
                String column = changed + "_" + word + "_id";
                columns.add(column + " BIGINT");
                String both = clause.isEmpty() ? "" : " ON DELETE " + clause + " ON UPDATE " + clause;
                keys.add("CONSTRAINT fk_" + changed + "_" + word + " FOREIGN KEY (" + column
                        + ") REFERENCES words_parent (id)" + both);
            }
        });
        db.execute("CREATE TABLE words_parent (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE words_child (id BIGINT NOT NULL PRIMARY KEY, " + String.join(", ", columns) + ", "
                        + String.join(", ", keys) + ")");
        SchemaModel before = read(db);

        ReferentialAction omitted = db.engine() == Engine.MARIADB ? ReferentialAction.RESTRICT
                : ReferentialAction.NO_ACTION;
        Map<String, String> storedWords = Map.of("restrict", "RESTRICT", "no_action", "NO ACTION",
                "omitted", omitted.sql());
        Map<String, String> stored = words(before);
        assertEquals(expected(storedWords, "fk_del_", w -> w, w -> w), keep(stored, "fk_del_"),
                db.engine() + ": the engine's own words, as stored");
        assertEquals(expected(storedWords, "fk_upd_", w -> w, w -> w), keep(stored, "fk_upd_"),
                db.engine() + ": the engine's own words, as stored");

        List<Remedy> remedies = new ArrayList<>();
        for (ForeignKey key : before.foreignKeys()) {
            boolean deleteChanges = name(key).startsWith("fk_del_");
            ForeignKey wanted = new ForeignKey(key.name(), key.table(), key.columns(), key.targetTable(),
                    key.targetColumns(), deleteChanges ? ReferentialAction.CASCADE : key.onDelete(),
                    deleteChanges ? key.onUpdate() : ReferentialAction.CASCADE, false, true, true);
            remedies.add(new Remedy.ReplaceForeignKey(key, wanted));
        }
        MigrationPlan plan = MigrationPlan.of(before.database(), before, remedies);
        assertEquals(List.of(), plan.leftOut());
        plan.statements().forEach(s -> db.execute(s.sql().substring(0, s.sql().length() - 1)));

        Map<String, String> after = words(read(db));
        assertEquals(expected(storedWords, "fk_del_", w -> "CASCADE", w -> w), keep(after, "fk_del_"),
                db.engine() + ": ON UPDATE kept as it was\n" + plan.statements());
        assertEquals(expected(storedWords, "fk_upd_", w -> w, w -> "CASCADE"), keep(after, "fk_upd_"),
                db.engine() + ": ON DELETE kept as it was\n" + plan.statements());
    }

    /** Per key name: "ON DELETE word / ON UPDATE word". */
    private static Map<String, String> words(SchemaModel schema) {
        Map<String, String> words = new TreeMap<>();
        schema.foreignKeys().forEach(k -> words.put(name(k), k.onDelete().sql() + " / " + k.onUpdate().sql()));
        return words;
    }

    private static Map<String, String> keep(Map<String, String> words, String prefix) {
        Map<String, String> kept = new TreeMap<>(words);
        kept.keySet().removeIf(name -> !name.startsWith(prefix));
        return kept;
    }

    /** The words the keys named {@code prefix + word} should have, from the word each was stored with. */
    private static Map<String, String> expected(Map<String, String> stored, String prefix,
                                                UnaryOperator<String> onDelete, UnaryOperator<String> onUpdate) {
        Map<String, String> words = new TreeMap<>();
        stored.forEach((word, sql) -> words.put(prefix + word, onDelete.apply(sql) + " / " + onUpdate.apply(sql)));
        return words;
    }

    private static String name(ForeignKey key) {
        return key.name().orElseThrow().toLowerCase(Locale.ROOT);
    }

    private static SchemaModel read(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return new CatalogReader().read(connection, List.of());
        }
    }
}
