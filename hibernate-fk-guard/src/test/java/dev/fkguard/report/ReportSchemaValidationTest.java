package dev.fkguard.report;

import org.junit.jupiter.api.Test;

import java.util.List;

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
