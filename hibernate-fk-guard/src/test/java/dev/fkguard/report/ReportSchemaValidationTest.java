package dev.fkguard.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SARIF output against the OASIS SARIF 2.1.0 schema, the JSON output against docs/report-json-schema.json. */
class ReportSchemaValidationTest {

    private final SchemaValidation sarifSchema = new SchemaValidation(SchemaValidation.SARIF_SCHEMA);
    private final SchemaValidation reportSchema = new SchemaValidation(SchemaValidation.REPORT_SCHEMA);

    @Test
    void sarifOfTheSampleReportsIsValidSarif210() {
        SarifReport sarif = new SarifReport(SampleReports.rules(), SampleReports.docs(),
                SarifReport.DEFAULT_HELP_BASE_URI);
        assertEquals(List.of(), sarifSchema.errors(sarif.render(SampleReports.drifted())));
        assertEquals(List.of(), sarifSchema.errors(sarif.render(SampleReports.clean())));
        assertEquals(List.of(), sarifSchema.errors(sarif.render(SampleReports.accepted())));
    }

    @Test
    void sarifWithTheBuiltInRulesAndTheirShippedDocsIsValid() {
        String sarif = new SarifReport().render(SampleReports.drifted());
        assertEquals(List.of(), sarifSchema.errors(sarif));
        assertTrue(sarif.contains("\"markdown\": \"# missing-foreign-key"), "help carries the rule's page");
    }

    /** Accepted findings are results with a suppression, each kind as SARIF 2.1.0 names it, and still valid. */
    @Test
    void sarifListsAcceptedFindingsAsSuppressedResults() throws Exception {
        Report accepted = SampleReports.accepted();
        String sarif = new SarifReport(SampleReports.rules(), SampleReports.docs(), SarifReport.DEFAULT_HELP_BASE_URI)
                .render(accepted);
        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sarif).path("runs").path(0).path("results");
        List<String> suppressions = new java.util.ArrayList<>();
        results.forEach(result -> suppressions.add(result.path("ruleId").asText() + " "
                + result.path("suppressions").path(0).path("kind").asText() + " "
                + result.path("suppressions").path(0).path("status").asText() + " "
                + result.path("suppressions").path(0).path("justification").asText()));
        assertEquals(1 + accepted.baselined().size(), results.size(), sarif);
        assertEquals("missing-foreign-key inSource accepted OrderCoupon.coupon: coupons live in another service",
                suppressions.get(0));
        suppressions.subList(1, suppressions.size()).forEach(line -> assertTrue(
                line.contains(" external accepted accepted in the baseline file"), line));
        assertEquals(List.of(), sarifSchema.errors(sarif));
        String wrongKind = sarif.replaceFirst("\"kind\": \"inSource\"", "\"kind\": \"annotation\"");
        assertFalse(sarifSchema.errors(wrongKind).isEmpty(), "an unknown suppression kind must fail validation");
    }

    /** A source with a line: SARIF's region and the JSON line, both still valid against their schemas. */
    @Test
    void aSourceLineBecomesTheSarifRegionAndTheJsonLine() throws Exception {
        Report drifted = SampleReports.drifted();
        SourceFile file = new SourceFile("shop/src/main/java/com/shop/Order.java", Optional.of(12));
        ForeignKeyGraph graph = new ForeignKeyGraph(drifted.graph().tables(), drifted.graph().edges().stream()
                .map(e -> new ForeignKeyGraph.Edge(e.table(), e.columns(), e.target(), e.targetColumns(),
                        e.source().map(s -> new EntitySource(s.entity(), s.attribute(), Optional.of(file))),
                        e.constraintWanted(), e.inDatabase()))
                .toList());
        Report located = drifted.withGraph(graph);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        String sarif = new SarifReport().render(located);
        assertEquals(List.of(), sarifSchema.errors(sarif));
        var physical = mapper.readTree(sarif).path("runs").path(0).path("results").path(0).path("locations").path(0)
                .path("physicalLocation");
        assertEquals("shop/src/main/java/com/shop/Order.java", physical.path("artifactLocation").path("uri").asText(),
                sarif);
        assertEquals(12, physical.path("region").path("startLine").asInt(), sarif);

        String json = new JsonReport().render(located);
        assertEquals(List.of(), reportSchema.errors(json));
        var source = mapper.readTree(json).path("findings").path(0).path("source");
        assertEquals(12, source.path("line").asInt(), json);
        assertEquals("2.1", mapper.readTree(json).path("schemaVersion").asText());
        assertFalse(reportSchema.errors(json.replace("\"line\": 12", "\"line\": 0")).isEmpty(),
                "a line before the first must fail validation");
    }

    @Test
    void theSarifSchemaCatchesWhatIsNotSarif() {
        String valid = new SarifReport().render(SampleReports.drifted());
        String wrongLevel = valid.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"");
        String wrongVersion = valid.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"");
        assertFalse(sarifSchema.errors(wrongLevel).isEmpty(), "an unknown level must fail validation");
        assertFalse(sarifSchema.errors(wrongVersion).isEmpty(), "another SARIF version must fail validation");
    }

    @Test
    void jsonReportsFollowTheirSchema() {
        assertEquals(List.of(), reportSchema.errors(new JsonReport().render(SampleReports.drifted())));
        assertEquals(List.of(), reportSchema.errors(new JsonReport().render(SampleReports.clean())));
        assertEquals(List.of(), reportSchema.errors(new JsonReport().render(SampleReports.accepted())));
    }

    @Test
    void theReportSchemaCatchesWhatDrifts() {
        String valid = new JsonReport().render(SampleReports.drifted());
        assertFalse(reportSchema.errors(valid.replace("\"severity\": \"info\"", "\"severity\": \"minor\"")).isEmpty());
        assertFalse(reportSchema.errors(valid.replace("\"summary\"", "\"totals\"")).isEmpty());
    }
}
