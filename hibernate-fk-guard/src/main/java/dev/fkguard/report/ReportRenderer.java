package dev.fkguard.report;

/** Turns a report into one file format. Output depends on the report alone: no time stamps, no random ids. */
public interface ReportRenderer {

    /** The file extension without the dot, e.g. {@code json}; {@link ReportWriter} writes {@code fkguard-report.<extension>}. */
    String extension();

    String render(Report report);
}
