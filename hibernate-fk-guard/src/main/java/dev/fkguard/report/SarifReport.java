package dev.fkguard.report;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SARIF 2.1.0 for code scanning (GitHub, GitLab, IDEs). The rules carry their documentation as help; a result
 * points at the entity's source file relative to the repository root, as code scanning needs it
 * ({@code shop/src/main/java/com/shop/Order.java}, its hbm.xml for an entity mapped there, the audited entity's file
 * for an Envers audit entity; see {@link SourceLocator}), with the line of the attribute when the file was read, and
 * always names the table and columns as a logical location.
 *
 * <p>Accepted findings are results too, each with a SARIF {@code suppression}: {@code inSource} with the
 * annotation's reason for a {@code @FkGuardSuppress}, {@code external} for the baseline file. Code scanning then
 * shows them as dismissed rather than forgetting them, and a baseline entry that goes stale has a result to point at.
 */
public final class SarifReport implements ReportRenderer {

    public static final String SARIF_VERSION = "2.1.0";
    public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String TOOL_NAME = "hibernate-fk-guard";
    /** Where the rule pages are published; a placeholder until the project has a home page. */
    public static final String DEFAULT_HELP_BASE_URI = RuleDocs.PUBLISHED_BASE_URI;

    private final List<Rule> rules;
    private final RuleDocs docs;
    private final String helpBaseUri;

    /** The built-in rules with the documentation shipped in the jar. */
    public SarifReport() {
        this(BuiltInRules.all(), RuleDocs.onClasspath(), DEFAULT_HELP_BASE_URI);
    }

