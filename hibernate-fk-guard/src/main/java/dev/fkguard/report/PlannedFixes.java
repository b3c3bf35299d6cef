package dev.fkguard.report;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.ddl.RemedyFate;
import dev.fkguard.ddl.RemedyText;
import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.rule.MetaRules;
import dev.fkguard.rule.Finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Each finding's fix as the one migration plan of its report carries it out. A check plans its report once
 * ({@link #of(Report)}) and hands this to every renderer, the startup message and the migration writers, so a report
 * shows for every remedy the statements the migration really runs, the change that covers it, or why it is left out,
 * and never a statement the migration lacks.
 */
public final class PlannedFixes {

    private final Report report;
    private final MigrationPlan plan;
    private final RemedyText words;
    private final SettingSpelling spelling;

    private PlannedFixes(Report report, MigrationPlan plan, SettingSpelling spelling) {
        this.report = report;
        this.plan = plan;
        this.words = new RemedyText(report.database().names(), report.database().kind());
        this.spelling = spelling;
    }

    /** Plans {@code report}: the check does this once and hands the result to every report and migration writer. */
    public static PlannedFixes of(Report report) {
        return of(report, SettingSpelling.STARTUP);
    }

    /**
     * As {@link #of(Report)}, the settings each finding's lines name (the migration scope, the baseline) written as
     * {@code spelling} writes them: the Maven plugin's and the command line's reports name what their users type.
     */
    public static PlannedFixes of(Report report, SettingSpelling spelling) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(spelling, "spelling");
        return new PlannedFixes(report, MigrationPlan.of(report.findings(), report.migrationScope(), report.database(),
                report.schema()), spelling);
    }

    /** The one migration plan of the report: what the migration writers write and the startup message shows. */
    public MigrationPlan plan() {
        return plan;
    }

    /** What the migration does about one of a finding's remedies. */
    public enum Outcome {
        /** The migration runs statements for it. */
        RUNS,
        /** Another change of the migration makes it unnecessary. */
        COVERED,
        /** The migration leaves it out until a prerequisite is met. */
        LEFT_OUT;

        /** {@code runs}, {@code covered}, {@code left-out}: the JSON report's spelling. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One remedy of a finding and what the migration does about it.
     *
     * @param statements   the SQL the migration runs for it, in run order; empty unless it runs
     * @param coveredBy    the change that makes it unnecessary, in words; empty unless covered
     * @param prerequisite why it is left out, as the migration writers say it: the reason's label ("not possible as
     *                     it stands", "keep the database as it is", "not needed", "out of scope"), then what must be
     *                     done first or why the change is not wanted; empty unless left out
     */
    public record PlannedRemedy(Remedy remedy, Outcome outcome, List<String> statements, Optional<String> coveredBy,
                                Optional<String> prerequisite) {
        public PlannedRemedy {
            Objects.requireNonNull(remedy, "remedy");
            Objects.requireNonNull(outcome, "outcome");
            statements = List.copyOf(statements);
            Objects.requireNonNull(coveredBy, "coveredBy");
            Objects.requireNonNull(prerequisite, "prerequisite");
        }
    }

    /**
     * The rule's words of {@code finding}'s fix, every setting they name spelled as where the check runs: rules name
     * settings by their startup key ({@code hibernate.fkguard.schemas}), the build's reports say
     * {@code -Dfkguard.schemas}, the command line's {@code --schemas}. Every report prints the fix through this.
     */
    public String fix(Finding finding) {
        return spelling.respell(finding.fix());
    }

    /** A setting as the user writes it where the check runs, e.g. {@code hibernate.fkguard.baseline}, {@code --baseline}. */
    public String setting(String key) {
        return spelling.key(key);
    }

    /** The remedies of {@code finding}, each with what the migration does about it, in the finding's order. */
    public List<PlannedRemedy> of(Finding finding) {
        return finding.remedies().stream().map(this::planned).toList();
    }

    /** Every statement the migration runs for {@code finding}, in run order, each once. */
    public List<String> statements(Finding finding) {
        return of(finding).stream().flatMap(r -> r.statements().stream()).distinct().toList();
    }

    /** Whether the migration fixes {@code finding}: some change of it runs or is covered by another. */
    public boolean fixes(Finding finding) {
        return of(finding).stream().anyMatch(r -> r.outcome() != Outcome.LEFT_OUT);
    }

    /**
     * How to accept a finding the migration does not fix, or empty when it fixes it: the mapping change its fix names,
     * a {@code @FkGuardSuppress} on the attribute (or entity) it comes from, or the baseline file. The guard's own
     * findings about suppressions and the baseline are settled in those files, as their fix says.
     */
    public Optional<String> acceptance(Finding finding) {
        if (fixes(finding) || MetaRules.all().stream().anyMatch(meta -> meta.id().equals(finding.rule()))) {
            return Optional.empty();
        }
        String where = report.graph().sourceOf(finding.location())
                .map(source -> "on " + simpleName(source.entity()) + source.attribute().map(a -> "." + a).orElse(""))
                .orElse("on the entity mapped to " + ReportText.tableName(finding.location().table()));
        return Optional.of("do what the fix says, or accept it with @FkGuardSuppress(rules = \""
                + finding.rule().value() + "\", reason = \"…\") " + where + " or an entry in the baseline file"
                + " (" + setting(FkGuardSettings.BASELINE) + ").");
    }

    private PlannedRemedy planned(Remedy remedy) {
        RemedyFate fate = plan.fate(remedy, setting(FkGuardSettings.MIGRATION_SCOPE));
        if (fate instanceof RemedyFate.LeftOut left) {
            // Led by the reason's label, as the migration writers print it under the left-out statement.
            return new PlannedRemedy(remedy, Outcome.LEFT_OUT, List.of(), Optional.empty(),
                    Optional.of(left.leftOut().why()));
        }
        if (fate instanceof RemedyFate.Covered covered) {
            return new PlannedRemedy(remedy, Outcome.COVERED, List.of(), Optional.of(words.describe(covered.by())),
                    Optional.empty());
        }
        List<Statement> statements = plan.statementsOf(fate);
        List<String> sql = statements.stream().filter(s -> !s.isLeftOut()).map(Statement::sql).toList();
        if (sql.isEmpty()) {
            // The step is only a note: the engine cannot be given the change safely (a generated column).
            return new PlannedRemedy(remedy, Outcome.LEFT_OUT, List.of(), Optional.empty(), Optional.of(
                    String.join(" ", statements.stream().flatMap(s -> s.comments().stream()).toList())));
        }
        return new PlannedRemedy(remedy, Outcome.RUNS, sql, Optional.empty(), Optional.empty());
    }

    /** {@code com.shop.Order} → {@code Order}; a nested class keeps its outer class: {@code Shop$Order} → {@code Order}. */
    private static String simpleName(String entity) {
        String name = entity.substring(entity.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
