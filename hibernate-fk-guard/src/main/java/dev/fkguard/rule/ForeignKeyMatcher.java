package dev.fkguard.rule;

import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.FormulaJoin;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pairs the mapping's foreign keys with the database's by table, column pairs and target — never by constraint
 * name, because Hibernate's generated names are hashes that change with the naming strategy.
 *
 * <p>Database keys are indexed by table once, so pairing stays linear in the number of keys.
 */
public final class ForeignKeyMatcher {

    public ForeignKeyMatches match(MappingModel mapping, SchemaModel database) {
        NameRules rules = database.database().names();
        ColumnKeys names = new ColumnKeys(rules);
        Map<TableRef, List<Candidate>> byTable = new HashMap<>();
        List<ForeignKey> candidates = new ArrayList<>();
        for (ForeignKey fk : database.foreignKeys()) {
            if (mapping.maps(fk.table())) {
                candidates.add(fk);
                byTable.computeIfAbsent(fk.table(), t -> new ArrayList<>())
                        .add(new Candidate(fk, ColumnPairs.of(fk, names)));
            }
        }
        Set<ForeignKey> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ForeignKeyMatch> matched = new ArrayList<>();
        List<ForeignKeyMatch> misdirected = new ArrayList<>();
        List<ExpectedForeignKey> missing = new ArrayList<>();

        // Exact matches first, so that a misdirected pairing never takes a key another relation matches exactly.
        List<ExpectedForeignKey> unmatched = new ArrayList<>();
        for (ExpectedForeignKey expected : mapping.foreignKeys()) {
            if (database.isView(expected.key().table()) || database.isView(expected.key().targetTable())) {
                // A view carries no key and none can reference it; mapped-view reports the view once.
                continue;
            }
            Optional<ForeignKey> exact = find(byTable, used, ColumnPairs.of(expected.key(), names), expected.key(), true);
            exact.ifPresentOrElse(actual -> {
                used.add(actual);
                matched.add(new ForeignKeyMatch(expected, actual));
            }, () -> unmatched.add(expected));
        }
        for (ExpectedForeignKey expected : unmatched) {
            Optional<ForeignKey> sameColumns = find(byTable, used, ColumnPairs.of(expected.key(), names), expected.key(),
                    false);
            if (sameColumns.isPresent()) {
                used.add(sameColumns.get());
                misdirected.add(new ForeignKeyMatch(expected, sameColumns.get()));
            } else if (expected.intent().constraintWanted()) {
                missing.add(expected);
            }
        }
        // After the misdirected pairing: a key on the columns of a writable association that points at a read-only
        // duplicate's table is that association's misdirected key; only a key beside it is the duplicate's.
        List<ForeignKeyMatch> duplicates = new ArrayList<>();
        for (ExpectedForeignKey duplicate : mapping.readOnlyDuplicates()) {
            find(byTable, used, ColumnPairs.of(duplicate.key(), names), duplicate.key(), true).ifPresent(actual -> {
                used.add(actual);
                duplicates.add(new ForeignKeyMatch(duplicate, actual));
            });
        }
        List<FormulaBackedKey> formulaBacked = new ArrayList<>();
        for (FormulaJoin join : mapping.formulaJoins()) {
            formulaBacked(byTable, used, join, names).ifPresent(key -> {
                used.add(key);
                formulaBacked.add(new FormulaBackedKey(join, key));
            });
        }
        List<ForeignKey> unexplained = candidates.stream().filter(fk -> !used.contains(fk)).toList();
        return new ForeignKeyMatches(matched, misdirected, missing, unexplained, formulaBacked, duplicates);
    }

    /**
     * The unused database key on the columns a formula join reads, aimed at the join's target (and at the columns it
     * compares with, when the mapping names them). Only a join whose parts are all plain columns has one.
     */
    private static Optional<ForeignKey> formulaBacked(Map<TableRef, List<Candidate>> byTable, Set<ForeignKey> used,
                                                      FormulaJoin join, ColumnKeys names) {
        List<String> columns = join.plainColumns();
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<String, String> pairs = new TreeMap<>();
        for (int i = 0; i < columns.size(); i++) {
            pairs.put(names.of(join.table(), columns.get(i)),
                    join.targetColumns().isEmpty() ? "" : names.of(join.targetTable(), join.targetColumns().get(i)));
        }
        ColumnPairs wanted = new ColumnPairs(pairs);
        return byTable.getOrDefault(join.table(), List.of()).stream()
                .filter(candidate -> !used.contains(candidate.key()))
                .filter(candidate -> candidate.key().targetTable().equals(join.targetTable()))
                .filter(candidate -> join.targetColumns().isEmpty()
                        ? candidate.pairs().columns().equals(wanted.columns())
                        : candidate.pairs().equals(wanted))
                .map(Candidate::key)
                .findFirst();
    }

    private static Optional<ForeignKey> find(Map<TableRef, List<Candidate>> byTable, Set<ForeignKey> used,
                                             ColumnPairs wantedPairs, ForeignKey wanted, boolean sameTarget) {
        // A loop, not a stream: asked for every mapped key, twice for one the database lacks.
        for (Candidate candidate : byTable.getOrDefault(wanted.table(), List.of())) {
            if (used.contains(candidate.key())) {
                continue;
            }
            boolean fits = sameTarget
                    ? candidate.key().targetTable().equals(wanted.targetTable()) && candidate.pairs().equals(wantedPairs)
                    : candidate.pairs().sameColumns(wantedPairs);
            if (fits) {
                return Optional.of(candidate.key());
            }
        }
        return Optional.empty();
    }

    /** A database key with its column pairs worked out once. */
    private record Candidate(ForeignKey key, ColumnPairs pairs) {
    }
}
