package dev.fkguard.migration;

import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names YAML would read as something else ({@code yes}, {@code on}, {@code off}, {@code null}, {@code true},
 * {@code ~}, {@code 1e3}, {@code a:b}, {@code c#d}) and names XML must escape ({@code <}, {@code &}; the comments
 * quote them with {@code "}): real Liquibase runs the YAML and the XML changelog over such tables, columns,
 * constraints and an index, and the catalog afterwards holds exactly the names asked for.
 */
class LiquibaseNamesOnDatabasesTest {

    @AllDatabases
    void yamlChangelogKeepsEveryNameAString(TestDatabase db, @TempDir Path dir) throws Exception {
        run(db, dir, MigrationFormat.LIQUIBASE_YAML);
    }

    @AllDatabases
    void xmlChangelogEscapesEveryName(TestDatabase db, @TempDir Path dir) throws Exception {
        run(db, dir, MigrationFormat.LIQUIBASE_XML);
    }

    private static void run(TestDatabase db, Path dir, MigrationFormat format) throws Exception {
        Names n = new Names(db.engine());
        db.execute("CREATE TABLE " + n.q("on") + " (" + n.q("id") + " BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE " + n.q("yes") + " (" + n.q("id") + " BIGINT NOT NULL PRIMARY KEY, "
                        + n.q("null") + " BIGINT, " + n.q("~") + " BIGINT, " + n.q("1e3") + " INT, "
                        + n.q("a:b") + " BIGINT, " + n.q("c#d<&") + " BIGINT, " + n.q("off") + " BIGINT, "
                        + "CONSTRAINT " + n.q("true") + " FOREIGN KEY (" + n.q("off") + ") REFERENCES " + n.q("on")
                        + " (" + n.q("id") + "))");

        SchemaModel before;
        try (Connection connection = db.connect()) {
            before = new CatalogReader().read(connection, List.of());
        }
        TableRef yes = before.table(TableRef.of(n.s("yes"))).or(() -> before.tables().stream()
                .filter(t -> t.ref().name().equals(n.s("yes"))).findFirst()).orElseThrow().ref();
        TableRef on = before.tables().stream().filter(t -> t.ref().name().equals(n.s("on"))).findFirst()
                .orElseThrow().ref();
        ForeignKey stale = before.foreignKeys().stream().filter(k -> k.name().orElse("").equals(n.s("true")))
                .findFirst().orElseThrow(() -> new AssertionError(before.foreignKeys().toString()));
        Column thousand = before.table(yes).orElseThrow().column(n.s("1e3")).orElseThrow();
        List<Remedy> remedies = List.of(
                new Remedy.DropForeignKey(stale),
                new Remedy.ChangeColumnType(yes, n.s("1e3"), ColumnType.of("BIGINT"), true,
                        Optional.of(thousand.type()), thousand.attributes()),
                new Remedy.CreateIndex(yes, List.of(n.s("~")), n.s("1e3")),
                new Remedy.AddForeignKey(key(yes, n.s("null"), on, n.s("id")), n.s("no")),
                new Remedy.AddForeignKey(key(yes, n.s("a:b"), on, n.s("id")), n.s("~")),
                new Remedy.AddForeignKey(key(yes, n.s("c#d<&"), on, n.s("id")), n.s("off")));

        Path changelogs = Files.createDirectories(dir.resolve("changelog"));
        MigrationPlan plan = MigrationPlan.of(before.database(), remedies);
        MigrationFile file = new MigrationWriter("1").render(plan, format).get(0);
        Files.writeString(changelogs.resolve(file.fileName()), file.content());
        try {
            MigrationToolsOnDatabasesTest.LiquibaseRun.update(db, changelogs, file.fileName());
        } catch (Exception e) {
            throw new AssertionError("Liquibase refused:\n" + file.content(), e);
        }

        SchemaModel after;
        try (Connection connection = db.connect()) {
            after = new CatalogReader().read(connection, List.of());
        }
        List<String> keys = after.foreignKeys().stream()
                .map(k -> k.name().orElse("?") + "(" + String.join(",", k.columns()) + ")->"
                        + k.targetTable().name()).sorted().toList();
        assertEquals(List.of(n.s("no") + "(" + n.s("null") + ")->" + n.s("on"),
                        n.s("off") + "(" + n.s("c#d<&") + ")->" + n.s("on"),
                        n.s("~") + "(" + n.s("a:b") + ")->" + n.s("on")).stream().sorted().toList(), keys,
                file.content());
        Table table = after.table(yes).orElseThrow();
        assertTrue(table.indexes().stream().map(Index::name).anyMatch(n.s("1e3")::equals),
                () -> table.indexes() + "\n" + file.content());
        assertEquals("BIGINT", table.column(n.s("1e3")).orElseThrow().type().name(), file.content());
        assertFalse(file.content().contains("\n            tableName: yes"), "names are quoted scalars");
    }

    private static ForeignKey key(TableRef table, String column, TableRef target, String targetColumn) {
        return new ForeignKey(Optional.empty(), table, List.of(column), target, List.of(targetColumn),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, true, true);
    }

    /** Names as the engine stores them when quoted in its own folding case, and quoted for DDL by hand. */
    private record Names(Engine engine) {

        String s(String name) {
            return engine == Engine.H2 ? name.toUpperCase(Locale.ROOT) : name;
        }

        String q(String name) {
            boolean mySqlFamily = engine == Engine.MYSQL || engine == Engine.MARIADB;
            return mySqlFamily ? "`" + s(name) + "`" : "\"" + s(name) + "\"";
        }
    }
}
