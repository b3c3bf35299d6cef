package dev.fkguard.policy;

import dev.fkguard.rule.MetaRules;
import dev.fkguard.FkGuardException;
import dev.fkguard.SettingSpelling;
import dev.fkguard.model.NameRules;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rules.BuiltInRules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Findings accepted when the guard was adopted on an existing schema, one {@link Fingerprint} per line. Findings in
 * the baseline are reported as baselined and never fail startup; new drift still does. The file is plain text in a
 * fixed order, so it diffs well and can be reviewed like code.
 *
 * <p>A line names no schema and accepts its finding in every schema, which with schema-per-tenant is every tenant;
 * a line ending in {@code |schema} accepts it in that schema only. The guard writes lines without a schema.
 */
public final class Baseline {

    private static final String HEADER = """
            # hibernate-fk-guard baseline: findings accepted for now; they are reported but do not fail startup.
            # One finding per line: rule|table|columns|target table|target columns (lower case, columns sorted),
            # optionally |schema to accept the finding in that schema (tenant) only. A name in "double quotes" keeps
            # its case: a quoted "Code" beside code on PostgreSQL or H2.
            # Delete a line once it no longer matches (stale-baseline-entry); rewrite the file with hibernate.fkguard.baseline.write=true.
            """;

    /** The form of an entry, for messages about lines that are not one. */
    public static final String FORMAT = "rule|table|columns|target table|target columns[|schema]";
    private static final String EXAMPLE = "delete-rule-mismatch|order_items|order_id|orders|id";
    private static final int FIELDS = 5;
    /** The optional sixth field: the schema the line accepts its finding in, where it accepts it nowhere else. */
    private static final int FIELDS_WITH_SCHEMA = 6;
    private static final String BASELINE_WRITE = "hibernate.fkguard.baseline.write";

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

    /** Reads {@code file}, accepting entries of the built-in rules and the meta rules. */
    public static Baseline read(Path file) {
        List<RuleId> known = new ArrayList<>(BuiltInRules.all().stream().map(Rule::id).toList());
        MetaRules.all().forEach(meta -> known.add(meta.id()));
        return read(file, known);
    }

