package dev.fkguard.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every format of the same hand-built reports, compared with golden files. */
class ReportGoldenFilesTest {

    private final Report drifted = SampleReports.drifted();
    private final Report clean = SampleReports.clean();
    private final Report accepted = SampleReports.accepted();
    private final SarifReport sarif = new SarifReport(SampleReports.rules(), SampleReports.docs(),
            SarifReport.DEFAULT_HELP_BASE_URI);

    @Test
    void consoleTextGroupedByTable() {
        Golden.assertMatches("drifted.txt", new TableGroupedTextReport().render(drifted));
        Golden.assertMatches("clean.txt", new TableGroupedTextReport().render(clean));
        Golden.assertMatches("accepted.txt", new TableGroupedTextReport().render(accepted));
    }

    @Test
    void json() {
        Golden.assertMatches("drifted.json", new JsonReport().render(drifted));
        Golden.assertMatches("clean.json", new JsonReport().render(clean));
        Golden.assertMatches("accepted.json", new JsonReport().render(accepted));
    }

    @Test
    void sarif() {
        Golden.assertMatches("drifted.sarif", sarif.render(drifted));
        Golden.assertMatches("clean.sarif", sarif.render(clean));
        Golden.assertMatches("accepted.sarif", sarif.render(accepted));
    }

    @Test
    void markdown() {
        Golden.assertMatches("drifted.md", new MarkdownReport().render(drifted));
        Golden.assertMatches("clean.md", new MarkdownReport().render(clean));
        Golden.assertMatches("accepted.md", new MarkdownReport().render(accepted));
    }

    @Test
    void mermaid() {
        Golden.assertMatches("drifted.mmd", new MermaidReport().render(drifted));
        Golden.assertMatches("clean.mmd", new MermaidReport().render(clean));
        Golden.assertMatches("accepted.mmd", new MermaidReport().render(accepted));
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        assertEquals(new JsonReport().render(SampleReports.drifted()), new JsonReport().render(drifted));
        assertEquals(sarif.render(SampleReports.drifted()), sarif.render(drifted));
        assertEquals(new MermaidReport().render(SampleReports.drifted()), new MermaidReport().render(drifted));
    }
}
