package dev.fkguard.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fkguard.FkGuardException;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

class CatalogReaderTest {

    private final CatalogReader reader = new CatalogReader();

    @AllDatabases
    void readsTheEngineAndAnEmptySchemaAsNoTables(TestDatabase db) throws SQLException {
        SchemaModel model = read(db);

        assertEquals(kindOf(db.engine()), model.database().kind());
        assertEquals(List.of(db.schema()), model.database().schemas(), "empty list = the current schema");
        assertEquals(List.of(), model.tables());
        assertEquals(List.of(), model.foreignKeys());
        assertTrue(model.database().foreignKeyChecks(), "servers enforce foreign keys unless told otherwise");
    }

    @AllDatabases
    void readsEveryReferentialActionBack(TestDatabase db) throws SQLException {
        boolean mysqlFamily = isMySqlFamily(db);
        db.execute("CREATE TABLE parent (id INT PRIMARY KEY)",
                "CREATE TABLE child (id INT PRIMARY KEY, p_cascade INT, p_set_null INT, p_restrict INT,"
                        + " p_no_action INT, p_omitted INT, p_set_default INT DEFAULT 1,"
                        + " CONSTRAINT fk_cascade FOREIGN KEY (p_cascade) REFERENCES parent (id)"
                        + "   ON DELETE CASCADE ON UPDATE CASCADE,"
                        + " CONSTRAINT fk_set_null FOREIGN KEY (p_set_null) REFERENCES parent (id)"
                        + "   ON DELETE SET NULL ON UPDATE SET NULL,"
                        + " CONSTRAINT fk_restrict FOREIGN KEY (p_restrict) REFERENCES parent (id)"
                        + "   ON DELETE RESTRICT ON UPDATE RESTRICT,"
                        + " CONSTRAINT fk_no_action FOREIGN KEY (p_no_action) REFERENCES parent (id)"
                        + "   ON DELETE NO ACTION ON UPDATE NO ACTION,"
                        + " CONSTRAINT fk_omitted FOREIGN KEY (p_omitted) REFERENCES parent (id)"
                        // InnoDB rejects SET DEFAULT, so on MySQL/MariaDB this key gets a mixed pair instead.
                        + (mysqlFamily
                                ? ", CONSTRAINT fk_set_default FOREIGN KEY (p_set_default) REFERENCES parent (id)"
                                        + " ON DELETE CASCADE ON UPDATE SET NULL)"
                                : ", CONSTRAINT fk_set_default FOREIGN KEY (p_set_default) REFERENCES parent (id)"
                                        + " ON DELETE SET DEFAULT ON UPDATE SET DEFAULT)"));

        SchemaModel model = read(db);

        // The engine's own word: MariaDB stores an omitted clause as RESTRICT, the others as NO ACTION.
        ReferentialAction omitted = db.engine() == Engine.MARIADB ? ReferentialAction.RESTRICT
                : ReferentialAction.NO_ACTION;
        assertActions(model, "fk_cascade", ReferentialAction.CASCADE, ReferentialAction.CASCADE);
        assertActions(model, "fk_set_null", ReferentialAction.SET_NULL, ReferentialAction.SET_NULL);
        assertActions(model, "fk_restrict", ReferentialAction.RESTRICT, ReferentialAction.RESTRICT);
        assertActions(model, "fk_no_action", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
        assertActions(model, "fk_omitted", omitted, omitted);
        if (mysqlFamily) {
            assertActions(model, "fk_set_default", ReferentialAction.CASCADE, ReferentialAction.SET_NULL);
        } else {
            assertActions(model, "fk_set_default", ReferentialAction.SET_DEFAULT, ReferentialAction.SET_DEFAULT);
        }
        assertEquals(List.of("fk_cascade", "fk_no_action", "fk_omitted", "fk_restrict", "fk_set_default",
                "fk_set_null"), lower(model.foreignKeys().stream().map(fk -> fk.name().orElseThrow()).toList()),
                "foreign keys in name order");
        ForeignKey cascade = fk(model, "fk_cascade");
        assertEquals("child", cascade.table().name().toLowerCase(Locale.ROOT));
        assertEquals(Optional.of(db.schema()), cascade.table().schema());
        assertEquals(List.of("p_cascade"), lower(cascade.columns()));
        assertEquals("parent", cascade.targetTable().name().toLowerCase(Locale.ROOT));
        assertEquals(List.of("id"), lower(cascade.targetColumns()));
        assertTrue(cascade.enforced() && cascade.validated() && !cascade.deferrable(), cascade.toString());
    }

    @AllDatabases
    void readsCompositeKeysInKeyOrderAndSelfReferences(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE order_item (order_id INT NOT NULL, item_no INT NOT NULL,"
                        + " PRIMARY KEY (order_id, item_no), CONSTRAINT uk_item_order UNIQUE (item_no, order_id))",
                // The table lists s_item first; the keys list their columns in other orders.
                "CREATE TABLE shipment (id INT PRIMARY KEY, s_item INT NOT NULL, s_order INT NOT NULL,"
                        + " CONSTRAINT fk_ship FOREIGN KEY (s_order, s_item) REFERENCES order_item (order_id, item_no),"
                        + " CONSTRAINT fk_ship_rev FOREIGN KEY (s_item, s_order)"
                        + "   REFERENCES order_item (item_no, order_id))",
                "CREATE TABLE category (id INT PRIMARY KEY, parent_id INT,"
                        + " CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id))");

        SchemaModel model = read(db);

        ForeignKey ship = fk(model, "fk_ship");
        assertEquals(List.of("s_order", "s_item"), lower(ship.columns()));
        assertEquals(List.of("order_id", "item_no"), lower(ship.targetColumns()));
        ForeignKey reversed = fk(model, "fk_ship_rev");
        assertEquals(List.of("s_item", "s_order"), lower(reversed.columns()));
        assertEquals(List.of("item_no", "order_id"), lower(reversed.targetColumns()));
        assertEquals("shipment(s_item, s_order) → order_item(item_no, order_id)",
                reversed.describe().toLowerCase(Locale.ROOT));

        ForeignKey self = fk(model, "fk_category_parent");
        assertEquals(self.table(), self.targetTable());
        assertEquals(List.of("parent_id"), lower(self.columns()));
        assertEquals(List.of("id"), lower(self.targetColumns()));

        assertEquals(List.of("category", "order_item", "shipment"),
                lower(model.tables().stream().map(t -> t.ref().name()).toList()));
        assertEquals(List.of("id", "s_item", "s_order"),
                lower(table(model, "shipment").columns().stream().map(Column::name).toList()),
                "columns in table order");
    }

    @AllDatabases
    void readsColumnTypesWithLengthPrecisionUnsignedAndCollation(TestDatabase db) throws SQLException {
        switch (db.engine()) {
            case MYSQL, MARIADB -> db.execute("CREATE TABLE typed (i INT NOT NULL, b BIGINT, u INT UNSIGNED,"
                    + " ub BIGINT UNSIGNED NOT NULL, v VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,"
                    + " l VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci, d DECIMAL(10,2), c CHAR(3),"
                    + " bin BINARY(16))");
            case POSTGRESQL -> db.execute("CREATE TABLE typed (i INT NOT NULL, b BIGINT, v VARCHAR(36),"
                    + " l VARCHAR(20) COLLATE \"C\", d NUMERIC(10,2), c CHAR(3), t TEXT)");
            case H2 -> db.execute("CREATE TABLE typed (i INT NOT NULL, b BIGINT, v VARCHAR(36), l VARCHAR(20),"
                    + " d NUMERIC(10,2), c CHAR(3), bin BINARY(16))");
        }

        Table typed = table(read(db), "typed");

        boolean mysqlFamily = isMySqlFamily(db);
        Column i = column(typed, "i");
        assertEquals(mysqlFamily ? "INT" : "INTEGER", i.type().name());
        assertFalse(i.nullable());
        assertEquals(ColumnType.of(mysqlFamily ? "INT" : "INTEGER"), i.type(), "no size on integers");
        assertEquals(ColumnType.of("BIGINT"), column(typed, "b").type());
        assertTrue(column(typed, "b").nullable());

        ColumnType v = column(typed, "v").type();
        assertEquals(mysqlFamily ? "VARCHAR" : "CHARACTER VARYING", v.name());
        assertEquals(OptionalInt.of(36), v.length());
        assertEquals(OptionalInt.empty(), v.precision());
        ColumnType d = column(typed, "d").type();
        assertEquals(mysqlFamily ? "DECIMAL" : "NUMERIC", d.name());
        assertEquals(OptionalInt.of(10), d.precision());
        assertEquals(OptionalInt.of(2), d.scale());
        assertEquals(OptionalInt.of(3), column(typed, "c").type().length());
        assertEquals(mysqlFamily ? "CHAR" : "CHARACTER", column(typed, "c").type().name());

        if (mysqlFamily) {
            assertEquals("INT UNSIGNED", column(typed, "u").type().describe());
            assertEquals("BIGINT UNSIGNED", column(typed, "ub").type().describe());
            assertFalse(column(typed, "i").type().unsigned());
            assertEquals(Optional.of("utf8mb4"), v.charset());
            assertEquals(Optional.of("utf8mb4_bin"), v.collation());
            assertEquals(Optional.of("latin1"), column(typed, "l").type().charset());
            assertEquals(Optional.of("latin1_swedish_ci"), column(typed, "l").type().collation());
            assertEquals(Optional.empty(), column(typed, "i").type().charset());
        } else if (db.engine() == Engine.POSTGRESQL) {
            assertEquals(Optional.of("C"), column(typed, "l").type().collation());
            assertEquals(Optional.empty(), v.collation(), "default collation is not reported");
            assertEquals(ColumnType.of("TEXT"), column(typed, "t").type());
        }
        if (db.engine() != Engine.POSTGRESQL) {
            ColumnType bin = column(typed, "bin").type();
            assertEquals(OptionalInt.of(16), bin.length(), bin.toString());
        }
    }

    @AllDatabases
    void readsPrimaryKeyAndIndexesInKeyOrder(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE indexed (a INT NOT NULL, b INT NOT NULL, c INT, d INT, PRIMARY KEY (b, a),"
                        + " CONSTRAINT ux_c UNIQUE (c))",
                "CREATE INDEX ix_d_c ON indexed (d, c)");

        Table indexed = table(read(db), "indexed");

        assertEquals(List.of("b", "a"), lower(indexed.primaryKey()));
        Index pk = indexed.indexes().stream().filter(ix -> lower(ix.columns()).equals(List.of("b", "a")))
                .findFirst().orElseThrow(() -> new AssertionError("no PK index in " + indexed.indexes()));
        assertTrue(pk.unique());
        // H2 names the index behind a unique constraint after it (UX_C_INDEX_n), so find it by its column.
        Index unique = indexed.indexes().stream().filter(ix -> lower(ix.columns()).equals(List.of("c")))
                .findFirst().orElseThrow(() -> new AssertionError("no index on c in " + indexed.indexes()));
        assertEquals(List.of("c"), lower(unique.columns()));
        assertTrue(unique.unique());
        Index plain = index(indexed, "ix_d_c");
        assertEquals(List.of("d", "c"), lower(plain.columns()));
        assertFalse(plain.unique());
        assertEquals(3, indexed.indexes().size(), indexed.indexes().toString());
        List<String> names = indexed.indexes().stream().map(Index::name).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "indexes in name order");
    }

