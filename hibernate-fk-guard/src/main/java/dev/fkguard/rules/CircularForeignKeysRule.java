package dev.fkguard.rules;

import dev.fkguard.model.NameRules;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.Column;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Foreign keys that form a cycle. The graph is the one that exists once drift is fixed: the database's keys on
 * mapped tables plus the keys the mapping wants and the database lacks. A cycle through two or more tables whose
 * every key is NOT NULL and not deferrable admits no first row (ERROR); any other cycle needs two-step inserts and
 * defeats table-by-table loads and deletes (WARNING). A table referencing itself is how hierarchies are built, so a
 * self-reference counts only when it is NOT NULL and not deferrable, and even then a row can reference itself: the
 * first row goes in pointing at its own id (WARNING).
 */
public final class CircularForeignKeysRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("circular-foreign-keys");

    private static final int LISTED = 10;

    private static final Comparator<Edge> EDGE_ORDER = Comparator.comparing(Edge::to)
            .thenComparing(edge -> edge.location().describe().toLowerCase(java.util.Locale.ROOT));

    public CircularForeignKeysRule() {
        super(ID, Severity.ERROR,
                "Foreign keys form a cycle; ERROR when every key in it is NOT NULL and not deferrable.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Edge> edges = edges(context).stream()
                .filter(edge -> !edge.isSelfReference() || edge.hard())
                .toList();
        Map<TableRef, List<Edge>> outgoing = outgoing(edges);
        List<TableRef> nodes = new ArrayList<>(new TreeSet<>(outgoing.keySet()));
        List<Finding> findings = new ArrayList<>();
        for (List<TableRef> component : StronglyConnectedComponents.of(nodes, table -> targets(outgoing, table))) {
            List<Edge> inside = component.size() == 1 ? selfReferences(outgoing, component.get(0))
                    : inside(outgoing, component);
            if (component.size() == 1 && inside.isEmpty()) {
                continue;
            }
            findings.add(finding(context, component, inside));
        }
        return findings;
    }

    /** The edges between the members of a component: only the members' own outgoing edges can lie inside. */
    private static List<Edge> inside(Map<TableRef, List<Edge>> outgoing, List<TableRef> component) {
        Set<TableRef> members = new HashSet<>(component);
        return component.stream()
                .flatMap(table -> outgoing.getOrDefault(table, List.of()).stream())
                .filter(edge -> members.contains(edge.to()))
                .toList();
    }

    /**
     * The edges inside a component of one table, its references to itself: what {@link #inside} finds there, without
     * a set and a stream for each of the thousands of tables on no cycle.
     */
    private static List<Edge> selfReferences(Map<TableRef, List<Edge>> outgoing, TableRef table) {
        List<Edge> self = List.of();
        for (Edge edge : outgoing.getOrDefault(table, List.of())) {
            if (edge.to().equals(table)) {
                if (self.isEmpty()) {
                    self = new ArrayList<>(1);
                }
                self.add(edge);
            }
        }
        return self;
    }

    /** Database keys on mapped tables, and the keys the mapping wants that the database does not have yet. */
    private static List<Edge> edges(RuleContext context) {
        List<Edge> edges = new ArrayList<>();
        context.database().foreignKeys().stream()
                .filter(key -> context.mapping().maps(key.table()))
                .forEach(key -> edges.add(edge(context, key, context.locationOf(key), Optional.empty())));
        for (ExpectedForeignKey expected : context.matches().missing()) {
            edges.add(edge(context, expected.key(), Finding.Location.of(expected.key()), Optional.of(expected)));
        }
        return edges;
    }

    private static Edge edge(RuleContext context, ForeignKey key, Finding.Location location,
                             Optional<ExpectedForeignKey> expected) {
        // With MATCH SIMPLE (every engine's default) one NULL column exempts a row, so one nullable column suffices.
        // A loop, not a stream: once per key of the schema.
        List<String> nullable = new ArrayList<>(key.columns().size());
        for (String name : key.columns()) {
            Optional<Column> column = context.column(key.table(), name);
            if (column.isPresent() ? column.get().nullable()
                    : expected.map(e -> e.intent().nullable()).orElse(true)) {
                nullable.add(name);
            }
        }
        return new Edge(key.table(), key.targetTable(), key, location, nullable, key.deferrable());
    }

    private static Map<TableRef, List<Edge>> outgoing(List<Edge> edges) {
        Map<TableRef, List<Edge>> outgoing = new HashMap<>();
        for (Edge edge : edges) {
            outgoing.computeIfAbsent(edge.from(), t -> new ArrayList<>()).add(edge);
            outgoing.computeIfAbsent(edge.to(), t -> new ArrayList<>());
        }
        outgoing.values().forEach(list -> list.sort(EDGE_ORDER));
        return outgoing;
    }

    private static List<TableRef> targets(Map<TableRef, List<Edge>> outgoing, TableRef table) {
        // A loop, not a stream: asked once for every table of the schema, and a table has few keys to look through.
        List<Edge> edges = outgoing.getOrDefault(table, List.of());
        List<TableRef> targets = new ArrayList<>(edges.size());
        for (Edge edge : edges) {
            if (!targets.contains(edge.to())) {
                targets.add(edge.to());
            }
        }
        return targets;
    }

    private Finding finding(RuleContext context, List<TableRef> component, List<Edge> inside) {
        List<Edge> hardEdges = inside.stream().filter(Edge::hard).toList();
        // Only a cycle through other tables is impossible to start; a row may always reference itself.
        Optional<List<Edge>> hardCycle = firstCycle(hardEdges.stream().filter(edge -> !edge.isSelfReference()).toList());
        if (component.size() == 1) {
            // One table on its own: its cycles are self-references, kept above only when NOT NULL.
            return selfReference(context, inside.get(0));
        }
        List<Edge> cycle = hardCycle.orElseGet(() -> firstCycle(inside.stream()
                .filter(edge -> !edge.isSelfReference()).toList()).orElseThrow());
        Edge first = cycle.get(0);
        Set<TableRef> onCycle = cycle.stream().map(Edge::from).collect(Collectors.toSet());
        List<String> others = component.stream().filter(t -> !onCycle.contains(t)).sorted()
                .map(TableRef::name).toList();
        String path = cycle.stream().map(edge -> edge.location().describe()).collect(Collectors.joining(", "));
        String group = others.isEmpty() ? ""
                : " More tables are caught in the same group of cycles: " + upTo(LISTED, others) + ".";
        if (hardCycle.isPresent()) {
            List<Remedy> remedies = dropNotNull(context, first);
            String statements = context.remedyText().describe(remedies);
            String message = "these foreign keys form a cycle in which every column is NOT NULL and no key is"
                    + " deferrable: " + path + "; no row can ever be inserted, each table needs a row of the other"
                    + " first." + group;
            String fix = "make one key nullable" + (statements.isEmpty() ? "" : " (" + statements + ")")
                    + " and insert in two steps (NULL first, then UPDATE); on PostgreSQL, declaring one key"
                    + " DEFERRABLE INITIALLY DEFERRED and inserting the rows in one transaction also works.";
            return new Finding(ID, Severity.ERROR, first.location(), message, fix, remedies);
        }
        String nullable = upTo(LISTED, inside.stream().filter(edge -> !edge.nullableColumns().isEmpty())
                .map(edge -> edge.location().table().name() + "." + String.join(", ", columnsAsLocation(edge, context.names())))
                .distinct().sorted().toList());
        String deferrable = upTo(LISTED, inside.stream().filter(Edge::deferrable)
                .map(edge -> edge.key().name().orElse(edge.location().describe())).distinct().sorted().toList());
        String breaks = (nullable.isEmpty() ? "" : "nullable: " + nullable)
                + (nullable.isEmpty() || deferrable.isEmpty() ? "" : "; ")
                + (deferrable.isEmpty() ? "" : "deferrable: " + deferrable);
        String message = "these foreign keys form a cycle: " + path + " (" + breaks + "); rows can only be inserted in"
                + " two steps (NULL first, then UPDATE) or in one deferred transaction, and bulk loads, copies and"
                + " deletes have no table order that works." + group;
        String fix = "if the cycle is intended, keep one key nullable or deferrable and insert in two steps (Hibernate"
                + " does so for optional associations); otherwise drop one key or move the relation to a link table.";
        return new Finding(ID, Severity.WARNING, first.location(), message, fix);
    }

    /**
     * A NOT NULL, non-deferrable key from a table to itself ({@code accounts.created_by → accounts.id}): rows can be
     * inserted, the first one referencing itself, but only by a writer that knows the new row's id before the insert.
     */
    private Finding selfReference(RuleContext context, Edge edge) {
        List<Remedy> remedies = dropNotNull(context, edge);
        String statements = context.remedyText().describe(remedies);
        String columns = String.join(", ", edge.location().columns());
        String message = edge.location().describe() + " is NOT NULL and not deferrable: every row must reference an"
                + " existing row of its own table, so the first row goes in referencing itself (" + columns + " set"
                + " to the row's own id in the same INSERT). That needs the id before the insert: an assigned id or a"
                + " sequence works (Hibernate then writes both at once), an IDENTITY / AUTO_INCREMENT id does not.";
        String fix = "if the first row is inserted that way (a seed row referencing itself), nothing to change;"
                + " otherwise make the key nullable" + (statements.isEmpty() ? "" : " (" + statements + ")")
                + " and insert in two steps (NULL first, then UPDATE).";
        return new Finding(ID, Severity.WARNING, edge.location(), message, fix, remedies);
    }

    /**
     * The shortest cycle through the alphabetically first table that lies on a cycle of {@code edges}, starting at
     * that table; empty when the edges hold no cycle.
     */
    private static Optional<List<Edge>> firstCycle(List<Edge> edges) {
        Map<TableRef, List<Edge>> outgoing = outgoing(edges);
        List<TableRef> nodes = new ArrayList<>(new TreeSet<>(outgoing.keySet()));
        Optional<TableRef> start = StronglyConnectedComponents.of(nodes, table -> targets(outgoing, table)).stream()
                .filter(component -> component.size() > 1
                        || outgoing.get(component.get(0)).stream().anyMatch(Edge::isSelfReference))
                .flatMap(List::stream)
                .min(Comparator.naturalOrder());
        return start.map(table -> shortestCycle(outgoing, table));
    }

    private static List<Edge> shortestCycle(Map<TableRef, List<Edge>> outgoing, TableRef start) {
        Map<TableRef, Edge> reachedBy = new HashMap<>();
        Deque<TableRef> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            TableRef table = queue.poll();
            for (Edge edge : outgoing.getOrDefault(table, List.of())) {
                if (edge.to().equals(start)) {
                    List<Edge> cycle = new ArrayList<>(List.of(edge));
                    for (TableRef at = table; !at.equals(start); at = reachedBy.get(at).from()) {
                        cycle.add(reachedBy.get(at));
                    }
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (!reachedBy.containsKey(edge.to())) {
                    reachedBy.put(edge.to(), edge);
                    queue.add(edge.to());
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    /** A schema-sized list would drown the message; the first few show where to look. */
    private static String upTo(int limit, List<String> names) {
        return names.size() <= limit ? String.join(", ", names)
                : String.join(", ", names.subList(0, limit)) + " and " + (names.size() - limit) + " more";
    }

    private static List<Remedy> dropNotNull(RuleContext context, Edge edge) {
        List<Remedy> remedies = new ArrayList<>();
        for (String column : edge.key().columns()) {
            context.column(edge.key().table(), column).ifPresent(actual -> remedies.add(new Remedy.DropNotNull(
                    edge.location().table(), spelledAsLocation(edge.location(), actual.name(), context.names()),
                    actual.type(), actual.attributes())));
        }
        return remedies;
    }

    private static List<String> columnsAsLocation(Edge edge, NameRules names) {
        return edge.nullableColumns().stream().map(c -> spelledAsLocation(edge.location(), c, names)).toList();
    }

    private static String spelledAsLocation(Finding.Location location, String column, NameRules names) {
        return location.columns().stream().filter(c -> names.sameColumn(location.table(), c, column)).findFirst().orElse(column);
    }

    /** One foreign key as an edge from the referencing to the referenced table. */
    private record Edge(TableRef from, TableRef to, ForeignKey key, Finding.Location location,
                        List<String> nullableColumns, boolean deferrable) {

        /** No row can be inserted before the row it references exists. */
        boolean hard() {
            return nullableColumns.isEmpty() && !deferrable;
        }

        boolean isSelfReference() {
            return from.equals(to);
        }
    }
}
