package dev.fkguard.rule;

import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs the mapping's foreign keys with the database's by table, column pairs and target — never by constraint
 * name, because Hibernate's generated names are hashes that change with the naming strategy.
 */
public final class ForeignKeyMatcher {

    public ForeignKeyMatches match(MappingModel mapping, SchemaModel database) {
        List<ForeignKey> candidates = database.foreignKeys().stream()
                .filter(fk -> mapping.maps(fk.table()))
                .toList();
        Set<ForeignKey> used = new LinkedHashSet<>();
        List<ForeignKeyMatch> matched = new ArrayList<>();
        List<ForeignKeyMatch> misdirected = new ArrayList<>();
        List<ExpectedForeignKey> missing = new ArrayList<>();

        // Exact matches first, so that a misdirected pairing never takes a key another relation matches exactly.
        List<ExpectedForeignKey> unmatched = new ArrayList<>();
        for (ExpectedForeignKey expected : mapping.foreignKeys()) {
            Optional<ForeignKey> exact = find(candidates, used, expected.key(), true);
            exact.ifPresentOrElse(actual -> {
                used.add(actual);
                matched.add(new ForeignKeyMatch(expected, actual));
            }, () -> unmatched.add(expected));
        }
        for (ExpectedForeignKey expected : unmatched) {
            Optional<ForeignKey> sameColumns = find(candidates, used, expected.key(), false);
            if (sameColumns.isPresent()) {
                used.add(sameColumns.get());
                misdirected.add(new ForeignKeyMatch(expected, sameColumns.get()));
            } else if (expected.intent().constraintWanted()) {
                missing.add(expected);
            }
        }
        List<ForeignKey> unexplained = candidates.stream().filter(fk -> !used.contains(fk)).toList();
        return new ForeignKeyMatches(matched, misdirected, missing, unexplained);
    }

    private static Optional<ForeignKey> find(List<ForeignKey> candidates, Set<ForeignKey> used, ForeignKey wanted,
                                             boolean sameTarget) {
        ColumnPairs wantedPairs = ColumnPairs.of(wanted);
        return candidates.stream()
                .filter(fk -> !used.contains(fk))
                .filter(fk -> fk.table().equals(wanted.table()))
                .filter(fk -> sameTarget
                        ? fk.targetTable().equals(wanted.targetTable()) && ColumnPairs.of(fk).equals(wantedPairs)
                        : ColumnPairs.of(fk).columns().equals(wantedPairs.columns()))
                .findFirst();
    }
}
