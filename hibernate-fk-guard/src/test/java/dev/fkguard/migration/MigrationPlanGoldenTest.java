package dev.fkguard.migration;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnAttributes;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner's output on one report checked against a known schema, compared with
 * {@code src/test/resources/golden/migration/planned-*.sql}: a SET NULL join-table key re-created (its DROP NOT NULL
 * superseded, its update-rule change merged in), a missing key that gets its index on PostgreSQL, a stale key dropped
 * without an index, and three changes left out with their prerequisites. Regenerate with
 * {@code -Dfkguard.golden.update=true}.
 */
class MigrationPlanGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/migration");
    private static final ColumnType BIGINT = ColumnType.of("BIGINT");
    private static final ColumnType TEXT = ColumnType.of("VARCHAR(20)");
    private static final TableRef USERS = TableRef.of("users");
    private static final TableRef USER_ROLES = TableRef.of("user_roles");
    private static final TableRef ORDERS = TableRef.of("orders");
    private static final TableRef CUSTOMERS = TableRef.of("customers");
    private static final TableRef INVOICES = TableRef.of("invoices");
    private static final TableRef WAREHOUSES = TableRef.of("warehouses");
    private static final TableRef STOCK = TableRef.of("stock");

    static Report report(DatabaseKind kind) {
        ForeignKey userKey = key("fk_user_roles_user", USER_ROLES, "user_id", USERS, ReferentialAction.SET_NULL,
                ReferentialAction.CASCADE);
        ForeignKey stale = key("fk_orders_legacy", ORDERS, "legacy_id", CUSTOMERS, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION);
        ForeignKey orderCustomer = key("fk_orders_customer", ORDERS, "customer_id", CUSTOMERS,
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
        ForeignKey invoiceCustomer = key("fk_invoices_billing_customer", INVOICES, "billing_customer_id", CUSTOMERS,
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
        ForeignKey stockWarehouse = new ForeignKey(Optional.empty(), STOCK, List.of("warehouse_code",
                "warehouse_region"), WAREHOUSES, List.of("code", "region"), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, false, true, true);

        DatabaseInfo database = new DatabaseInfo(kind, "test", List.of("shop"));
        SchemaModel schema = new SchemaModel(database, List.of(
                table(USERS, List.of(column("id", BIGINT, false)), List.of("id"), List.of()),
                table(CUSTOMERS, List.of(column("id", BIGINT, false)), List.of("id"), List.of()),
                table(USER_ROLES, List.of(column("user_id", BIGINT, false), column("role_id", BIGINT, false)),
                        List.of("user_id", "role_id"), List.of()),
                table(ORDERS, List.of(column("id", BIGINT, false), column("customer_id", BIGINT, false),
                        column("legacy_id", BIGINT, true)), List.of("id"), List.of()),
                table(INVOICES, List.of(column("id", BIGINT, false)), List.of("id"), List.of()),
                table(WAREHOUSES, List.of(column("id", BIGINT, false), column("code", TEXT, true),
                        column("region", TEXT, true)), List.of("id"), List.of()),
                table(STOCK, List.of(column("id", BIGINT, false), column("warehouse_code", TEXT, true),
                        column("warehouse_region", TEXT, true)), List.of("id"), List.of())),
                List.of(userKey, stale));

        List<Finding> findings = List.of(
                finding("set-null-on-required-column", userKey,
                        new Remedy.DropNotNull(USER_ROLES, "user_id", BIGINT, ColumnAttributes.NONE, Optional.of(userKey))),
                finding("delete-rule-mismatch", userKey, new Remedy.ReplaceForeignKey(userKey,
                        key("fk_user_roles_user", USER_ROLES, "user_id", USERS, ReferentialAction.NO_ACTION,
                                ReferentialAction.CASCADE))),
                finding("update-rule-mismatch", userKey, new Remedy.ReplaceForeignKey(userKey,
                        key("fk_user_roles_user", USER_ROLES, "user_id", USERS, ReferentialAction.SET_NULL,
                                ReferentialAction.NO_ACTION))),
                finding("circular-foreign-keys", userKey, new Remedy.DropNotNull(USER_ROLES, "role_id", BIGINT)),
                finding("missing-foreign-key", orderCustomer, new Remedy.AddForeignKey(orderCustomer,
                        "fk_orders_customer")),
                finding("unexpected-foreign-key", stale, new Remedy.DropForeignKey(stale)),
                finding("missing-foreign-key-index", stale,
                        new Remedy.CreateIndex(ORDERS, List.of("legacy_id"), "idx_orders_legacy_id")),
                finding("missing-foreign-key", invoiceCustomer, new Remedy.AddForeignKey(invoiceCustomer,
                        "fk_invoices_billing_customer")),
                finding("missing-foreign-key", stockWarehouse, new Remedy.AddForeignKey(stockWarehouse,
                        "fk_stock_warehouse")));
        return new Report(database, 5, findings).withSchema(schema);
    }

    @Test
    void postgresqlPlan() throws IOException {
        assertGolden("planned-postgresql.sql", script(DatabaseKind.POSTGRESQL));
    }

    @Test
    void mysqlPlan() throws IOException {
        assertGolden("planned-mysql.sql", script(DatabaseKind.MYSQL));
    }

    @Test
    void h2Plan() throws IOException {
        assertGolden("planned-h2.sql", script(DatabaseKind.H2));
    }

    private static String script(DatabaseKind kind) {
        List<MigrationFile> files = new MigrationWriter("7").render(PlannedFixes.of(report(kind)).plan(), MigrationFormat.SQL);
        assertEquals(1, files.size());
        return files.get(0).content();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("fkguard.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        // From the classpath: the Hibernate 7 module runs these tests from the test-jar, in another directory.
        try (var in = MigrationPlanGoldenTest.class.getResourceAsStream("/golden/migration/" + name)) {
            assertTrue(in != null, "missing golden file " + name + "; run with -Dfkguard.golden.update=true");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }

    private static Table table(TableRef ref, List<Column> columns, List<String> primaryKey, List<Index> indexes) {
        List<Index> all = new java.util.ArrayList<>(indexes);
        all.add(new Index(ref.name() + "_pkey", primaryKey, true));
        return new Table(ref, columns, primaryKey, all, Optional.empty());
    }

    private static Column column(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable);
    }

    private static ForeignKey key(String name, TableRef table, String column, TableRef target,
                                  ReferentialAction onDelete, ReferentialAction onUpdate) {
        return new ForeignKey(Optional.of(name), table, List.of(column), target, List.of("id"), onDelete, onUpdate,
                false, true, true);
    }

    private static Finding finding(String rule, ForeignKey where, Remedy remedy) {
        return new Finding(RuleId.of(rule), Severity.ERROR, Finding.Location.of(where), "drift", "fix",
                List.of(remedy));
    }
}
