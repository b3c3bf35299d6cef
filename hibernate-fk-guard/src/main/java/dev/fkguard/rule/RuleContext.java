package dev.fkguard.rule;

import dev.fkguard.ddl.DdlRenderer;
import dev.fkguard.model.Column;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.NameNormalizer;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.OrphanCount;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything a rule may look at: both models, the pairing of their keys, and the SQL spelling for the engine. */
public final class RuleContext {

    private final MappingModel mapping;
    private final SchemaModel database;
    private final ForeignKeyMatches matches;
    private final DdlRenderer ddl;
    private final Map<TableRef, Table> tables;
    private final List<OrphanCount> orphanCounts;
    /** The database key paired with each expected key (matched or misdirected), by identity: records compare deeply. */
    private final Map<ExpectedForeignKey, ForeignKey> databaseKeys = new IdentityHashMap<>();
    /** The expected key each matched database key belongs to. */
    private final Map<ForeignKey, ExpectedForeignKey> matchedExpectations = new IdentityHashMap<>();

    public RuleContext(MappingModel mapping, SchemaModel database) {
        this(mapping, database, List.of());
    }

    /** @param orphanCounts what the opt-in data check counted; empty when it did not run */
    public RuleContext(MappingModel mapping, SchemaModel database, List<OrphanCount> orphanCounts) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(database, "database");
        // Every comparison after this point is between names normalized for this engine.
        NameNormalizer names = new NameNormalizer(database.database().names());
        this.mapping = names.normalize(mapping);
        this.database = names.withQuotedColumnsOf(this.mapping, names.normalize(database));
        this.matches = new ForeignKeyMatcher().match(this.mapping, this.database);
        this.ddl = new DdlRenderer(this.database.database());
        this.tables = this.database.tables().stream()
                .collect(Collectors.toMap(Table::ref, Function.identity(), (first, second) -> first));
        this.orphanCounts = List.copyOf(orphanCounts);
        matches.matched().forEach(match -> {
            databaseKeys.put(match.expected(), match.actual());
            matchedExpectations.put(match.actual(), match.expected());
        });
        matches.misdirected().forEach(match -> databaseKeys.put(match.expected(), match.actual()));
    }

    /** The database key on the columns of {@code expected} (same target or not), if there is one. */
    public Optional<ForeignKey> databaseKeyOf(ExpectedForeignKey expected) {
        return Optional.ofNullable(databaseKeys.get(expected));
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

    /** SQL for the engine that was checked, for the statements fix hints show. */
    public DdlRenderer ddl() {
        return ddl;
    }

    public Optional<Table> table(TableRef ref) {
        return Optional.ofNullable(tables.get(ref));
    }

    /**
     * Where to report a database key: in the mapping's spelling when a mapped relation matches it, so a finding
     * reads the same on H2 (upper case) as on PostgreSQL (lower case).
     */
    public Finding.Location locationOf(ForeignKey actual) {
        return Optional.ofNullable(matchedExpectations.get(actual))
                .map(expected -> Finding.Location.of(expected.key()))
                .orElseGet(() -> Finding.Location.of(actual));
    }

    /** A column of the live database, if both its table and the column exist. */
    public Optional<Column> column(TableRef table, String column) {
        return table(table).flatMap(t -> names().column(t, column));
    }

    /** How the checked engine compares names: the one place rules ask whether two column names are the same. */
    public NameRules names() {
        return database.database().names();
    }
}
