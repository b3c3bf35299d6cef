package dev.fkguard.report;

import dev.fkguard.rule.Finding;

import java.util.List;

/** Which findings sit on an edge of the graph: an edge is drawn as drifted when at least one does. */
final class DriftedEdges {

    private DriftedEdges() {
    }

    static List<String> rulesAt(Report report, ForeignKeyGraph.Edge edge) {
        return report.findings().stream()
                .filter(f -> edge.isAt(f.location(), report.graph().names()))
                .map(f -> f.rule().value())
                .distinct()
                .sorted()
                .toList();
    }

    static List<Finding> findingsAt(Report report, ForeignKeyGraph.Edge edge) {
        return report.findings().stream().filter(f -> edge.isAt(f.location(), report.graph().names())).toList();
    }
}
