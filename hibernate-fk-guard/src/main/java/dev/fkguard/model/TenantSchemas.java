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
 * costs: the database is split once here, not searched per tenant. Tenants whose parts are alike but for their
 * schema come in groups ({@link #byShape}), so the rules need not run for each.
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
        return NameNormalizer.withTables(mapping, ref -> placed(ref, schema));
    }

    /** {@code ref} normalized, in {@code schema} unless it names a schema of its own. */
    private TableRef placed(TableRef ref, Name schema) {
        return rules.table(ref.schemaName().filter(s -> !s.isImplicit()).isPresent() ? ref
                : new TableRef(Optional.of(schema), ref.tableName()));
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

    /**
     * The tenants in groups whose own tables, foreign keys and views are the same but for the tenant's schema, in
     * tenant order (each group in the order of its first tenant). Each tenant's check sees its own part and the
     * shared one, and its mapping differs from the others' only by that schema, so the tenants of a group have the
     * same findings, each on its own table. Where the mapping names a tenant's schema outright, that tenant's check
     * sees a table the others do not: then each tenant is a group of its own. So is the tenant in the default
     * schema, whose tables the reports and statements name unqualified.
     */
    public List<List<String>> byShape() {
        List<List<String>> groups = new ArrayList<>();
        if (mappingNamesATenant()) {
            tenants().forEach(tenant -> groups.add(List.of(tenant)));
            return groups;
        }
        Map<Integer, List<Shape>> byHash = new HashMap<>();
        List<Shape> shapes = new ArrayList<>();
        Optional<String> home = rules.defaultSchema().map(rules::stored).map(Name::key);
        for (String tenant : tenants()) {
            if (home.filter(key(tenant)::equals).isPresent()) {
                Shape alone = new Shape(key(tenant), List.of(), List.of(), Set.of(), new ArrayList<>(List.of(tenant)));
                shapes.add(alone);
                continue;
            }
            Shape shape = new Shape(key(tenant), tables.getOrDefault(key(tenant), List.of()),
                    foreignKeys.getOrDefault(key(tenant), List.of()), views.getOrDefault(key(tenant), Set.of()),
                    new ArrayList<>(List.of(tenant)));
            List<Shape> sameHash = byHash.computeIfAbsent(shape.hash(), h -> new ArrayList<>(1));
            Shape same = sameHash.stream().filter(s -> s.sameAs(shape)).findFirst().orElse(null);
            if (same == null) {
                sameHash.add(shape);
                shapes.add(shape);
            } else {
                same.tenants().add(tenant);
            }
        }
        shapes.forEach(shape -> groups.add(List.copyOf(shape.tenants())));
        return groups;
    }

    /**
     * The name rules of {@code tenant}'s check ({@code models(tenant).database().database().names()}) without
     * placing the whole mapping: they learn only the mapping's quoted columns, placed in the tenant's schema.
     */
    public NameRules names(String tenant) {
        if (mapping.quotedColumns().isEmpty()) {
            return rules;
        }
        Name schema = rules.stored(tenant);
        Set<String> entries = new HashSet<>();
        mapping.quotedColumns().forEach(c -> entries.add(rules.columnEntry(placed(c.table(), schema), c.column())));
        return rules.withMoreQuotedColumns(entries);
    }

    private boolean mappingNamesATenant() {
        boolean[] names = {false};
        NameNormalizer.withTables(mapping, ref -> {
            names[0] |= ref.schemaName().filter(s -> !s.isImplicit()).isPresent()
                    && tenantKeys.contains(rules.table(ref).schemaName().map(Name::key).orElse(""));
            return ref;
        });
        return names[0];
    }

    /**
     * One tenant's own part, compared with another's as if both were in one schema: a reference into the tenant's
     * own schema matches one into the other's; any other reference, and every name, must be equal as it is.
     */
    private record Shape(String schema, List<Table> tables, List<ForeignKey> keys, Set<TableRef> views,
                         List<String> tenants) {

        int hash() {
            int hash = 31 * tables.size() + keys.size();
            for (Table table : tables) {
                hash = 31 * hash + table.ref().tableName().hashCode();
                hash = 31 * hash + table.columns().size();
            }
            for (ForeignKey key : keys) {
                hash = 31 * hash + key.table().tableName().hashCode();
                hash = 31 * hash + key.targetTable().tableName().hashCode();
            }
            return hash;
        }

        boolean sameAs(Shape other) {
            if (tables.size() != other.tables.size() || keys.size() != other.keys.size()
                    || !names(views).equals(other.names(other.views))) {
                return false;
            }
            for (int i = 0; i < tables.size(); i++) {
                Table mine = tables.get(i);
                Table theirs = other.tables.get(i);
                if (!sameRef(mine.ref(), other, theirs.ref()) || !mine.columns().equals(theirs.columns())
                        || !mine.primaryKey().equals(theirs.primaryKey()) || !mine.indexes().equals(theirs.indexes())
                        || !mine.engine().equals(theirs.engine())) {
                    return false;
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                ForeignKey mine = keys.get(i);
                ForeignKey theirs = other.keys.get(i);
                if (!sameRef(mine.table(), other, theirs.table())
                        || !sameRef(mine.targetTable(), other, theirs.targetTable())
                        || !mine.name().equals(theirs.name()) || !mine.columns().equals(theirs.columns())
                        || !mine.targetColumns().equals(theirs.targetColumns()) || mine.onDelete() != theirs.onDelete()
                        || mine.onUpdate() != theirs.onUpdate() || mine.deferrable() != theirs.deferrable()
                        || mine.enforced() != theirs.enforced() || mine.validated() != theirs.validated()) {
                    return false;
                }
            }
            return true;
        }

        /** Both in their tenant's own schema and named alike, or the same reference outright. */
        private boolean sameRef(TableRef mine, Shape other, TableRef theirs) {
            boolean ownMine = isOwn(mine);
            boolean ownTheirs = other.isOwn(theirs);
            return ownMine == ownTheirs && mine.tableName().equals(theirs.tableName())
                    && (ownMine || mine.schemaName().equals(theirs.schemaName()));
        }

        private boolean isOwn(TableRef ref) {
            return ref.schemaName().map(Name::key).orElse("").equals(schema);
        }

        private static Set<Name> names(Set<TableRef> views) {
            Set<Name> names = new HashSet<>();
            views.forEach(view -> names.add(view.tableName()));
            return names;
        }
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
