package dev.fkguard.catalog;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Name;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schema-per-tenant reads one tenant per fingerprint and copies its rows to the tenants alike ({@link TenantCopies}).
 * A copy must be exactly what the tenant's own read returns: each of these tenants differs from the others in one
 * fact the rules read (a column's nullability, length, precision, default or collation, a key's action, absence or
 * target, an index's uniqueness or columns, a table or a column more), and each must come out of the read over all
 * tenants as it comes out when read alone. Where the engine has a fingerprint query, only the tenants without a
 * difference the reads see are copied.
 */
class TenantCopiesOnDatabasesTest {

    /** Tenant number → the one change it gets; 1 and 2 stay as created. */
    private static Map<Integer, String> drifts(TestDatabase db, String prefix) {
        boolean mysql = isMySqlFamily(db);
        Map<Integer, String> drifts = new LinkedHashMap<>();
        drifts.put(3, "ALTER TABLE " + tenant(prefix, 3) + ".tn_orders " + (mysql
                ? "MODIFY customer_id BIGINT NOT NULL" : "ALTER COLUMN customer_id SET NOT NULL"));
        drifts.put(4, "ALTER TABLE " + tenant(prefix, 4) + ".tn_customers " + (mysql
                ? "MODIFY note VARCHAR(30)" : "ALTER COLUMN note SET DATA TYPE VARCHAR(30)"));
        drifts.put(5, "ALTER TABLE " + tenant(prefix, 5) + ".tn_orders " + (mysql
                ? "MODIFY amount DECIMAL(12,2)" : "ALTER COLUMN amount SET DATA TYPE DECIMAL(12,2)"));
        drifts.put(6, "ALTER TABLE " + tenant(prefix, 6) + ".tn_customers ALTER COLUMN note SET DEFAULT 'x'");
        drifts.put(7, dropKey(db, tenant(prefix, 7)) + ";ALTER TABLE " + tenant(prefix, 7) + ".tn_orders ADD CONSTRAINT"
                + " fk_tn_orders_customer FOREIGN KEY (customer_id) REFERENCES " + tenant(prefix, 7)
                + ".tn_customers (id) ON DELETE CASCADE");
        drifts.put(8, dropKey(db, tenant(prefix, 8)));
        // Another tenant's table of the same name: alike but for the schema, which a copy must not take for its own.
        drifts.put(9, dropKey(db, tenant(prefix, 9)) + ";ALTER TABLE " + tenant(prefix, 9) + ".tn_orders ADD CONSTRAINT"
                + " fk_tn_orders_customer FOREIGN KEY (customer_id) REFERENCES " + tenant(prefix, 1)
                + ".tn_customers (id)");
        drifts.put(10, dropIndex(db, tenant(prefix, 10)) + ";CREATE UNIQUE INDEX ix_note ON " + tenant(prefix, 10)
                + ".tn_customers (note)");
        drifts.put(11, dropIndex(db, tenant(prefix, 11)) + ";CREATE INDEX ix_note ON " + tenant(prefix, 11)
                + ".tn_customers (note, id)");
        drifts.put(12, "CREATE TABLE " + tenant(prefix, 12) + ".tn_extra (id BIGINT PRIMARY KEY)");
        drifts.put(13, "ALTER TABLE " + tenant(prefix, 13) + ".tn_orders ADD COLUMN extra INT");
        switch (db.engine()) {
            case POSTGRESQL -> drifts.put(14, "ALTER TABLE " + tenant(prefix, 14)
                    + ".tn_customers ALTER COLUMN note SET DATA TYPE VARCHAR(20) COLLATE \"C\"");
            case MYSQL, MARIADB -> drifts.put(14, "ALTER TABLE " + tenant(prefix, 14)
                    + ".tn_customers MODIFY note VARCHAR(20) COLLATE utf8mb4_bin");
            case H2 -> drifts.put(14, "ALTER TABLE " + tenant(prefix, 14) + ".tn_customers ALTER COLUMN note"
                    + " SET NOT NULL");
        }
        return drifts;
    }

    @AllDatabases
    void everyTenantReadOverAllTenantsIsWhatItsOwnReadGives(TestDatabase db) throws SQLException {
        String prefix = prefix(db);
        Map<Integer, String> drifts = drifts(db, prefix);
        int count = drifts.size() + 2;
        create(db, prefix, count);
        try {
            for (String statements : drifts.values()) {
                db.execute(statements.split(";"));
            }
            try (Connection connection = db.connect()) {
                CatalogReader reader = new CatalogReader();
                SchemaModel all = reader.read(connection, List.of(prefix + "_fp_*"));
                assertEquals(count, all.database().tenants().size(), all.database().tenants()::toString);
                for (String tenant : all.database().tenants()) {
                    SchemaModel alone = reader.read(connection, List.of(tenant));
                    assertEquals(alone.tables(), tablesOf(all, tenant), tenant + ": tables");
                    assertEquals(alone.foreignKeys(), keysOf(all, tenant), tenant + ": foreign keys");
                    assertTrue(alone.tables().size() > 1, tenant + " was read");
                }

                Connected connected = Connected.inspect(connection.getMetaData());
                Set<String> copied = new TreeSet<>();
                new SqlCatalogSource(connection, connected, 0).tenantCopies(all.database().tenants()).copied()
                        .forEach(t -> copied.add(t.toLowerCase(Locale.ROOT)));
                // PostgreSQL's columns.sql reads no default, so tenant 6 is rightly alike; H2 has no fingerprints.
                Set<String> expected = switch (db.engine()) {
                    case POSTGRESQL -> Set.of(tenant(prefix, 2), tenant(prefix, 6));
                    case MYSQL, MARIADB, H2 -> copied;
                };
                assertEquals(new TreeSet<>(expected), copied, "tenants copied, not read");
            }
        } finally {
            drop(db, prefix, count);
        }
    }

    private static List<Table> tablesOf(SchemaModel model, String tenant) {
        return model.tables().stream().filter(t -> in(t.ref(), tenant)).toList();
    }

    private static List<ForeignKey> keysOf(SchemaModel model, String tenant) {
        return model.foreignKeys().stream().filter(k -> in(k.table(), tenant)).toList();
    }

    private static boolean in(TableRef ref, String tenant) {
        return ref.schemaName().map(Name::stored).filter(tenant::equals).isPresent();
    }

    private static void create(TestDatabase db, String prefix, int count) {
        drop(db, prefix, count);
        List<String> sql = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String tenant = tenant(prefix, i);
            sql.add((isMySqlFamily(db) ? "CREATE DATABASE " : "CREATE SCHEMA ") + tenant);
            sql.add("CREATE TABLE " + tenant + ".tn_customers (id BIGINT PRIMARY KEY, note VARCHAR(20))");
            sql.add("CREATE INDEX ix_note ON " + tenant + ".tn_customers (note)");
            sql.add("CREATE TABLE " + tenant + ".tn_orders (id BIGINT PRIMARY KEY, customer_id BIGINT,"
                    + " amount DECIMAL(10,2), CONSTRAINT fk_tn_orders_customer FOREIGN KEY (customer_id) REFERENCES "
                    + tenant + ".tn_customers (id))");
        }
        db.execute(sql.toArray(String[]::new));
    }

    /** Last tenant first: tenant 9's key references tenant 1, which MySQL and MariaDB will not drop before it. */
    private static void drop(TestDatabase db, String prefix, int count) {
        db.execute(IntStream.rangeClosed(1, count).map(i -> count + 1 - i).mapToObj(i -> isMySqlFamily(db)
                ? "DROP DATABASE IF EXISTS " + tenant(prefix, i)
                : "DROP SCHEMA IF EXISTS " + tenant(prefix, i) + " CASCADE").toArray(String[]::new));
    }

    private static String dropKey(TestDatabase db, String tenant) {
        return "ALTER TABLE " + tenant + ".tn_orders " + (isMySqlFamily(db) ? "DROP FOREIGN KEY " : "DROP CONSTRAINT ")
                + "fk_tn_orders_customer";
    }

    private static String dropIndex(TestDatabase db, String tenant) {
        return isMySqlFamily(db) ? "DROP INDEX ix_note ON " + tenant + ".tn_customers"
                : "DROP INDEX " + tenant + ".ix_note";
    }

    /** A tenant's name as the SQL here writes it, unquoted (H2 stores it upper-cased). */
    private static String tenant(String prefix, int i) {
        return String.format(Locale.ROOT, "%s_fp_%02d", prefix, i);
    }

    /** The tenants' prefix: the test's own schema on a shared server; H2's database is the test's alone. */
    private static String prefix(TestDatabase db) {
        return db.engine() == Engine.H2 ? "fkc" : db.schema();
    }

    private static boolean isMySqlFamily(TestDatabase db) {
        return db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB;
    }
}
