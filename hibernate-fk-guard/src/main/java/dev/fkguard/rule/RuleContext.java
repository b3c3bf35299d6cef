package dev.fkguard.rule;

import dev.fkguard.ddl.RemedyText;
import dev.fkguard.model.Column;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.NormalizedModels;
import dev.fkguard.model.OrphanCount;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a rule may look at: both models and the pairing of their keys. No SQL: rules say what must change
 * ({@link dev.fkguard.ddl.Remedy}), and the planner decides what a migration runs.
 */
public final class RuleContext {

    private final MappingModel mapping;
    private final SchemaModel database;
    private final ForeignKeyMatches matches;
    private final Map<TableRef, Table> tables;
    private final List<OrphanCount> orphanCounts;
    /** The tables of soft-deleted entities: rules ask per key, and a scan of every entity per key was quadratic. */
    private final Set<TableRef> softDeletedTables = new HashSet<>();
    /** Built per table on first lookup; rules may run on several threads. */
    private final Map<TableRef, Map<String, Column>> columnsByKey = new ConcurrentHashMap<>();
    /** The keys of the column names rules look up: see {@link #lookupKey}. */
    private final ColumnKeys columnKeys;
    /** The database key paired with each expected key (matched or misdirected), by identity: records compare deeply. */
    private final Map<ExpectedForeignKey, ForeignKey> databaseKeys = new IdentityHashMap<>();
    /** The expected key each matched database key belongs to. */
    private final Map<ForeignKey, ExpectedForeignKey> matchedExpectations = new IdentityHashMap<>();
    /** The expected key on the columns of each misdirected database key (which references another target). */
    private final Map<ForeignKey, ExpectedForeignKey> misdirectedExpectations = new IdentityHashMap<>();

    public RuleContext(MappingModel mapping, SchemaModel database) {
        this(mapping, database, List.of());
    }

    /** @param orphanCounts what the opt-in data check counted; empty when it did not run */
    public RuleContext(MappingModel mapping, SchemaModel database, List<OrphanCount> orphanCounts) {
        // Every comparison after this point is between names normalized for this engine.
        this(NormalizedModels.of(Objects.requireNonNull(mapping, "mapping"),
                Objects.requireNonNull(database, "database")), orphanCounts);
    }

    /** Over models normalized once by the check, which every rule then shares. */
    public RuleContext(NormalizedModels models, List<OrphanCount> orphanCounts) {
        this.mapping = models.mapping();
        this.database = models.database();
        this.columnKeys = new ColumnKeys(this.database.database().names());
        this.matches = new ForeignKeyMatcher().match(this.mapping, this.database);
        this.tables = this.database.tables().stream()
                .collect(Collectors.toMap(Table::ref, Function.identity(), (first, second) -> first));
        this.orphanCounts = List.copyOf(orphanCounts);
        for (EntityMapping entity : this.mapping.entities()) {
            if (entity.softDelete().isPresent()) {
                softDeletedTables.add(entity.table());
            }
        }
        matches.matched().forEach(match -> {
            databaseKeys.put(match.expected(), match.actual());
            matchedExpectations.put(match.actual(), match.expected());
        });
        matches.misdirected().forEach(match -> {
            databaseKeys.put(match.expected(), match.actual());
            misdirectedExpectations.putIfAbsent(match.actual(), match.expected());
        });
    }

    /** The database key on the columns of {@code expected} (same target or not), if there is one. */
    public Optional<ForeignKey> databaseKeyOf(ExpectedForeignKey expected) {
        return Optional.ofNullable(databaseKeys.get(expected));
    }

    /**
     * The mapped association a database key serves: the one it matches, else the one on its columns that expects
     * another target; empty for a key no mapped association explains.
     */
    public Optional<ExpectedForeignKey> expectationOf(ForeignKey actual) {
        return Optional.ofNullable(matchedExpectations.get(actual))
                .or(() -> Optional.ofNullable(misdirectedExpectations.get(actual)));
    }

    /** Whether the database has {@code expected} exactly: same table, columns and target. */
    public boolean isMatched(ExpectedForeignKey expected) {
        ForeignKey actual = databaseKeys.get(expected);
        return actual != null && matchedExpectations.get(actual) == expected;
    }

    public MappingModel mapping() {
        return mapping;
    }

    public SchemaModel database() {
        return database;
    }

    public ForeignKeyMatches matches() {
        return matches;
    }

    /** The data check's orphan counts; empty unless {@code hibernate.fkguard.data-checks} is on. */
    public List<OrphanCount> orphanCounts() {
        return orphanCounts;
    }

    /** Whether an entity mapped to {@code table} is soft-deleted ({@code @SoftDelete}, an UPDATE as {@code @SQLDelete}). */
    public boolean isSoftDeleted(TableRef table) {
        return softDeletedTables.contains(table);
    }

    public Optional<Table> table(TableRef ref) {
        return Optional.ofNullable(tables.get(ref));
    }

    /**
     * Where to report a database key: in the mapping's spelling when a mapped relation matches it, so a finding
     * reads the same on H2 (upper case) as on PostgreSQL (lower case).
     */
    public Finding.Location locationOf(ForeignKey actual) {
        ExpectedForeignKey expected = matchedExpectations.get(actual);
        return expected != null ? Finding.Location.of(expected.key()) : Finding.Location.of(actual);
    }

    /** Whether some column of the database key {@code key} is NOT NULL in the live database. */
    public boolean hasNotNullColumn(ForeignKey key) {
        return key.columns().stream().anyMatch(name -> column(key.table(), name).filter(c -> !c.nullable()).isPresent());
    }

    /**
     * {@link NameRules#columnKey} of a column of {@code table}, each name folded once per check where no column is
     * quoted: rules compare thousands of keys' columns by it.
     */
    public String columnKey(TableRef table, String column) {
        return columnKeys.of(table, column);
    }

    /** A column of the live database, if both its table and the column exist. */
    public Optional<Column> column(TableRef table, String column) {
        Table live = tables.get(table);
        if (live == null) {
            return Optional.empty();
        }
        Map<String, Column> columns = columnsByKey.get(live.ref());
        if (columns == null) {
            columns = byKey(live);
            Map<String, Column> raced = columnsByKey.putIfAbsent(live.ref(), columns);
            columns = raced == null ? columns : raced;
        }
        return Optional.ofNullable(columns.get(lookupKey(table, column)));
    }

    /**
     * {@link NameRules#columnKey} of a name rules look up. Without quoted columns the key depends on the name alone,
     * and the same few names ({@code id}, {@code customer_id}) are looked up for thousands of keys: each folded once.
     */
    private String lookupKey(TableRef table, String column) {
        return columnKeys.of(table, column);
    }

    /**
     * A table's columns by {@link NameRules#columnKey}, the key {@link NameRules#sameColumn} compares, the first
     * column of a key kept as a scan would find it. Rules look columns up for every key; scanning a table's columns
     * made two keys per column and lookup, most of a rule's allocation on large schemas.
     */
    private Map<String, Column> byKey(Table table) {
        Map<String, Column> columns = new HashMap<>();
        table.columns().forEach(c -> columns.putIfAbsent(names().columnKey(table.ref(), c.name()), c));
        return columns;
    }

    /** How the checked engine compares names: the one place rules ask whether two column names are the same. */
    public NameRules names() {
        return database.database().names();
    }

    /** Remedies in words for this engine: its names, and the rule a key written without a clause gets. */
    public RemedyText remedyText() {
        return new RemedyText(names(), database.database().kind());
    }
}
