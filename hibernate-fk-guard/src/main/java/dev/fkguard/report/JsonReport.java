package dev.fkguard.report;

import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON for other tools, following {@code docs/report-json-schema.json}. {@link #SCHEMA_VERSION}
 * changes its major number when a field is removed or changes meaning, its minor number when one is added.
 */
public final class JsonReport implements ReportRenderer {

    public static final String FORMAT = "hibernate-fk-guard-report";
    public static final String SCHEMA_VERSION = "2.1";

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String render(Report report, PlannedFixes fixes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("database", database(report));
        root.put("summary", summary(report));
        root.put("findings", report.findings().stream().map(f -> finding(report, fixes, f)).toList());
        root.put("graph", graph(report));
        return Json.write(root);
    }

    private static Map<String, Object> database(Report report) {
        Map<String, Object> database = new LinkedHashMap<>();
        database.put("kind", report.database().kind().name());
        database.put("name", report.database().kind().displayName());
        database.put("version", report.database().version());
        database.put("schemas", report.database().schemas());
        if (report.database().hasTenants()) {
            database.put("tenants", report.database().tenants());
        }
        database.put("foreignKeyChecks", report.database().foreignKeyChecks());
        return database;
    }

    private static Map<String, Object> summary(Report report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("clean", report.isClean());
        summary.put("foreignKeysChecked", report.foreignKeysChecked());
        summary.put("findings", report.findings().size());
        summary.put("error", report.count(Severity.ERROR));
        summary.put("warning", report.count(Severity.WARNING));
        summary.put("info", report.count(Severity.INFO));
        summary.put("suppressed", report.suppressed().size());
        summary.put("baselined", report.baselined().size());
        return summary;
    }

    private static Map<String, Object> finding(Report report, PlannedFixes fixes, Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", finding.rule().value());
        json.put("severity", finding.severity().label());
        if (report.database().hasTenants()) {
            json.put("schema", finding.location().table().schemaName().map(dev.fkguard.model.Name::stored));
        }
        Finding.Location location = finding.location();
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("description", ReportText.location(report, finding));
        where.put("table", table(location.table()));
        where.put("columns", location.columns());
        where.put("target", location.target().map(target -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("table", table(target));
            t.put("columns", location.targetColumns());
            return t;
        }));
        json.put("location", where);
        json.put("source", report.graph().sourceOf(location).map(JsonReport::source));
        json.put("message", finding.message());
        json.put("fix", fixes.fix(finding));
        // 2.0: what the one migration plan does with each remedy, instead of each remedy's own SQL.
        json.put("remedies", fixes.of(finding).stream().map(planned -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", Remedies.kind(planned.remedy()));
            r.put("outcome", planned.outcome().label());
            r.put("statements", planned.statements());
            r.put("coveredBy", planned.coveredBy());
            r.put("prerequisite", planned.prerequisite());
            return r;
        }).toList());
        json.put("acceptance", fixes.acceptance(finding));
        return json;
    }

    private static Map<String, Object> source(EntitySource source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entity", source.entity());
        json.put("attribute", source.attribute());
        json.put("file", source.sourceFile());
        // 2.1: the line of the attribute (or entity) in that file, when the file was read.
        json.put("line", source.line());
        return json;
    }

    private static Map<String, Object> graph(Report report) {
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("tables", report.graph().tables().stream().map(node -> {
            Map<String, Object> json = table(node.table());
            json.put("entity", node.entity());
            return json;
        }).toList());
        graph.put("foreignKeys", report.graph().edges().stream().map(edge -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("table", table(edge.table()));
            json.put("columns", edge.columns());
            json.put("target", table(edge.target()));
            json.put("targetColumns", edge.targetColumns());
            json.put("source", edge.source().map(JsonReport::source));
            json.put("constraintWanted", edge.constraintWanted());
            json.put("inDatabase", edge.inDatabase());
            json.put("rules", DriftedEdges.rulesAt(report, edge));
            return json;
        }).toList());
        return graph;
    }

    private static Map<String, Object> table(TableRef table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", table.schema());
        json.put("name", table.name());
        return json;
    }
}
