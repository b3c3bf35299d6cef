package dev.fkguard.report;

import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The foreign-key graph both sides describe: every relation the mapping implies and every key the database has on a
 * mapped table, each edge saying which side has it. Reports use it to draw the graph and to point a finding at the
 * entity it comes from.
 *
 * @param names the engine's rules for names, by which an edge's columns are compared with a finding's
 */
public record ForeignKeyGraph(List<TableNode> tables, List<Edge> edges, NameRules names) {

    /** Relations whose foreign key lies in the table of the entity that declares them. */
    private static final Set<AssociationKind> OWNING_KINDS =
            EnumSet.of(AssociationKind.MANY_TO_ONE, AssociationKind.ONE_TO_ONE, AssociationKind.INHERITANCE);

    private static final Comparator<Edge> EDGE_ORDER = Comparator
            .comparing(Edge::table)
            .thenComparing(e -> String.join(",", e.columns()).toLowerCase(Locale.ROOT))
            .thenComparing(Edge::target)
            .thenComparing(e -> !e.mapped())
            .thenComparing(e -> String.join(",", e.columns()));

    public ForeignKeyGraph {
        Objects.requireNonNull(names, "names");
        // A deferred graph's lists come sorted from the graph they defer to; sorting here would build it at once.
        if (!(tables instanceof Deferred<?>)) {
            tables = tables.stream().sorted(Comparator.comparing(TableNode::table)).toList();
        }
        if (!(edges instanceof Deferred<?>)) {
            edges = edges.stream().sorted(EDGE_ORDER).toList();
        }
    }

    /** A graph of a model built by hand, whose columns compare without case. */
    public ForeignKeyGraph(List<TableNode> tables, List<Edge> edges) {
        this(tables, edges, NameRules.LOOSE);
    }

    public static ForeignKeyGraph empty() {
        return new ForeignKeyGraph(List.of(), List.of());
    }

    /**
     * The graph {@code build} gives, built when its tables or edges are first read, once, on whichever thread reads
     * them. Only report files read the graph, and most checks write none: a clean startup check never pays for it.
     */
    public static ForeignKeyGraph deferred(NameRules names, Supplier<ForeignKeyGraph> build) {
        Objects.requireNonNull(build, "build");
        Supplier<ForeignKeyGraph> once = new Supplier<>() {
            private ForeignKeyGraph graph;

            @Override
            public synchronized ForeignKeyGraph get() {
                if (graph == null) {
                    graph = Objects.requireNonNull(build.get(), "graph");
                }
                return graph;
            }
        };
        return new ForeignKeyGraph(new Deferred<>(() -> once.get().tables()), new Deferred<>(() -> once.get().edges()),
                names);
    }

    /** An unmodifiable list read through from a list made on first use. */
    private static final class Deferred<T> extends AbstractList<T> implements RandomAccess {

        private final Supplier<List<T>> list;

        Deferred(Supplier<List<T>> list) {
            this.list = list;
        }

        @Override
        public T get(int index) {
            return list.get().get(index);
        }

        @Override
        public int size() {
            return list.get().size();
        }
    }

    /**
     * A table of the graph.
     *
     * @param source the entity mapped to it (its file looked up when asked); empty for a table only the database has
     */
    public record TableNode(TableRef table, Optional<EntitySource> source) {

        public TableNode {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(source, "source");
        }

        /** The entity mapped to the table. */
        public Optional<String> entity() {
            return source.map(EntitySource::entity);
        }
    }

    /**
     * One foreign key, mapped, present in the database, or both.
     *
     * @param source           the mapped relation; empty for a key only the database has
     * @param constraintWanted false when the mapping deliberately asks for no constraint
     * @param inDatabase       the database has a constraint on these columns to this target
     */
    public record Edge(TableRef table, List<String> columns, TableRef target, List<String> targetColumns,
                       Optional<EntitySource> source, boolean constraintWanted, boolean inDatabase) {

        public Edge {
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
            Objects.requireNonNull(target, "target");
            targetColumns = List.copyOf(targetColumns);
            Objects.requireNonNull(source, "source");
        }

        public boolean mapped() {
            return source.isPresent();
        }

        /** Whether {@code location} names this key: same table, columns ({@code names} compares them) and target. */
        public boolean isAt(Finding.Location location, NameRules names) {
            return table.equals(location.table()) && names.sameColumns(table, columns, location.columns())
                    && location.target().filter(target::equals).isPresent();
        }
    }

    /** The graph of a mapping and the database it was checked against, files derived from entity names. */
    public static ForeignKeyGraph of(MappingModel mapping, SchemaModel database) {
        return of(mapping, database, SourceLocator.byName());
    }