    /**
     * Reads {@code file}; every line that is not blank or a {@code #} comment must be an entry
     * ({@value #FORMAT}) of one of the {@code known} rules.
     *
     * @throws FkGuardException {@link FkGuardException.Code#INVALID_BASELINE} when the file is missing, unreadable,
     *                          not UTF-8 text, or has lines that are not entries, each named with its line number
     */
    public static Baseline read(Path file, Collection<RuleId> known) {
        String text = decode(file, bytes(file));
        Set<String> ruleIds = new TreeSet<>();
        known.forEach(id -> ruleIds.add(id.value()));
        SortedSet<String> fingerprints = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String entry = lines.get(i).strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String lower = Fingerprint.normalized(entry);
            String[] parts = lower.split(Pattern.quote(Fingerprint.SEPARATOR), -1);
            String shown = entry.length() > 80 ? entry.substring(0, 77) + "..." : entry;
            if (parts.length != FIELDS && parts.length != FIELDS_WITH_SCHEMA || parts[0].isBlank()
                    || parts[1].isBlank() || parts.length == FIELDS_WITH_SCHEMA && parts[FIELDS].isBlank()) {
                problems.add("line " + (i + 1) + ": '" + shown + "' is not an entry; expected " + FORMAT + ", e.g. "
                        + EXAMPLE);
            } else if (!ruleIds.contains(parts[0].strip())) {
                problems.add("line " + (i + 1) + ": unknown rule '" + parts[0].strip() + "' in '" + shown + "'");
            } else {
                fingerprints.add(lower);
            }
        }
        if (!problems.isEmpty()) {
            throw new FkGuardException(FkGuardException.Code.INVALID_BASELINE, "the baseline file "
                    + file.toAbsolutePath() + " has " + problems.size() + " invalid line"
                    + (problems.size() == 1 ? "" : "s") + ":\n  - " + String.join("\n  - ", problems),
                    "correct or delete those lines (valid rule ids: " + String.join(", ", ruleIds) + "), or rewrite"
                            + " the file from the current findings with " + BASELINE_WRITE + "=true.");
        }
        return new Baseline(file, fingerprints);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FkGuardException(FkGuardException.Code.INVALID_BASELINE, "the baseline file "
                    + file.toAbsolutePath() + " does not exist.", "create it from the current findings by "
                    + SettingSpelling.STARTUP.runOnce() + " with " + BASELINE_WRITE + "=true, or remove"
                    + " hibernate.fkguard.baseline.", e);
        } catch (IOException e) {
            throw new FkGuardException(FkGuardException.Code.INVALID_BASELINE, "cannot read the baseline file "
                    + file.toAbsolutePath() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "make hibernate.fkguard.baseline name a readable file, or remove the setting.", e);
        }
    }

    /** Strict UTF-8: a binary or otherwise encoded file is named as such, with where it stops being text. */
    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        int offset = in.position();
        int nul = indexOf(bytes, (byte) 0);
        if (result.isError() || nul >= 0) {
            int at = result.isError() ? (nul >= 0 ? Math.min(nul, offset) : offset) : nul;
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new FkGuardException(FkGuardException.Code.INVALID_BASELINE, "the baseline file "
                    + file.toAbsolutePath() + " is not a text file in UTF-8" + (nul >= 0 ? " (it looks binary)" : "")
                    + ": the byte at offset " + at + " (line " + line + ") is not text.",
                    "point hibernate.fkguard.baseline at the baseline the guard wrote (" + FORMAT + " per line), or"
                            + " rewrite it with " + BASELINE_WRITE + "=true.");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes every finding of {@code report} that still counts (its findings and those already baselined, not the
     * suppressed ones) as the new baseline, sorted and without duplicates.
     */
    public static void write(Report report, Path file) {
        List<Finding> accepted = new ArrayList<>(report.findings());
        accepted.addAll(report.baselined());
        write(accepted, report.database().names(), file);
    }

    /** Writes {@code findings} of a model built by hand as the baseline, every name in lower case. */
    public static void write(Collection<Finding> findings, Path file) {
        write(findings, NameRules.LOOSE, file);
    }

    /**
     * Writes {@code findings} as the baseline, a name whose case the engine keeps ({@code names}) quoted; the file
     * and missing parent directories are created.
     */
    public static void write(Collection<Finding> findings, NameRules names, Path file) {
        SortedSet<String> fingerprints = new TreeSet<>();
        findings.forEach(finding -> fingerprints.add(Fingerprint.of(finding, names)));
        StringBuilder text = new StringBuilder(HEADER);
        fingerprints.forEach(fingerprint -> text.append(fingerprint).append('\n'));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FkGuardException(FkGuardException.Code.OUTPUT_WRITE, "cannot write the baseline file "
                    + file.toAbsolutePath() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    "make hibernate.fkguard.baseline name a file that can be written there.", e);
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
        return apply(findings, NameRules.LOOSE, ran);
    }

    /**
     * As {@link #apply(List, Set)}, the findings' lines written under the engine's {@code names}. A line in the form
     * written before names kept their case (all lower case) still matches.
     */
    public Outcome apply(List<Finding> findings, NameRules names, Set<RuleId> ran) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        Set<String> matched = new TreeSet<>();
        for (Finding finding : findings) {
            Optional<String> entry = entry(finding, names);
            entry.ifPresent(matched::add);
            (entry.isPresent() ? baselined : kept).add(finding);
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

    /**
     * The line that accepts {@code finding}: in its schema before in every one, in the current form before the old,
     * and under the id its rule had before a split ({@link FormerRuleIds}) when only that line is in the file.
     */
    private Optional<String> entry(Finding finding, NameRules names) {
        // The current form, then the one written before names (schema included) kept their case.
        List<LineForm> forms = List.of(
                new LineForm(Fingerprint.of(finding, names), Fingerprint.schema(finding, names)),
                new LineForm(Fingerprint.legacy(finding), Fingerprint.schema(finding)));
        for (LineForm form : forms) {
            String fingerprint = accepting(form.fingerprint(), finding.rule());
            Optional<String> inSchema = form.schema().map(s -> fingerprint + Fingerprint.SEPARATOR + s)
                    .filter(fingerprints::contains);
            if (inSchema.isPresent()) {
                return inSchema;
            }
            if (fingerprints.contains(fingerprint)) {
                return Optional.of(fingerprint);
            }
        }
        return Optional.empty();
    }

    /** One way a line may name a finding: its fingerprint and the schema written after it. */
    private record LineForm(String fingerprint, Optional<String> schema) {
    }

    /** The finding's line, or its line under the rule's former id when only that one is in the file. */
    private String accepting(String fingerprint, RuleId rule) {
        return FormerRuleIds.of(rule)
                .map(former -> former.value() + fingerprint.substring(rule.value().length()))
                .filter(old -> !fingerprints.contains(fingerprint) && fingerprints.contains(old))
                .orElse(fingerprint);
    }

    private Finding staleFinding(String entry) {
        return new Finding(MetaRules.STALE_BASELINE_ENTRY.id(), MetaRules.STALE_BASELINE_ENTRY.defaultSeverity(),
                Fingerprint.location(entry),
                "the baseline entry '" + entry + "' no longer matches a finding: the drift it accepted is gone or has"
                        + " changed (fixed, the table renamed or dropped, or a different drift in its place).",
                "delete that line from " + file + ", so the drift cannot come back unnoticed; where the place still"
                        + " drifts, accept what it reports now instead (or rewrite the file with"
                        + " hibernate.fkguard.baseline.write=true).");
    }
}
