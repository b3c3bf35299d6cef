package dev.fkguard;

import dev.fkguard.model.NameRules;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TenantSchemas;
import dev.fkguard.report.ForeignKeyGraph;
import dev.fkguard.report.Report;
import dev.fkguard.report.SuppressedFinding;
import dev.fkguard.rule.Finding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reports of one check per tenant schema as one report: every tenant's findings (each on its tenant's table, so
 * the migration qualifies it and the reports can group by schema), the foreign keys checked added up, the graphs
 * joined. A finding on a shared table is found by every tenant's check alike and is kept once.
 */
final class TenantReports {

    private TenantReports() {
    }

    static Report merge(TenantSchemas tenants, List<Report> reports) {
        Set<Finding> findings = new LinkedHashSet<>();
        Set<SuppressedFinding> suppressed = new LinkedHashSet<>();
        Set<Finding> baselined = new LinkedHashSet<>();
        int checked = 0;
        for (Report report : reports) {
            findings.addAll(report.findings());
            suppressed.addAll(report.suppressed());
            baselined.addAll(report.baselined());
            checked += report.foreignKeysChecked();
        }
        SchemaModel whole = tenants.whole();
        // Each tenant's graph is deferred; so is their union, built only if a report file draws it.
        List<ForeignKeyGraph> graphs = reports.stream().map(Report::graph).toList();
        return new Report(whole.database(), checked, List.copyOf(findings), List.copyOf(suppressed),
                List.copyOf(baselined), ForeignKeyGraph.deferred(names(graphs, whole), () -> joined(graphs)), whole);
    }

    private static ForeignKeyGraph joined(List<ForeignKeyGraph> graphs) {
        Set<ForeignKeyGraph.TableNode> nodes = new LinkedHashSet<>();
        Set<ForeignKeyGraph.Edge> edges = new LinkedHashSet<>();
        for (ForeignKeyGraph graph : graphs) {
            nodes.addAll(graph.tables());
            edges.addAll(graph.edges());
        }
        return new ForeignKeyGraph(List.copyOf(nodes), List.copyOf(edges));
    }

    /** The engine's name rules, knowing every tenant's quoted columns (their entries name the tenant's schema). */
    private static NameRules names(List<ForeignKeyGraph> graphs, SchemaModel whole) {
        NameRules names = whole.database().names();
        for (ForeignKeyGraph graph : graphs) {
            names = names.withMoreQuotedColumns(graph.names().quotedColumns());
        }
        return names;
    }
}