    @AllDatabases(only = {Engine.MYSQL, Engine.MARIADB})
    void recordsStorageEnginesAndMyIsamKeepsNoForeignKeys(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE parent (id INT PRIMARY KEY) ENGINE=InnoDB",
                "CREATE TABLE legacy (id INT PRIMARY KEY, parent_id INT,"
                        + " FOREIGN KEY (parent_id) REFERENCES parent (id)) ENGINE=MyISAM",
                "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT,"
                        + " CONSTRAINT fk_child FOREIGN KEY (parent_id) REFERENCES parent (id)) ENGINE=InnoDB");

        SchemaModel model = read(db);

        assertEquals(Optional.of("InnoDB"), table(model, "parent").engine());
        assertEquals(Optional.of("MyISAM"), table(model, "legacy").engine());
        assertEquals(List.of("fk_child"), lower(model.foreignKeys().stream().map(f -> f.name().orElseThrow()).toList()),
                "MyISAM drops the FK definition; only the InnoDB key is listed");
        assertTrue(fk(model, "fk_child").enforced());
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void readsNotValidAndDeferrableOnPostgres(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE parent (id INT PRIMARY KEY)",
                "CREATE TABLE child (id INT PRIMARY KEY, p1 INT, p2 INT, p3 INT)",
                "ALTER TABLE child ADD CONSTRAINT fk_not_valid FOREIGN KEY (p1) REFERENCES parent (id) NOT VALID",
                "ALTER TABLE child ADD CONSTRAINT fk_deferred FOREIGN KEY (p2) REFERENCES parent (id)"
                        + " DEFERRABLE INITIALLY DEFERRED",
                "ALTER TABLE child ADD CONSTRAINT fk_plain FOREIGN KEY (p3) REFERENCES parent (id)");

