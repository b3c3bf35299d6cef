package dev.fkguard.report;

import dev.fkguard.FkGuardException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a report in every format into one directory: {@code fkguard-report.{txt,json,sarif,md,mmd}}. */
public final class ReportWriter {

    public static final String BASE_NAME = "fkguard-report";

    private final List<ReportRenderer> renderers;

    public ReportWriter() {
        this(List.of(new TableGroupedTextReport(), new JsonReport(), new SarifReport(), new MarkdownReport(),
                new MermaidReport()));
    }

    public ReportWriter(List<ReportRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /**
     * Every format with the built-in renderers; creates {@code directory} if needed. Returns the files written.
     *
     * @throws FkGuardException {@link FkGuardException.Code#OUTPUT_WRITE} when a file cannot be written
     */
    public static List<Path> writeAll(Report report, Path directory) {
        return writeAll(report, PlannedFixes.of(report), directory);
    }

    /** Every format with the built-in renderers, each given {@code fixes}, the check's one plan of the report. */
    public static List<Path> writeAll(Report report, PlannedFixes fixes, Path directory) {
        return new ReportWriter().write(report, fixes, directory);
    }

    public List<Path> write(Report report, Path directory) {
        return write(report, PlannedFixes.of(report), directory);
    }

    public List<Path> write(Report report, PlannedFixes fixes, Path directory) {
        try {
            Files.createDirectories(directory);
            return renderers.stream().map(renderer -> {
                Path file = directory.resolve(BASE_NAME + "." + renderer.extension());
                try {
                    return Files.writeString(file, renderer.render(report, fixes), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw cannotWrite("the report " + file.toAbsolutePath(), e);
                }
            }).toList();
        } catch (IOException e) {
            throw cannotWrite("the report directory " + directory.toAbsolutePath(), e);
        }
    }

    private static FkGuardException cannotWrite(String what, IOException e) {
        return new FkGuardException(FkGuardException.Code.OUTPUT_WRITE, "could not write " + what + ": "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                "write the reports to a directory the application may create and write.", e);
    }
}
