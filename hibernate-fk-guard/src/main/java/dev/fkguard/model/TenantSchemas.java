package dev.fkguard.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One tenant model on many schemas: the mapping's unqualified tables are each tenant's own, its qualified tables
 * (and every schema read that is not a tenant) are shared. For each tenant this gives the mapping with its
 * unqualified tables placed in that tenant's schema, and the part of the database that tenant sees — its own schema
 * and the shared ones — so one check per tenant compares exactly that tenant's tables, and costs what one schema
 * costs: the database is split once here, not searched per tenant.
 */
public final class TenantSchemas {

    private final MappingModel mapping;
    private final SchemaModel database;
    private final NameRules rules;
    private final Map<String, List<Table>> tables = new HashMap<>();
    private final Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
    private final Map<String, Set<TableRef>> views = new HashMap<>();
    private final Set<String> tenantKeys = new HashSet<>();

    /**
     * @param mapping  the mapping as read, its unqualified tables still without a schema
     * @param database the catalog read, normalized; {@link DatabaseInfo#tenants()} names the tenants
     */
    public TenantSchemas(MappingModel mapping, SchemaModel database) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.database = Objects.requireNonNull(database, "database");
        this.rules = database.database().names();
        database.database().tenants().forEach(tenant -> tenantKeys.add(key(tenant)));
        database.tables().forEach(t -> tables.computeIfAbsent(part(t.ref()), k -> new ArrayList<>()).add(t));
        database.foreignKeys().forEach(k -> foreignKeys.computeIfAbsent(part(k.table()), x -> new ArrayList<>()).add(k));
        database.views().forEach(v -> views.computeIfAbsent(part(v), k -> new HashSet<>()).add(v));
    }

    /** The tenant schemas, as the catalog stores them, in the order of their keys. */
    public List<String> tenants() {
        return database.database().tenants();
    }

    /** The whole database read: every tenant's schema and the shared ones, for the migration planner. */
    public SchemaModel whole() {
        return database;
    }

    /**
     * The mapping with its unqualified tables in {@code tenant}'s schema, named outright: every report then says
     * which tenant a finding is in, and every statement of the migration names the tenant's table.
     */
    public MappingModel mapping(String tenant) {
        Name schema = rules.stored(tenant);
        // Placed and normalized in one pass over the mapping: each is a function of one table reference.
        return NameNormalizer.withTables(mapping, ref -> rules.table(
                ref.schemaName().filter(s -> !s.isImplicit()).isPresent() ? ref
                        : new TableRef(Optional.of(schema), ref.tableName())));
    }

    /** {@code tenant}'s mapping and the part of the database it sees, both normalized (the catalog was). */
    public NormalizedModels models(String tenant) {
        return NormalizedModels.trusted(mapping(tenant), database(tenant));
    }

    /** What {@code tenant} sees: its own schema and every schema read that is no tenant's. */
    public SchemaModel database(String tenant) {
        String own = key(tenant);
        List<Table> seen = new ArrayList<>(tables.getOrDefault(own, List.of()));
        seen.addAll(tables.getOrDefault("", List.of()));
        List<ForeignKey> keys = new ArrayList<>(foreignKeys.getOrDefault(own, List.of()));
        keys.addAll(foreignKeys.getOrDefault("", List.of()));
        Set<TableRef> seenViews = new HashSet<>(views.getOrDefault(own, Set.of()));
        seenViews.addAll(views.getOrDefault("", Set.of()));
        return new SchemaModel(database.database(), seen, keys, seenViews);
    }

    /** The tenant a table or finding belongs to: its schema's stored form, when that is a tenant. */
    public static Optional<String> tenantOf(DatabaseInfo database, TableRef table) {
        return table.schemaName().map(Name::stored).filter(schema -> database.tenants().contains(schema));
    }

    /** The tenant's key, or {@code ""} for the shared part. */
    private String part(TableRef table) {
        String schema = table.schemaName().map(Name::key).orElse("");
        return tenantKeys.contains(schema) ? schema : "";
    }

    private String key(String tenant) {
        return rules.stored(tenant).key();
    }
}
