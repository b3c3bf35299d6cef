package dev.fkguard.report;

import dev.fkguard.model.Name;
import dev.fkguard.model.TenantSchemas;
import dev.fkguard.rule.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A schema-per-tenant report by schema, with identical results folded: the tenants whose findings are the same
 * (same rules, severities, places and messages, whatever their schema) form one group, shown once, so a thousand
 * tenants read as "998 schemas agree; tenant_017: 2 findings". Findings on shared tables (outside every tenant) come
 * last, under their own schema. Fixes are not compared: they name each tenant's table, and the group shows its first
 * schema's.
 *
 * @param schemas  the schemas of the group, in the report's tenant order
 * @param findings the first schema's findings, in report order; empty for the schemas that agree
 * @param shared   a group of findings on shared tables, not of tenants
 */
record SchemaGroups(List<String> schemas, List<Finding> findings, boolean shared) {

    static List<SchemaGroups> of(Report report) {
        Map<String, List<Finding>> byTenant = new LinkedHashMap<>();
        report.database().tenants().forEach(tenant -> byTenant.put(tenant, new ArrayList<>()));
        Map<String, List<Finding>> byShared = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            TenantSchemas.tenantOf(report.database(), finding.location().table())
                    .map(byTenant::get)
                    .orElseGet(() -> byShared.computeIfAbsent(finding.location().table().schemaName()
                            .map(Name::stored).orElse(""), s -> new ArrayList<>()))
                    .add(finding);
        }
        Map<List<String>, SchemaGroups> folded = new LinkedHashMap<>();
        // The schemas that agree first, then the groups in the order of their first schema.
        folded.put(List.of(), new SchemaGroups(new ArrayList<>(), List.of(), false));
        byTenant.forEach((tenant, findings) -> folded.computeIfAbsent(signature(report, findings),
                s -> new SchemaGroups(new ArrayList<>(), findings, false)).schemas().add(tenant));
        List<SchemaGroups> groups = new ArrayList<>();
        folded.values().stream().filter(g -> !g.schemas().isEmpty())
                .map(g -> new SchemaGroups(List.copyOf(g.schemas()), g.findings(), false))
                .forEach(groups::add);
        byShared.forEach((schema, findings) -> groups.add(new SchemaGroups(List.of(schema), findings, true)));
        return groups;
    }

    /** What makes two tenants' results the same: everything but the schema their tables and fixes name. */
    private static List<String> signature(Report report, List<Finding> findings) {
        return findings.stream()
                .map(f -> f.severity() + "|" + f.rule() + "|" + ReportText.location(report, f) + "|" + f.message())
                .collect(Collectors.toList());
    }

    boolean agree() {
        return findings.isEmpty();
    }

    /**
     * {@code 28 schemas agree}, {@code tenant_017: 2 findings}, {@code tenant_003, tenant_004: 1 finding each},
     * {@code 40 schemas (tenant_001, tenant_002, tenant_003, …): 1 finding each}; {@code shared schema public: …}.
     */
    String heading() {
        if (agree()) {
            return schemas.size() == 1 ? schemas.get(0) + " agrees" : schemas.size() + " schemas agree";
        }
        String names = schemas.size() <= 3 ? String.join(", ", schemas)
                : schemas.size() + " schemas (" + String.join(", ", schemas.subList(0, 3)) + ", …)";
        return (shared ? "shared schema " : "") + names + ": " + ReportText.plural(findings.size(), "finding")
                + (schemas.size() > 1 ? " each" : "");
    }
}
