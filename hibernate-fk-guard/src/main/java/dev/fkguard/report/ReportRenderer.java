package dev.fkguard.report;

/** Turns a report into one file format. Output depends on the report alone: no time stamps, no random ids. */
public interface ReportRenderer {

    /** The file extension without the dot, e.g. {@code json}; {@link ReportWriter} writes {@code fkguard-report.<extension>}. */
    String extension();

    /** The report with its own plan: for a caller that renders nothing else of this check. */
    default String render(Report report) {
        return render(report, PlannedFixes.of(report));
    }

    /**
     * The report with {@code fixes}, the check's one plan of it: every renderer of a check gets the same, so the
     * report is planned once however many formats are written.
     */
    String render(Report report, PlannedFixes fixes);
}
