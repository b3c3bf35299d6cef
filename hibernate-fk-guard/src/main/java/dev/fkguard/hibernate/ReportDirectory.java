package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;
import dev.fkguard.report.ReportWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link FkGuardSettings#REPORT_DIR}: the reports and the migration of the startup check. Everything the guard
 * writes there describes one check: its files from an earlier check are removed first, so a clean check does not
 * leave an older migration beside reports that say "agree". Only names the guard itself writes are touched; every
 * other file in the directory stays.
 *
 * <p>Internal: public only so the Maven plugin writes {@code target/fkguard} the same way; not part of the API.
 */
public final class ReportDirectory {

    /** The names the report and migration writers give their files (any format, any migration version). */
    private static final List<Pattern> OWN_FILES = List.of(
            Pattern.compile(Pattern.quote(ReportWriter.BASE_NAME) + "\\.[a-z]+"),
            Pattern.compile("fkguard-migration\\.sql"),
            Pattern.compile("V[0-9]+([._][0-9]+)*__(fkguard|fix_foreign_keys)(_outside_transaction)?\\.sql(\\.conf)?"),
            Pattern.compile("fkguard-changelog-[0-9]+([._][0-9]+)*\\.(yaml|xml)"));

    private final Path directory;
    private final MigrationFormat format;
    private final SettingSpelling spelling;

    public ReportDirectory(Path directory, MigrationFormat format) {
        this(directory, format, SettingSpelling.STARTUP);
    }

    /** @param spelling how its failures name the report directory setting where the check runs */
    public ReportDirectory(Path directory, MigrationFormat format, SettingSpelling spelling) {
        this.directory = directory;
        this.format = format;
        this.spelling = spelling;
    }

    /** Whether the guard writes files named {@code fileName} into the report directory. */
    static boolean isOwnFile(String fileName) {
        return OWN_FILES.stream().anyMatch(pattern -> pattern.matcher(fileName).matches());
    }

    /**
     * Replaces the guard's files with those of {@code report}; returns the migration files (none when no finding
     * has a schema change).
     *
     * @throws FkGuardException {@link FkGuardException.Code#OUTPUT_WRITE} when the directory cannot be written
     */
    public List<Path> write(Report report) {
        return write(report, PlannedFixes.of(report));
    }

    /** As {@link #write(Report)}, every file rendered from {@code fixes}, the check's one plan of {@code report}. */
    public List<Path> write(Report report, PlannedFixes fixes) {
        prepare();
        ReportWriter.writeAll(report, fixes, directory);
        return fixes.plan().isEmpty() ? List.of() : new MigrationWriter().write(fixes.plan(), format, directory);
    }

    private void prepare() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw failure("is not a directory", "point " + setting() + " at a directory (it is"
                    + " created if missing), or remove the setting.", null);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            String why = fileOnTheWay().map(file -> file.toAbsolutePath() + " is a file, not a directory")
                    .orElseGet(() -> describe(e));
            throw failure("cannot be created: " + why, "point " + setting() + " at a directory the"
                    + " application may create and write, or remove the setting.", e);
        }
        removeEarlierFiles();
    }

    /**
     * Removes the guard's files of an earlier check, also when this check could not run: reports left from the last
     * one must not pass for this one's.
     */
    public void removeEarlierFiles() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> earlier = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> isOwnFile(file.getFileName().toString()) && Files.isRegularFile(file))
                    .forEach(earlier::add);
        } catch (IOException e) {
            throw failure("cannot be listed: " + describe(e), "make the directory readable and writable for the"
                    + " application, or point " + setting() + " elsewhere.", e);
        }
        for (Path file : earlier) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw failure("holds " + file.getFileName() + " from an earlier check, which cannot be removed: "
                        + describe(e), "make the directory writable for the application, or delete the file.", e);
            }
        }
    }

    /** The nearest existing ancestor, when it is a file: the usual reason a directory cannot be created. */
    private Optional<Path> fileOnTheWay() {
        for (Path parent = directory.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            if (Files.exists(parent)) {
                return Files.isDirectory(parent) ? Optional.empty() : Optional.of(parent);
            }
        }
        return Optional.empty();
    }

    private FkGuardException failure(String problem, String fix, Throwable cause) {
        return new FkGuardException(FkGuardException.Code.OUTPUT_WRITE, "the report directory "
                + directory.toAbsolutePath() + " (" + setting() + ") " + problem, fix, cause);
    }

    /** The report directory setting, as the user writes it. */
    private String setting() {
        return spelling.key(FkGuardSettings.REPORT_DIR);
    }

    static String describe(IOException e) {
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + detail;
    }
}
