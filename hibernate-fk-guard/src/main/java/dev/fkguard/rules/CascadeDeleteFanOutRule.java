package dev.fkguard.rules;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chains of ON DELETE CASCADE: one delete of a row that reaches many levels or many tables locks and logs every row
 * it reaches in one statement. The cascades are the database's CASCADE keys on mapped tables plus the
 * {@code @OnDelete(CASCADE)} keys the mapping asks for. Each chain is reported once, at its root (the table no other
 * table cascades into): WARNING beyond {@link CascadeFanOutLimits}, INFO for a chain of two or more levels within
 * them, nothing for a single level.
 */
public final class CascadeDeleteFanOutRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("cascade-delete-fan-out");

    private final CascadeFanOutLimits limits;

    public CascadeDeleteFanOutRule() {
        this(CascadeFanOutLimits.defaults());
    }

    public CascadeDeleteFanOutRule(CascadeFanOutLimits limits) {
        super(ID, Severity.INFO,
                "ON DELETE CASCADE chains deeper or wider than the thresholds: one delete locks and logs them all.");
        this.limits = Objects.requireNonNull(limits, "limits");
    }


    @Override
    public List<Finding> check(RuleContext context) {
        Map<TableRef, Set<TableRef>> children = cascadingChildren(context);
        Set<TableRef> cascadedInto = children.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        // Roots first, so a chain is reported at its top; tables on a cascade cycle have no root and come after.
        List<TableRef> candidates = new ArrayList<>();
        children.keySet().stream().filter(t -> !cascadedInto.contains(t)).forEach(candidates::add);
        children.keySet().stream().filter(cascadedInto::contains).forEach(candidates::add);

        Set<TableRef> covered = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (TableRef root : candidates) {
            if (covered.contains(root)) {
                continue;
            }
            Reach reach = Reach.from(root, children);
            Optional<Severity> severity = severity(reach);
            if (severity.isPresent()) {
                covered.addAll(reach.levels().keySet());
                findings.add(finding(context, reach, severity.get()));
            }
        }
        return findings;
    }

    private Optional<Severity> severity(Reach reach) {
        if (reach.depth() > limits.maxDepth() || reach.width() > limits.maxWidth()) {
            return Optional.of(Severity.WARNING);
        }
        return reach.depth() >= 2 ? Optional.of(Severity.INFO) : Optional.empty();
    }

    /** Parent table → the tables whose rows a delete of a parent row deletes, in name order. */
    private static Map<TableRef, Set<TableRef>> cascadingChildren(RuleContext context) {
        Map<TableRef, Set<TableRef>> children = new TreeMap<>();
        List<ForeignKey> keys = new ArrayList<>();
        context.database().foreignKeys().stream()
                .filter(key -> context.mapping().maps(key.table()))
                .filter(key -> key.onDelete() == ReferentialAction.CASCADE)
                .forEach(keys::add);
        context.mapping().foreignKeys().stream()
                .filter(expected -> expected.intent().constraintWanted())
                .filter(expected -> expected.intent().onDelete().filter(a -> a == ReferentialAction.CASCADE).isPresent())
                .map(ExpectedForeignKey::key)
                .forEach(keys::add);
        for (ForeignKey key : keys) {
            // Prefer the mapping's spelling of a table, so H2's upper-case catalog prints like the others.
            TableRef parent = spelled(context, key.targetTable());
            TableRef child = spelled(context, key.table());
            children.computeIfAbsent(parent, t -> new TreeSet<>()).add(child);
        }
        return children;
    }

    private static TableRef spelled(RuleContext context, TableRef table) {
        return context.mapping().tables().stream().filter(table::equals).findFirst().orElse(table);
    }

    private Finding finding(RuleContext context, Reach reach, Severity severity) {
        String root = reach.root().name();
        String chain = reach.chainToDeepest().stream().map(TableRef::name).collect(Collectors.joining(" → "));
        Set<TableRef> onChain = new HashSet<>(reach.chainToDeepest());
        String alsoReached = reach.levels().keySet().stream().filter(t -> !onChain.contains(t))
                .map(TableRef::name).collect(Collectors.joining(", "));
        String extent = "deleting one " + root + " row cascades " + reach.depth() + " level"
                + (reach.depth() == 1 ? "" : "s") + " deep into " + reach.width() + " table"
                + (reach.width() == 1 ? "" : "s") + ": " + chain
                + (alsoReached.isEmpty() ? "" : "; it also deletes from " + alsoReached);
        String message;
        String fix;
        if (severity == Severity.WARNING) {
            List<String> exceeded = new ArrayList<>();
            if (reach.depth() > limits.maxDepth()) {
                exceeded.add("max-depth " + limits.maxDepth());
            }
            if (reach.width() > limits.maxWidth()) {
                exceeded.add("max-width " + limits.maxWidth());
            }
            message = extent + " (beyond " + String.join(" and ", exceeded) + "). One such delete locks and logs"
                    + " every row it reaches in a single statement, and MySQL/MariaDB stop cascading at 15 levels.";
            fix = "delete or archive the deepest children in batches first and replace ON DELETE CASCADE by RESTRICT on"
                    + " the deeper links, or soft-delete the root; if this reach is intended, raise "
                    + FkGuardSettings.CASCADE_MAX_DEPTH + " / .max-width.";
        } else {
            message = extent + " (within max-depth " + limits.maxDepth() + " and max-width " + limits.maxWidth()
                    + "). Listed so the reach of a delete is known before it grows.";
            fix = "nothing to do while this reach is intended; keep deletes of " + root + " rows small.";
        }
        Finding.Location location = new Finding.Location(reach.root(), List.of(), Optional.empty(), List.of());
        return new Finding(ID, severity, location, message, fix);
    }

    /**
     * Every table one delete of a {@code root} row reaches, with the level (cascade steps) at which it is first
     * reached; breadth-first, so each table counts once, at its nearest level.
     */
    private record Reach(TableRef root, Map<TableRef, Integer> levels, Map<TableRef, TableRef> reachedFrom) {

        static Reach from(TableRef root, Map<TableRef, Set<TableRef>> children) {
            Map<TableRef, Integer> levels = new LinkedHashMap<>();
            Map<TableRef, TableRef> reachedFrom = new HashMap<>();
            Deque<TableRef> queue = new ArrayDeque<>(List.of(root));
            Map<TableRef, Integer> level = new HashMap<>(Map.of(root, 0));
            while (!queue.isEmpty()) {
                TableRef table = queue.poll();
                for (TableRef child : children.getOrDefault(table, Set.of())) {
                    if (!level.containsKey(child)) {
                        level.put(child, level.get(table) + 1);
                        levels.put(child, level.get(table) + 1);
                        reachedFrom.put(child, table);
                        queue.add(child);
                    }
                }
            }
            return new Reach(root, levels, reachedFrom);
        }

        int depth() {
            return levels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        int width() {
            return levels.size();
        }

        /** Root to the first table reached at the deepest level. */
        List<TableRef> chainToDeepest() {
            int depth = depth();
            TableRef deepest = levels.entrySet().stream().filter(e -> e.getValue() == depth)
                    .map(Map.Entry::getKey).findFirst().orElse(root);
            List<TableRef> chain = new ArrayList<>();
            for (TableRef at = deepest; !at.equals(root); at = reachedFrom.get(at)) {
                chain.add(0, at);
            }
            chain.add(0, root);
            return chain;
        }
    }
}
