package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.ColumnRow;
import dev.fkguard.catalog.CatalogRows.ForeignKeyRow;
import dev.fkguard.catalog.CatalogRows.IndexRow;
import dev.fkguard.catalog.CatalogRows.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schema-per-tenant: tenants whose fingerprints ({@code fingerprints.sql}) are equal have the same catalog rows but
 * for their schema's name, so only the first of them in tenant order is read in full and the others get copies of
 * its rows, renamed. A copy is the rows the tenant's own read would have returned: the server skips the joins,
 * functions and rows of every tenant but one per fingerprint; nothing after the read sees a difference. A tenant
 * the fingerprint query returns nothing for (an empty schema) is read in full.
 */
final class TenantCopies {

    /** Each copied tenant with the tenant whose rows it gets, in tenant order. */
    private final Map<String, String> originals;

    private TenantCopies(Map<String, String> originals) {
        this.originals = originals;
    }

    /** No tenant copied: every schema is read in full. */
    static TenantCopies none() {
        return new TenantCopies(Map.of());
    }

    /** From each tenant's fingerprint: the first tenant of each fingerprint is read, the others copy it. */
    static TenantCopies of(List<String> tenants, Map<String, String> fingerprints) {
        Map<String, String> firstByFingerprint = new HashMap<>();
        Map<String, String> originals = new LinkedHashMap<>();
        for (String tenant : tenants) {
            String fingerprint = fingerprints.get(tenant);
            if (fingerprint == null) {
                continue;
            }
            String first = firstByFingerprint.putIfAbsent(fingerprint, tenant);
            if (first != null) {
                originals.put(tenant, first);
            }
        }
        return new TenantCopies(originals);
    }

    /** The tenants whose rows are copied rather than read. */
    Set<String> copied() {
        return originals.keySet();
    }

    /** {@code schemas} without the copied tenants: what the catalog queries still read. */
    List<String> read(List<String> schemas) {
        List<String> read = new ArrayList<>(schemas.size());
        for (String schema : schemas) {
            if (!originals.containsKey(schema)) {
                read.add(schema);
            }
        }
        return read;
    }

    /** {@code rows} read for {@link #read} plus, for each copied tenant, its original's rows in its own name. */
    CatalogRows withCopies(CatalogRows rows) {
        if (originals.isEmpty()) {
            return rows;
        }
        Set<String> sources = Set.copyOf(originals.values());
        Map<String, List<TableRow>> tables = bySchema(rows.tables(), sources, TableRow::schema);
        Map<String, List<ColumnRow>> columns = bySchema(rows.columns(), sources, ColumnRow::schema);
        Map<String, List<ForeignKeyRow>> keys = bySchema(rows.foreignKeys(), sources, ForeignKeyRow::schema);
        Map<String, List<IndexRow>> indexes = bySchema(rows.indexes(), sources, IndexRow::schema);
        List<TableRow> allTables = new ArrayList<>(rows.tables());
        List<ColumnRow> allColumns = new ArrayList<>(rows.columns());
        List<ForeignKeyRow> allKeys = new ArrayList<>(rows.foreignKeys());
        List<IndexRow> allIndexes = new ArrayList<>(rows.indexes());
        originals.forEach((copy, original) -> {
            tables.getOrDefault(original, List.of())
                    .forEach(t -> allTables.add(new TableRow(copy, t.name(), t.engine())));
            columns.getOrDefault(original, List.of()).forEach(c -> allColumns.add(new ColumnRow(copy, c.table(),
                    c.name(), c.position(), c.dataType(), c.characterLength(), c.precision(), c.scale(),
                    c.unsigned(), c.charset(), c.collation(), c.nullable(), c.definition())));
            // A key into the original's own schema points into the copy's; one into any other schema stays.
            keys.getOrDefault(original, List.of()).forEach(k -> allKeys.add(new ForeignKeyRow(copy, k.table(),
                    k.name(), k.position(), k.column(), original.equals(k.targetSchema()) ? copy : k.targetSchema(),
                    k.targetTable(), k.targetColumn(), k.deleteRule(), k.updateRule(), k.deferrable(), k.enforced(),
                    k.validated())));
            indexes.getOrDefault(original, List.of()).forEach(i -> allIndexes.add(new IndexRow(copy, i.table(),
                    i.name(), i.position(), i.column(), i.unique(), i.primary())));
        });
        return new CatalogRows(allTables, allColumns, allKeys, allIndexes);
    }

    private static <T> Map<String, List<T>> bySchema(List<T> rows, Set<String> sources,
                                                     java.util.function.Function<T, String> schema) {
        Map<String, List<T>> bySchema = new HashMap<>();
        for (T row : rows) {
            String name = schema.apply(row);
            if (sources.contains(name)) {
                bySchema.computeIfAbsent(name, s -> new ArrayList<>()).add(row);
            }
        }
        return bySchema;
    }
}