    /**
     * @param rules       the rules to describe in {@code tool.driver.rules}; rules of findings not among them get a
     *                    short entry of their own
     * @param helpBaseUri the rule id and {@code .md} are appended to it for each rule's {@code helpUri}
     */
    public SarifReport(List<Rule> rules, RuleDocs docs, String helpBaseUri) {
        this.rules = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
        this.docs = Objects.requireNonNull(docs, "docs");
        this.helpBaseUri = Objects.requireNonNull(helpBaseUri, "helpBaseUri");
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public String render(Report report, PlannedFixes fixes) {
        List<RuleId> ruleIds = new ArrayList<>(rules.stream().map(Rule::id).toList());
        allFindings(report).map(Finding::rule).distinct().sorted()
                .filter(id -> !ruleIds.contains(id)).forEach(ruleIds::add);

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", TOOL_NAME);
        driver.put("informationUri", helpBaseUri);
        driver.put("rules", ruleIds.stream().map(this::ruleDescriptor).toList());
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("driver", driver);

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", tool);
        List<Map<String, Object>> results = new ArrayList<>();
        report.findings().forEach(f -> results.add(result(report, fixes, f, ruleIds.indexOf(f.rule()), List.of())));
        // Accepted findings are not in the plan: their remedies show as left out, and no statement with them.
        report.suppressed().forEach(s -> results.add(result(report, fixes, s.finding(),
                ruleIds.indexOf(s.finding().rule()),
                List.of(suppression("inSource", s.suppression().source() + ": " + s.suppression().reason())))));
        report.baselined().forEach(f -> results.add(result(report, fixes, f, ruleIds.indexOf(f.rule()),
                List.of(suppression("external", "accepted in the baseline file ("
                        + fixes.setting(FkGuardSettings.BASELINE) + ")")))));
        run.put("results", results);
        if (!report.suppressed().isEmpty() || !report.baselined().isEmpty()) {
            // The counts stay for readers that skip suppressed results.
            Map<String, Object> accepted = new LinkedHashMap<>();
            accepted.put("suppressed", report.suppressed().size());
            accepted.put("baselined", report.baselined().size());
            run.put("properties", accepted);
        }

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", SARIF_VERSION);
        root.put("runs", List.of(run));
        return Json.write(root);
    }

    /** Every finding of the report, accepted or not. */
    private static java.util.stream.Stream<Finding> allFindings(Report report) {
        return java.util.stream.Stream.of(report.findings().stream(),
                        report.suppressed().stream().map(SuppressedFinding::finding), report.baselined().stream())
                .flatMap(s -> s);
    }

    /** A SARIF 2.1.0 suppression (§3.35): accepted on purpose, so no longer to act on. */
    private static Map<String, Object> suppression(String kind, String justification) {
        Map<String, Object> suppression = new LinkedHashMap<>();
        suppression.put("kind", kind);
        suppression.put("status", "accepted");
        suppression.put("justification", justification);
        return suppression;
    }

    private Map<String, Object> ruleDescriptor(RuleId id) {
        Optional<Rule> rule = rules.stream().filter(r -> r.id().equals(id)).findFirst();
        String summary = rule.map(Rule::summary).orElse(id.value());
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("id", id.value());
        descriptor.put("name", pascalCase(id));
        descriptor.put("shortDescription", text(summary));
        descriptor.put("fullDescription", text(docs.whatItCatches(id).orElse(summary)));
        descriptor.put("helpUri", helpBaseUri + id.value() + ".md");
        docs.page(id).ifPresent(page -> {
            Map<String, Object> help = new LinkedHashMap<>();
            help.put("text", page);
            help.put("markdown", page);
            descriptor.put("help", help);
        });
        rule.ifPresent(r -> {
            Map<String, Object> configuration = new LinkedHashMap<>();
            configuration.put("level", level(r.defaultSeverity()));
            descriptor.put("defaultConfiguration", configuration);
        });
        return descriptor;
    }

    private static Map<String, Object> result(Report report, PlannedFixes fixes, Finding finding, int ruleIndex,
                                              List<Map<String, Object>> suppressions) {
        Finding.Location location = finding.location();
        String where = ReportText.location(report, finding);
        String qualified = qualified(location);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", finding.rule().value());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(finding.severity()));
        // An accepted finding needs no fix now: its message keeps the rule's words without the plan.
        String fix = suppressions.isEmpty() ? FixText.oneLine(fixes, finding) : fixes.fix(finding);
        result.put("message", text(where + ": " + finding.message() + " Fix: " + fix));

        Map<String, Object> place = new LinkedHashMap<>();
        Optional<EntitySource> source = report.graph().sourceOf(location);
        source.flatMap(EntitySource::file).ifPresent(file -> {
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", file.path());
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            file.line().ifPresent(line -> {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", line);
                physical.put("region", region);
            });
            place.put("physicalLocation", physical);
        });
        List<Map<String, Object>> logical = new ArrayList<>();
        Map<String, Object> database = new LinkedHashMap<>();
        database.put("name", where);
        database.put("fullyQualifiedName", qualified);
        database.put("kind", location.target().isPresent() ? "foreignKey" : "table");
        logical.add(database);
        source.ifPresent(s -> {
            Map<String, Object> code = new LinkedHashMap<>();
            code.put("name", s.attribute().orElse(s.entity()));
            code.put("fullyQualifiedName", s.qualifiedName());
            code.put("kind", s.attribute().isPresent() ? "member" : "type");
            logical.add(code);
        });
        place.put("logicalLocations", logical);
        result.put("locations", List.of(place));
        if (!suppressions.isEmpty()) {
            result.put("suppressions", suppressions);
        }

        // Results have no line to hash, so say what identifies one across runs.
        result.put("partialFingerprints", Map.of("fkguardLocation/v1", finding.rule() + ":" + qualified));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("fix", fixes.fix(finding));
        properties.put("statements", suppressions.isEmpty() ? fixes.statements(finding) : List.of());
        result.put("properties", properties);
        return result;
    }

    /**
     * Every table with its schema, the default one included, both as the catalog stores them: the name and the
     * fingerprint are then the same whether a rule located the finding by the mapping's table or the catalog's,
     * and differ between tenants and between same-name tables of two schemas.
     */
    private static String qualified(Finding.Location location) {
        String table = fullName(location.table())
                + (location.columns().isEmpty() ? "" : "(" + String.join(",", location.columns()) + ")");
        return location.target()
                .map(t -> table + "->" + fullName(t) + "(" + String.join(",", location.targetColumns()) + ")")
                .orElse(table);
    }

    private static String fullName(TableRef table) {
        return table.schemaName().map(s -> s.stored() + ".").orElse("") + table.tableName().stored();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> text(String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", text);
        return message;
    }

    /** {@code missing-foreign-key} → {@code MissingForeignKey}, SARIF's readable rule name. */
    private static String pascalCase(RuleId id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.value().split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
