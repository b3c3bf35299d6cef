package dev.fkguard.report;

import dev.fkguard.model.English;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.TenantSchemas;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Phrases several renderers share, so every format words the summary the same way. */
final class ReportText {

    private ReportText() {
    }

    /**
     * {@code H2 schema PUBLIC}; with tenant schemas {@code PostgreSQL, 30 tenant schemas tenant_01 … tenant_30}
     * (and the shared ones read besides, by name), never every tenant by name.
     */
    static String where(Report report) {
        List<String> tenants = report.database().tenants();
        if (!tenants.isEmpty()) {
            List<String> shared = report.database().schemas().stream().filter(s -> !tenants.contains(s)).toList();
            return report.database().kind().displayName() + ", " + plural(tenants.size(), "tenant schema") + " "
                    + (tenants.size() == 1 ? tenants.get(0) : tenants.get(0) + " … " + tenants.get(tenants.size() - 1))
                    + (shared.isEmpty() ? "" : " and schema " + String.join(", ", shared));
        }
        return report.database().kind().displayName()
                + (report.database().schemas().isEmpty() ? "" : " schema " + String.join(", ", report.database().schemas()));
    }

    /** {@code 3 findings (2 error, 1 warning, 0 info; 5 mapped foreign keys checked)}. */
    static String counts(Report report) {
        return plural(report.findings().size(), "finding") + " (" + report.count(Severity.ERROR) + " error, "
                + report.count(Severity.WARNING) + " warning, " + report.count(Severity.INFO) + " info; "
                + keysChecked(report) + accepted(report) + ")";
    }

    /**
     * {@code ; 1 suppressed by @FkGuardSuppress; 3 accepted by the baseline}, or nothing: accepted findings are
     * counted, not listed (a baseline can hold hundreds, and they need no action now), but never left unsaid.
     */
    static String accepted(Report report) {
        String text = "";
        if (!report.suppressed().isEmpty()) {
            text += "; " + report.suppressed().size() + " suppressed by @FkGuardSuppress";
        }
        if (!report.baselined().isEmpty()) {
            text += "; " + report.baselined().size() + " accepted by the baseline";
        }
        return text;
    }

    static String plural(long count, String noun) {
        return English.plural(count, noun);
    }

    /**
     * {@code 12 mapped foreign keys checked}: the count is of the keys the mapping implies (the database's other keys
     * are looked at too, but not counted).
     */
    static String keysChecked(Report report) {
        return English.plural(report.foreignKeysChecked(), "mapped foreign key") + " checked";
    }

    /**
     * Where {@code finding} is, each table outside the schema unqualified names resolve to with its schema, as the
     * migration names it. A tenant's finding is read within its tenant (the report names the tenant apart), so its
     * own tables go unqualified there and only shared ones name their schema.
     */
    static String location(Report report, Finding finding) {
        NameRules names = report.database().names();
        return finding.location().describe(TenantSchemas.tenantOf(report.database(), finding.location().table())
                .map(tenant -> names.withDefaultSchema(Optional.of(tenant))).orElse(names));
    }

    /** {@code shop.orders}, or {@code orders} without a schema. */
    static String tableName(TableRef table) {
        return table.schema().map(s -> s + "." + table.name()).orElse(table.name());
    }

    /** The findings table by table, in report order (which sorts by table first). */
    static Map<TableRef, List<Finding>> byTable(Report report) {
        return report.findings().stream()
                .collect(Collectors.groupingBy(f -> f.location().table(), LinkedHashMap::new, Collectors.toList()));
    }
}
