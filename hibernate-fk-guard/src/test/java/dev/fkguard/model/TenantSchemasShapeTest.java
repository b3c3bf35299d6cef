package dev.fkguard.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tenants alike but for their schema form one group, whose rules run once; whatever else differs between two
 * tenants (a column, an index, a key's action or target, a view), or a mapping that names a tenant's schema, keeps
 * them apart.
 */
class TenantSchemasShapeTest {

    private static final List<String> TENANTS = List.of("t1", "t2", "t3", "t4");
    private static final NameRules RULES = NameRules.of(DatabaseKind.POSTGRESQL, Optional.of("public"), 0, Set.of());

    @Test
    void tenantsAlikeButForTheirSchemaAreOneGroup() {
        assertEquals(List.of(TENANTS), alike().byShape());
    }

    @Test
    void aTenantWithAnotherColumnTypeIsAGroupOfItsOwn() {
        List<Table> tables = new ArrayList<>();
        for (String tenant : TENANTS) {
            tables.add(customers(tenant));
            tables.add(new Table(ref(tenant, "orders"), List.of(new Column("id", ColumnType.of("BIGINT"), false),
                    new Column("customer_id", ColumnType.of(tenant.equals("t3") ? "INTEGER" : "BIGINT"), true)),
                    List.of("id"), List.of(), Optional.empty()));
        }
        assertEquals(List.of(List.of("t1", "t2", "t4"), List.of("t3")),
                new TenantSchemas(mapping(), database(tables, keys(t -> "customers"), Set.of())).byShape());
    }

    @Test
    void aTenantWithAnotherIndexIsAGroupOfItsOwn() {
        List<Table> tables = new ArrayList<>();
        for (String tenant : TENANTS) {
            tables.add(customers(tenant));
            tables.add(new Table(ref(tenant, "orders"), List.of(new Column("id", ColumnType.of("BIGINT"), false),
                    new Column("customer_id", ColumnType.of("BIGINT"), true)), List.of("id"),
                    tenant.equals("t2") ? List.of(new Index("ix_customer", List.of("customer_id"), false)) : List.of(),
                    Optional.empty()));
        }
        assertEquals(List.of(List.of("t1", "t3", "t4"), List.of("t2")),
                new TenantSchemas(mapping(), database(tables, keys(t -> "customers"), Set.of())).byShape());
    }

    @Test
    void aKeyToAnotherTableOrWithAnotherActionKeepsTenantsApart() {
        List<Table> tables = new ArrayList<>();
        TENANTS.forEach(tenant -> tables.addAll(orderTables(tenant)));
        tables.add(customers("public"));
        List<ForeignKey> keys = new ArrayList<>();
        for (String tenant : TENANTS) {
            // t2's key points at the shared customers table, t4's cascades; t1 and t3 are alike.
            TableRef target = tenant.equals("t2") ? ref("public", "customers") : ref(tenant, "customers");
            keys.add(new ForeignKey(Optional.of("fk_orders_customer"), ref(tenant, "orders"), List.of("customer_id"),
                    target, List.of("id"), tenant.equals("t4") ? ReferentialAction.CASCADE : ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION, false, true, true));
        }
        assertEquals(List.of(List.of("t1", "t3"), List.of("t2"), List.of("t4")),
                new TenantSchemas(mapping(), database(tables, keys, Set.of())).byShape());
    }

    @Test
    void aTenantWithAViewTheOthersLackIsAGroupOfItsOwn() {
        List<Table> tables = new ArrayList<>();
        TENANTS.forEach(tenant -> tables.addAll(orderTables(tenant)));
        assertEquals(List.of(List.of("t1", "t2", "t3"), List.of("t4")), new TenantSchemas(mapping(),
                database(tables, keys(t -> "customers"), Set.of(ref("t4", "order_totals")))).byShape());
    }

    @Test
    void aMappingNamingATenantsSchemaChecksEveryTenantOnItsOwn() {
        TableRef audit = new TableRef(Optional.of(Name.written("t2", false)), Name.written("audit", false));
        MappingModel mapping = new MappingModel(Set.of(unqualified("customers"), unqualified("orders"), audit),
                List.of(), List.of(), List.of(), List.of(), Set.of());
        List<Table> tables = new ArrayList<>();
        TENANTS.forEach(tenant -> tables.addAll(orderTables(tenant)));
        assertEquals(TENANTS.stream().map(List::of).toList(),
                new TenantSchemas(mapping, database(tables, keys(t -> "customers"), Set.of())).byShape());
    }

    @Test
    void aTenantsNameRulesAreThoseOfItsOwnCheck() {
        MappingModel mapping = new MappingModel(Set.of(unqualified("customers"), unqualified("orders")), List.of(),
                List.of(), List.of(), List.of(), Set.of(), List.of(),
                Set.of(new QuotedColumn(unqualified("orders"), "Customer_Id")));
        List<Table> tables = new ArrayList<>();
        TENANTS.forEach(tenant -> tables.addAll(orderTables(tenant)));
        TenantSchemas schemas = new TenantSchemas(mapping, database(tables, keys(t -> "customers"), Set.of()));
        for (String tenant : TENANTS) {
            NameRules names = schemas.names(tenant);
            assertEquals(schemas.models(tenant).database().database().names(), names, tenant);
            assertEquals(Set.of(RULES.columnEntry(ref(tenant, "orders"), "Customer_Id")), names.quotedColumns());
        }
    }

    private static TenantSchemas alike() {
        List<Table> tables = new ArrayList<>();
        TENANTS.forEach(tenant -> tables.addAll(orderTables(tenant)));
        return new TenantSchemas(mapping(), database(tables, keys(t -> "customers"), Set.of()));
    }

    private static List<Table> orderTables(String tenant) {
        return List.of(customers(tenant), new Table(ref(tenant, "orders"),
                List.of(new Column("id", ColumnType.of("BIGINT"), false),
                        new Column("customer_id", ColumnType.of("BIGINT"), true)),
                List.of("id"), List.of(), Optional.empty()));
    }

    private static Table customers(String schema) {
        return new Table(ref(schema, "customers"), List.of(new Column("id", ColumnType.of("BIGINT"), false)),
                List.of("id"), List.of(), Optional.empty());
    }

    private static List<ForeignKey> keys(java.util.function.UnaryOperator<String> target) {
        return TENANTS.stream().map(tenant -> new ForeignKey(Optional.of("fk_orders_customer"), ref(tenant, "orders"),
                List.of("customer_id"), ref(tenant, target.apply(tenant)), List.of("id"), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, false, true, true)).toList();
    }

    private static MappingModel mapping() {
        return new MappingModel(Set.of(unqualified("customers"), unqualified("orders")), List.of(), List.of(),
                List.of(), List.of(), Set.of());
    }

    private static SchemaModel database(List<Table> tables, List<ForeignKey> keys, Set<TableRef> views) {
        List<String> schemas = new ArrayList<>(TENANTS);
        schemas.add("public");
        return new SchemaModel(new DatabaseInfo(DatabaseKind.POSTGRESQL, "17", schemas, true, RULES, TENANTS),
                tables, keys, views);
    }

    private static TableRef ref(String schema, String table) {
        return new TableRef(Optional.of(RULES.stored(schema)), RULES.stored(table));
    }

    private static TableRef unqualified(String table) {
        return new TableRef(Optional.empty(), Name.written(table, false));
    }
}
