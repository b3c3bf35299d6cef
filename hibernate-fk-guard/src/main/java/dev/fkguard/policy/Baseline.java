package dev.fkguard.policy;

import dev.fkguard.FkGuardException;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Findings accepted when the guard was adopted on an existing schema, one {@link Fingerprint} per line. Findings in
 * the baseline are reported as baselined and never fail startup; new drift still does. The file is plain text in a
 * fixed order, so it diffs well and can be reviewed like code.
 */
public final class Baseline {

    private static final String HEADER = """
            # hibernate-fk-guard baseline: findings accepted for now; they are reported but do not fail startup.
            # One finding per line: rule|table|columns|target table|target columns (lower case, columns sorted).
            # Delete a line once the drift is fixed; rewrite the file with hibernate.fkguard.baseline.write=true.
            """;

    private final Path file;
    private final SortedSet<String> fingerprints;

    private Baseline(Path file, SortedSet<String> fingerprints) {
        this.file = file;
        this.fingerprints = fingerprints;
    }

    /** What the baseline did to one list of findings. */
    public record Outcome(List<Finding> kept, List<Finding> baselined, List<Finding> stale) {

        public Outcome {
            kept = List.copyOf(kept);
            baselined = List.copyOf(baselined);
            stale = List.copyOf(stale);
        }
    }

    public static Baseline read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FkGuardException("hibernate-fk-guard: the baseline file " + file.toAbsolutePath()
                    + " does not exist.\nFix: create it from the current findings by starting once with"
                    + " hibernate.fkguard.baseline.write=true (or call Baseline.write(report, path)), or remove"
                    + " hibernate.fkguard.baseline.", e);
        } catch (IOException e) {
            throw new FkGuardException("hibernate-fk-guard: cannot read the baseline file " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
        SortedSet<String> fingerprints = new TreeSet<>();
        for (String line : lines) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                fingerprints.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        return new Baseline(file, fingerprints);
    }

    /**
     * Writes every finding of {@code report} that still counts (its findings and those already baselined, not the
     * suppressed ones) as the new baseline, sorted and without duplicates.
     */
    public static void write(Report report, Path file) {
        List<Finding> accepted = new ArrayList<>(report.findings());
        accepted.addAll(report.baselined());
        write(accepted, file);
    }

    /** Writes {@code findings} as the baseline; the file and missing parent directories are created. */
    public static void write(Collection<Finding> findings, Path file) {
        SortedSet<String> fingerprints = new TreeSet<>();
        findings.forEach(finding -> fingerprints.add(Fingerprint.of(finding)));
        StringBuilder text = new StringBuilder(HEADER);
        fingerprints.forEach(fingerprint -> text.append(fingerprint).append('\n'));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FkGuardException("hibernate-fk-guard: cannot write the baseline file " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public SortedSet<String> fingerprints() {
        return Collections.unmodifiableSortedSet(fingerprints);
    }

    /**
     * Splits findings into new and baselined ones. Entries for rules that ran but matched nothing are returned as
     * {@code stale-baseline-entry} findings; entries for rules that did not run say nothing either way.
     */
    public Outcome apply(List<Finding> findings, Set<RuleId> ran) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        Set<String> matched = new TreeSet<>();
        for (Finding finding : findings) {
            String fingerprint = Fingerprint.of(finding);
            if (fingerprints.contains(fingerprint)) {
                matched.add(fingerprint);
                baselined.add(finding);
            } else {
                kept.add(finding);
            }
        }
        List<Finding> stale = new ArrayList<>();
        for (String entry : fingerprints) {
            boolean ruleRan = ran.stream().anyMatch(rule -> rule.value().equals(Fingerprint.rule(entry)));
            if (!matched.contains(entry) && ruleRan) {
                stale.add(staleFinding(entry));
            }
        }
        return new Outcome(kept, baselined, stale);
    }

    private Finding staleFinding(String entry) {
        return new Finding(MetaRules.STALE_BASELINE_ENTRY.id(), MetaRules.STALE_BASELINE_ENTRY.defaultSeverity(),
                Fingerprint.location(entry),
                "the baseline entry '" + entry + "' matches no finding any more: the drift it accepted is fixed.",
                "delete that line from " + file + ", so the drift cannot come back unnoticed (or rewrite the file"
                        + " with hibernate.fkguard.baseline.write=true).");
    }
}
