package dev.fkguard.policy;

import dev.fkguard.rule.MetaRules;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.Suppression;
import dev.fkguard.report.Report;
import dev.fkguard.report.SuppressedFinding;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rules' raw findings into the report, in this order: suppressions in the code first (they are the most
 * specific and carry a reason), then severity overrides, then the baseline. Only what is left after all three can
 * fail startup.
 */
public final class ReportAssembler {

    private final SeverityPolicy severities;
    private final Optional<BaselineSetting> baseline;
    private final Set<RuleId> known;

    /**
     * @param known every rule that exists, to validate suppressions against; the meta rules are added here
     */
    public ReportAssembler(SeverityPolicy severities, Optional<BaselineSetting> baseline, Collection<RuleId> known) {
        this.severities = Objects.requireNonNull(severities, "severities");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.known = new HashSet<>(known);
        MetaRules.all().forEach(meta -> this.known.add(meta.id()));
    }

    /**
     * @param findings what the rules that ran found
     * @param ran      the rules that ran (not switched off)
     */
    public Report assemble(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings,
                           List<Suppression> suppressions, Set<RuleId> ran) {
        Set<RuleId> active = new HashSet<>(ran);
        MetaRules.all().stream().map(MetaRules.MetaRule::id).filter(id -> !severities.isOff(id)).forEach(active::add);

        SuppressionFilter.Outcome filtered = new SuppressionFilter(suppressions, known, database.names())
                .apply(findings, active);
        List<Finding> open = new ArrayList<>(filtered.kept());
        open.addAll(filtered.unused());
        open = severities.apply(open);
        List<SuppressedFinding> suppressed = filtered.suppressed().stream()
                .map(s -> new SuppressedFinding(severities.apply(List.of(s.finding())).stream().findFirst()
                        .orElse(s.finding()), s.suppression()))
                .toList();

        if (baseline.isEmpty()) {
            return new Report(database, foreignKeysChecked, open, suppressed, List.of());
        }
        BaselineSetting setting = baseline.get();
        if (setting.write()) {
            // Adopting the guard: everything open now is accepted, so nothing fails this start.
            Baseline.write(open, database.names(), setting.file());
            return new Report(database, foreignKeysChecked, List.of(), suppressed, open);
        }
        Baseline.Outcome outcome = Baseline.read(setting.file(), known).apply(open, database.names(), active);
        List<Finding> remaining = new ArrayList<>(outcome.kept());
        remaining.addAll(severities.apply(outcome.stale()));
        return new Report(database, foreignKeysChecked, remaining, suppressed, outcome.baselined());
    }

    /**
     * The findings of a report assembled without a baseline (suppressions and severities applied) through the
     * baseline, once. Schema-per-tenant applies it to every tenant's findings together: a line that accepts a finding
     * in one tenant is not stale because another tenant has no such finding.
     */
    public Report withBaseline(Report report, Set<RuleId> active) {
        if (baseline.isEmpty() || baseline.get().write()) {
            return report;
        }
        Baseline.Outcome outcome = Baseline.read(baseline.get().file(), known)
                .apply(report.findings(), report.database().names(), active);
        List<Finding> remaining = new ArrayList<>(outcome.kept());
        remaining.addAll(severities.apply(outcome.stale()));
        List<Finding> baselined = new ArrayList<>(report.baselined());
        baselined.addAll(outcome.baselined());
        return new Report(report.database(), report.foreignKeysChecked(), remaining, report.suppressed(), baselined,
                report.graph(), report.schema());
    }
}
