package dev.fkguard.report;

import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The foreign-key graph as a Mermaid flowchart: one node per table, one arrow per foreign key from the referencing
 * table to the referenced one. Arrows with findings are red and name their rules; arrows only one side has are
 * dashed. A report without a graph draws the keys its findings name.
 */
public final class MermaidReport implements ReportRenderer {

    private static final String DRIFT_COLOR = "#d32f2f";
    private static final String ONE_SIDED_COLOR = "#9e9e9e";

    @Override
    public String extension() {
        return "mmd";
    }

    @Override
    public String render(Report report, PlannedFixes fixes) {
        List<ForeignKeyGraph.Edge> edges = edges(report);
        // Keys drawn from findings alone: which side has them is unknown, so they are not marked one-sided.
        boolean sidesKnown = !report.graph().edges().isEmpty();
        Map<TableRef, Optional<String>> tables = new TreeMap<>();
        report.graph().tables().forEach(node -> tables.put(node.table(), node.entity()));
        edges.forEach(e -> {
            tables.putIfAbsent(e.table(), Optional.empty());
            tables.putIfAbsent(e.target(), Optional.empty());
        });
        report.findings().forEach(f -> tables.putIfAbsent(f.location().table(), Optional.empty()));
        Map<TableRef, String> ids = nodeIds(tables.keySet());

        StringBuilder out = new StringBuilder("flowchart LR\n");
        out.append("  %% hibernate-fk-guard: an arrow per foreign key, child table → parent table.\n")
                .append("  %% Red: findings on that key. Dashed: only the mapping or only the database has it.\n");
        String accepted = ReportText.accepted(report);
        if (!accepted.isEmpty()) {
            out.append("  %% Not marked, accepted: ").append(accepted.substring(2).replace("; ", ", ")).append(".\n");
        }
        tables.forEach((table, entity) -> out.append("  ").append(ids.get(table)).append("[\"")
                .append(label(ReportText.tableName(table) + entity.map(e -> " (" + simpleName(e) + ")").orElse("")))
                .append("\"]\n"));

        List<Integer> drifted = new ArrayList<>();
        List<Integer> oneSided = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            ForeignKeyGraph.Edge edge = edges.get(i);
            List<String> rules = DriftedEdges.rulesAt(report, edge);
            boolean bothSides = !sidesKnown || edge.mapped() && edge.inDatabase();
            String text = String.join(", ", edge.columns()) + " → "
                    + (edge.targetColumns().isEmpty() ? "(primary key)" : String.join(", ", edge.targetColumns()));
            if (!rules.isEmpty()) {
                text += ": " + String.join(", ", rules);
                drifted.add(i);
            } else if (!bothSides) {
                oneSided.add(i);
            }
            if (sidesKnown && !edge.mapped()) {
                text += " (database only)";
            } else if (sidesKnown && !edge.inDatabase()) {
                text += edge.constraintWanted() ? " (missing in database)" : " (no constraint, by design)";
            }
            out.append("  ").append(ids.get(edge.table())).append(bothSides ? " -->|\"" : " -.->|\"")
                    .append(label(text)).append("\"| ").append(ids.get(edge.target())).append('\n');
        }
        if (!drifted.isEmpty()) {
            out.append("  linkStyle ").append(indexes(drifted)).append(" stroke:").append(DRIFT_COLOR)
                    .append(",stroke-width:2px,color:").append(DRIFT_COLOR).append('\n');
        }
        if (!oneSided.isEmpty()) {
            out.append("  linkStyle ").append(indexes(oneSided)).append(" stroke:").append(ONE_SIDED_COLOR)
                    .append(",color:").append(ONE_SIDED_COLOR).append('\n');
        }
        Set<TableRef> driftedTables = new LinkedHashSet<>();
        report.findings().forEach(f -> driftedTables.add(f.location().table()));
        if (!driftedTables.isEmpty()) {
            out.append("  classDef drifted fill:#fdecea,stroke:").append(DRIFT_COLOR).append(",stroke-width:2px\n")
                    .append("  class ").append(tables.keySet().stream().filter(driftedTables::contains)
                            .map(ids::get).collect(Collectors.joining(","))).append(" drifted\n");
        }
        return out.toString();
    }

    private static List<ForeignKeyGraph.Edge> edges(Report report) {
        if (!report.graph().edges().isEmpty()) {
            return report.graph().edges();
        }
        List<ForeignKeyGraph.Edge> fromFindings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Finding.Location at = finding.location();
            if (at.target().isPresent()
                    && fromFindings.stream().noneMatch(e -> e.isAt(at, report.database().names()))) {
                fromFindings.add(new ForeignKeyGraph.Edge(at.table(), at.columns(), at.target().get(),
                        at.targetColumns(), Optional.empty(), true, true));
            }
        }
        return new ForeignKeyGraph(List.of(), fromFindings, report.database().names()).edges();
    }

    /** Mermaid ids must be plain words; table names may hold anything, so they only go into labels. */
    private static Map<TableRef, String> nodeIds(Set<TableRef> tables) {
        Map<TableRef, String> ids = new TreeMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (TableRef table : tables) {
            String base = "t_" + table.key().replaceAll("[^a-z0-9_]", "_");
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "_" + n;
            }
            ids.put(table, id);
        }
        return ids;
    }

    private static String indexes(List<Integer> indexes) {
        return indexes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Inside a quoted Mermaid label only the quote needs an entity; angle brackets would be read as HTML. */
    private static String label(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    private static String simpleName(String entity) {
        return entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
    }
}