        SchemaModel model = read(db);

        ForeignKey notValid = fk(model, "fk_not_valid");
        assertFalse(notValid.validated());
        assertTrue(notValid.enforced());
        assertFalse(notValid.deferrable());
        ForeignKey deferred = fk(model, "fk_deferred");
        assertTrue(deferred.deferrable());
        assertTrue(deferred.validated());
        ForeignKey plain = fk(model, "fk_plain");
        assertTrue(plain.validated() && plain.enforced() && !plain.deferrable());
        assertEquals(List.of(), table(model, "child").indexes().stream()
                .filter(ix -> !ix.name().equals("child_pkey")).toList(), "PostgreSQL creates no FK indexes");
    }

    @AllDatabases
    void keepsOddIdentifiersExactly(TestDatabase db) throws SQLException {
        String oddParent = quote(db, "Odd Parent");
        String keyCol = quote(db, "Key Col");
        String parentRef = quote(db, "Parent \"Ref\"");
        db.execute("CREATE TABLE " + oddParent + " (" + keyCol + " INT PRIMARY KEY)",
                "CREATE TABLE " + quote(db, "order") + " (" + quote(db, "select") + " INT PRIMARY KEY, "
                        + parentRef + " INT, CONSTRAINT " + quote(db, "Fk Odd") + " FOREIGN KEY (" + parentRef
                        + ") REFERENCES " + oddParent + " (" + keyCol + "))");

        SchemaModel model = read(db);

        ForeignKey odd = model.foreignKeys().get(0);
        assertEquals(Optional.of("Fk Odd"), odd.name());
        assertEquals("order", odd.table().name());
        assertEquals(List.of("Parent \"Ref\""), odd.columns());
        assertEquals("Odd Parent", odd.targetTable().name());
        assertEquals(List.of("Key Col"), odd.targetColumns());
        assertEquals(List.of("select"), table(model, "order").primaryKey());
        assertEquals(List.of("Odd Parent", "order"), model.tables().stream().map(t -> t.ref().name()).toList());
    }

    @AllDatabases
    void readsAnExplicitSchemaLikeTheCurrentOne(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE parent (id INT PRIMARY KEY)",
                "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT,"
                        + " CONSTRAINT fk_child FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)");

        try (Connection connection = db.connect()) {
            boolean autoCommit = connection.getAutoCommit();
            SchemaModel current = reader.read(connection, List.of());
            SchemaModel explicit = reader.read(connection, List.of(db.schema()));
            assertEquals(current, explicit);
            assertEquals(autoCommit, connection.getAutoCommit(), "the reader leaves the connection as it was");
        }
    }

    @AllDatabases
    void metadataFallbackAgreesOnForeignKeys(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE order_item (order_id INT NOT NULL, item_no INT NOT NULL,"
                        + " PRIMARY KEY (order_id, item_no))",
                "CREATE TABLE shipment (id INT PRIMARY KEY, s_item INT NOT NULL, s_order INT NOT NULL,"
                        + " CONSTRAINT fk_ship FOREIGN KEY (s_order, s_item) REFERENCES order_item (order_id, item_no)"
                        + "   ON DELETE CASCADE)",
                "CREATE TABLE category (id INT PRIMARY KEY, parent_id INT,"
                        + " CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)"
                        + "   ON DELETE SET NULL)");

        SchemaModel viaSql;
        SchemaModel viaMetadata;
        try (Connection connection = db.connect()) {
            viaSql = reader.read(connection, List.of());
            viaMetadata = reader.readWithMetadata(connection, List.of());
        }

        // Connector/J reports NO ACTION as importedKeyRestrict, so on MySQL the metadata tells the two words apart no
        // more; they mean the same there.
        boolean wordsLost = db.engine() == Engine.MYSQL;
        assertEquals(describe(viaSql, wordsLost), describe(viaMetadata, wordsLost));
        assertEquals(viaSql.tables().stream().map(Table::ref).toList(),
                viaMetadata.tables().stream().map(Table::ref).toList());
        assertEquals(viaSql.tables().stream().map(Table::primaryKey).toList(),
                viaMetadata.tables().stream().map(Table::primaryKey).toList());
        assertEquals(List.of("id", "s_item", "s_order"),
                lower(table(viaMetadata, "shipment").columns().stream().map(Column::name).toList()));
    }

    @AllDatabases(only = Engine.H2)
    void metadataFallbackReadsEveryConfiguredSchemaAndItsViewsLikeTheCatalogQueries(TestDatabase db)
            throws SQLException {
        db.execute("CREATE SCHEMA fkg_mt_a", "CREATE SCHEMA fkg_mt_b",
                "CREATE TABLE fkg_mt_a.customers (id INT PRIMARY KEY)",
                "CREATE TABLE fkg_mt_b.orders (id INT PRIMARY KEY, customer_id INT,"
                        + " CONSTRAINT fk_mt_orders FOREIGN KEY (customer_id) REFERENCES fkg_mt_a.customers (id))",
                "CREATE VIEW fkg_mt_b.order_summary AS SELECT id, customer_id FROM fkg_mt_b.orders");
        for (List<String> schemas : List.of(List.of("FKG_MT_A", "FKG_MT_B"), List.of("fkg_mt_*"))) {
            SchemaModel viaSql;
            SchemaModel viaMetadata;
            try (Connection connection = db.connect()) {
                viaSql = reader.read(connection, schemas);
                viaMetadata = reader.readWithMetadata(connection, schemas);
            }
            assertEquals(List.of("FKG_MT_A.CUSTOMERS", "FKG_MT_B.ORDERS"), qualified(viaMetadata.tables().stream()
                    .map(Table::ref).toList()), schemas.toString());
            assertEquals(qualified(viaSql.tables().stream().map(Table::ref).toList()),
                    qualified(viaMetadata.tables().stream().map(Table::ref).toList()));
            assertEquals(List.of("FKG_MT_B.ORDER_SUMMARY"), qualified(viaMetadata.views().stream().toList()),
                    schemas.toString());
            assertEquals(viaSql.views(), viaMetadata.views());
            assertEquals(viaSql.database().tenants(), viaMetadata.database().tenants());
            assertEquals(List.of("FKG_MT_B.ORDERS -> FKG_MT_A.CUSTOMERS"), viaMetadata.foreignKeys().stream()
                    .map(fk -> qualified(List.of(fk.table())).get(0) + " -> "
                            + qualified(List.of(fk.targetTable())).get(0)).toList());
        }
    }

    private static List<String> qualified(List<dev.fkguard.model.TableRef> refs) {
        return refs.stream().map(ref -> ref.schemaName().map(s -> s.stored() + ".").orElse("")
                + ref.tableName().stored()).sorted().toList();
    }

    @AllDatabases
    void wrapsDriverFailuresWithWhatFailed(TestDatabase db) throws SQLException {
        Connection closed = db.connect();
        closed.close();

        CatalogAccessException failure = assertThrows(CatalogAccessException.class,
                () -> reader.read(closed, List.of(db.schema())));

        assertTrue(failure.getMessage().startsWith("hibernate-fk-guard [catalog-access]: could not "),
                failure.getMessage());
        assertTrue(failure.getCause() instanceof SQLException, String.valueOf(failure.getCause()));
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void namesEngineSchemaAndFixWhenAQueryFails(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (Statement broken = connection.createStatement()) {
                assertThrows(SQLException.class, () -> broken.execute("SELECT * FROM no_such_table"));
            }
            // The transaction is now aborted: every catalog query fails, the first one asks for the current schema
            // (unqualified names resolve to it even when the schemas to read are given).
            CatalogAccessException failure = assertThrows(CatalogAccessException.class,
                    () -> reader.read(connection, List.of(db.schema())));
            String message = failure.getMessage();
            assertTrue(message.startsWith("hibernate-fk-guard [catalog-access]: could not find the current schema on"
                    + " PostgreSQL"), message);
            assertTrue(message.contains("current transaction is aborted"), message);
            assertTrue(message.contains("\nFix: check that the connection is open"), message);
            assertEquals(FkGuardException.Code.CATALOG_ACCESS, failure.code());
            connection.rollback();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private SchemaModel read(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return reader.read(connection, List.of());
        }
    }

    private static List<String> describe(SchemaModel model, boolean refusingAlike) {
        return model.foreignKeys().stream()
                .map(fk -> fk.name().orElse("?") + " " + fk.describe() + " " + word(fk.onDelete(), refusingAlike)
                        + "/" + word(fk.onUpdate(), refusingAlike) + " deferrable=" + fk.deferrable())
                .toList();
    }

    private static String word(ReferentialAction action, boolean refusingAlike) {
        return refusingAlike && action.refusesDelete() ? "RESTRICT|NO ACTION" : action.sql();
    }

    private static void assertActions(SchemaModel model, String name, ReferentialAction onDelete,
                                      ReferentialAction onUpdate) {
        ForeignKey key = fk(model, name);
        assertEquals(onDelete, key.onDelete(), name + " ON DELETE");
        assertEquals(onUpdate, key.onUpdate(), name + " ON UPDATE");
    }

    static ForeignKey fk(SchemaModel model, String name) {
        return model.foreignKeys().stream().filter(f -> f.name().orElse("").equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no foreign key " + name + " in " + model.foreignKeys()));
    }

    /** The table the catalog spells {@code name}, in any case (H2 upper-cases what these tests create). */
    static Table table(SchemaModel model, String name) {
        return model.tables().stream().filter(t -> t.ref().name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + model.tables()));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
    }

    private static Index index(Table table, String name) {
        return table.indexes().stream().filter(ix -> ix.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " in " + table.indexes()));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** Quotes an identifier for the engine, doubling quote characters inside it. */
    private static String quote(TestDatabase db, String name) {
        return isMySqlFamily(db) ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static boolean isMySqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }

    private static DatabaseKind kindOf(Engine engine) {
        return switch (engine) {
            case H2 -> DatabaseKind.H2;
            case POSTGRESQL -> DatabaseKind.POSTGRESQL;
            case MARIADB -> DatabaseKind.MARIADB;
            case MYSQL -> DatabaseKind.MYSQL;
        };
    }
}