    /** The graph of a mapping and the database it was checked against, files found by {@code sources}. */
    public static ForeignKeyGraph of(MappingModel mapping, SchemaModel database, SourceLocator sources) {
        Map<TableRef, TableNode> nodes = new TreeMap<>();
        mapping.entities().stream()
                .sorted(Comparator.comparing(EntityMapping::entity))
                .forEach(e -> nodes.computeIfAbsent(e.table(), table -> new TableNode(table,
                        Optional.of(EntitySource.locatedBy(sources, e.entity(), Optional.empty())))));
        // Without entity records, a to-one relation or a JOINED subclass still tells which entity owns its table.
        mapping.foreignKeys().stream()
                .filter(e -> OWNING_KINDS.contains(e.intent().kind()))
                .sorted(Comparator.comparing(e -> e.intent().entity()))
                .forEach(e -> nodes.computeIfAbsent(e.key().table(), table -> new TableNode(table,
                        Optional.of(EntitySource.locatedBy(sources, e.intent().entity(), Optional.empty())))));
        mapping.tables().forEach(t -> nodes.computeIfAbsent(t, table -> new TableNode(table, Optional.empty())));

        NameRules names = database.database().names();
        Map<String, Edge> edges = new LinkedHashMap<>();
        Set<String> databaseKeys = new HashSet<>();
        database.foreignKeys().forEach(actual -> databaseKeys.add(identity(names, actual)));
        for (ExpectedForeignKey expected : mapping.foreignKeys()) {
            ForeignKey key = expected.key();
            String identity = identity(names, key);
            if (!edges.containsKey(identity)) {
                EntitySource source = EntitySource.locatedBy(sources, expected.intent().entity(),
                        expected.intent().attribute());
                edges.put(identity, new Edge(key.table(), key.columns(), key.targetTable(), key.targetColumns(),
                        Optional.of(source), expected.intent().constraintWanted(), databaseKeys.contains(identity)));
            }
        }
        for (ExpectedForeignKey duplicate : mapping.readOnlyDuplicates()) {
            // A read-only duplicate asks for no key; where the database has one towards its table, it explains it.
            String identity = identity(names, duplicate.key());
            if (databaseKeys.contains(identity) && !edges.containsKey(identity)) {
                ForeignKey key = duplicate.key();
                edges.put(identity, new Edge(key.table(), key.columns(), key.targetTable(), key.targetColumns(),
                        Optional.of(EntitySource.locatedBy(sources, duplicate.intent().entity(),
                                duplicate.intent().attribute())), false, true));
            }
        }
        for (ForeignKey actual : database.foreignKeys()) {
            // Keys among tables the application does not map are none of its business (and would crowd the graph).
            if (mapping.maps(actual.table())) {
                edges.computeIfAbsent(identity(names, actual), identity -> new Edge(actual.table(), actual.columns(),
                        actual.targetTable(), actual.targetColumns(), Optional.empty(), true, true));
            }
        }
        edges.values().forEach(e -> {
            nodes.computeIfAbsent(e.table(), table -> new TableNode(table, Optional.empty()));
            nodes.computeIfAbsent(e.target(), table -> new TableNode(table, Optional.empty()));
        });
        return new ForeignKeyGraph(List.copyOf(nodes.values()), presorted(edges.values()), names);
    }

    /**
     * The edges in {@link #EDGE_ORDER}, sorted on keys built once per edge: the comparator itself builds them on
     * every comparison, which over thousands of keys cost more than all the rules together. The constructor's own
     * sort then finds them in order.
     */
    private static List<Edge> presorted(Collection<Edge> edges) {
        record Keyed(Edge edge, String columns) {
        }
        Comparator<Keyed> order = Comparator.<Keyed, TableRef>comparing(k -> k.edge().table())
                .thenComparing(Keyed::columns)
                .thenComparing(k -> k.edge().target())
                .thenComparing(k -> !k.edge().mapped())
                .thenComparing(k -> String.join(",", k.edge().columns()));
        return edges.stream()
                .map(edge -> new Keyed(edge, String.join(",", edge.columns()).toLowerCase(Locale.ROOT)))
                .sorted(order)
                .map(Keyed::edge)
                .toList();
    }

    /**
     * The entity a finding comes from: the mapped relation at its location, else the entity mapped to its table.
     */
    public Optional<EntitySource> sourceOf(Finding.Location location) {
        Optional<EntitySource> relation = edges.stream()
                .filter(e -> e.isAt(location, names))
                .flatMap(e -> e.source().stream())
                .findFirst();
        if (relation.isPresent()) {
            return relation;
        }
        return tables.stream()
                .filter(t -> t.table().equals(location.table()))
                .flatMap(t -> t.source().stream())
                .findFirst();
    }

    /** A key's table (schema included), columns as the engine compares them, and target: one edge per identity. */
    private static String identity(NameRules names, ForeignKey key) {
        StringBuilder identity = new StringBuilder(key.table().qualifiedKey()).append('(');
        key.columns().forEach(c -> identity.append(names.columnKey(key.table(), c)).append('\u0000'));
        return identity.append(")->").append(key.targetTable().qualifiedKey()).toString();
    }
}
