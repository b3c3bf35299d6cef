package dev.fkguard.policy;

import dev.fkguard.rule.MetaRules;
import dev.fkguard.FkGuardException;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.Suppression;
import dev.fkguard.report.SuppressedFinding;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Applies the {@code @FkGuardSuppress} annotations read from the mapping: a finding is suppressed when its rule is
 * listed, it is on the suppression's table and, for an attribute, on exactly its columns (any order; compared as the
 * engine compares column names, so a quoted {@code "Code"} is not its unquoted twin {@code code}).
 * A suppression that silences nothing although one of its rules ran is reported as {@code unused-suppression}, so
 * suppressions do not outlive the drift they accepted.
 */
public final class SuppressionFilter {

    private final List<Suppression> suppressions;
    private final NameRules names;

    /**
     * @param known every rule id that exists (rules and meta rules); a suppression naming another id is an error,
     *              since a typo would otherwise silence nothing without anyone noticing
     * @param names the engine's rules for names, by which a suppression's columns are compared with a finding's
     */
    public SuppressionFilter(List<Suppression> suppressions, Collection<RuleId> known, NameRules names) {
        this.suppressions = List.copyOf(suppressions);
        this.names = names;
        requireKnownRules(this.suppressions, known);
    }

    /** What the suppressions did to one list of findings. */
    public record Outcome(List<Finding> kept, List<SuppressedFinding> suppressed, List<Finding> unused) {

        public Outcome {
            kept = List.copyOf(kept);
            suppressed = List.copyOf(suppressed);
            unused = List.copyOf(unused);
        }
    }

    /**
     * @param ran the rules that ran: a suppression for rules that were all switched off is not "unused"
     */
    public Outcome apply(List<Finding> findings, Set<RuleId> ran) {
        List<Finding> kept = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        Set<Suppression> used = new HashSet<>();
        for (Finding finding : findings) {
            Optional<Suppression> match = suppressions.stream().filter(s -> matches(names, s, finding)).findFirst();
            match.ifPresentOrElse(s -> {
                used.add(s);
                suppressed.add(new SuppressedFinding(finding, s));
            }, () -> kept.add(finding));
        }
        return new Outcome(kept, suppressed, unused(used, ran));
    }

    static boolean matches(NameRules names, Suppression suppression, Finding finding) {
        return names(suppression, finding.rule())
                && suppression.table().equals(finding.location().table())
                && (suppression.columns().isEmpty()
                    || columnKeys(names, suppression, suppression.columns())
                        .equals(columnKeys(names, suppression, finding.location().columns())));
    }

    /** The suppression lists the rule, or the id its findings had before a split ({@link FormerRuleIds}). */
    private static boolean names(Suppression suppression, RuleId rule) {
        return suppression.rules().contains(rule.value())
                || FormerRuleIds.of(rule).filter(former -> suppression.rules().contains(former.value())).isPresent();
    }

    /**
     * One annotation may stand for several suppressions (an entity's tables, an attribute's keys): it is unused only
     * when none of them matched.
     */
    private List<Finding> unused(Set<Suppression> used, Set<RuleId> ran) {
        Map<String, List<Suppression>> byAnnotation = new LinkedHashMap<>();
        for (Suppression suppression : suppressions) {
            byAnnotation.computeIfAbsent(suppression.source() + "|" + suppression.rules() + "|" + suppression.reason(),
                    key -> new ArrayList<>()).add(suppression);
        }
        List<Finding> unused = new ArrayList<>();
        for (List<Suppression> group : byAnnotation.values()) {
            Suppression first = group.get(0);
            boolean anyRan = first.rules().stream().anyMatch(rule -> ran.contains(RuleId.of(rule)));
            if (anyRan && group.stream().noneMatch(used::contains)) {
                unused.add(unusedFinding(first, group.size() == 1 ? first.columns() : List.of()));
            }
        }
        return unused;
    }

    private static Finding unusedFinding(Suppression suppression, List<String> columns) {
        return new Finding(MetaRules.UNUSED_SUPPRESSION.id(), MetaRules.UNUSED_SUPPRESSION.defaultSeverity(),
                new Finding.Location(suppression.table(), columns, Optional.empty(), List.of()),
                "@FkGuardSuppress(rules = " + String.join(", ", suppression.rules()) + ") on " + suppression.source()
                        + " suppresses nothing (reason given: \"" + suppression.reason() + "\"); the drift it"
                        + " accepted is gone, or it names another rule or place than the finding.",
                "remove the annotation from " + suppression.source() + ", or move it to where the finding is"
                        + " reported; to hide these notes set hibernate.fkguard.rules."
                        + MetaRules.UNUSED_SUPPRESSION.id() + "=off.");
    }

    private static void requireKnownRules(List<Suppression> suppressions, Collection<RuleId> known) {
        Set<String> valid = known.stream().map(RuleId::value).collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        for (Suppression suppression : suppressions) {
            if (suppression.rules().isEmpty()) {
                problems.add("@FkGuardSuppress on " + suppression.source() + " names no rule");
            }
            for (String rule : suppression.rules()) {
                if (!valid.contains(rule)) {
                    problems.add("@FkGuardSuppress on " + suppression.source() + ": unknown rule '" + rule + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FkGuardException(FkGuardException.Code.INVALID_SUPPRESSION, "invalid suppressions:\n  - "
                    + problems.stream().distinct().collect(Collectors.joining("\n  - ")),
                    "name rules that exist; valid rule ids: " + String.join(", ", valid));
        }
    }

    private static Set<String> columnKeys(NameRules names, Suppression suppression, List<String> columns) {
        return columns.stream().map(c -> names.columnKey(suppression.table(), c)).collect(Collectors.toSet());
    }
}
