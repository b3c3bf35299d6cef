package dev.fkguard.rule;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The column → referenced column pairs of a foreign key, without their order: Hibernate orders composite key
 * columns its own way, so two keys with the same pairs in another order are the same relation (the order itself is
 * the concern of a rule of its own). Names compare by the engine's column key ({@link NameRules#columnKey}).
 */
record ColumnPairs(TreeMap<String, String> pairs) {

    ColumnPairs {
        Objects.requireNonNull(pairs, "pairs");
    }

    static ColumnPairs of(ForeignKey key, ColumnKeys names) {
        TreeMap<String, String> pairs = new TreeMap<>();
        for (int i = 0; i < key.columns().size(); i++) {
            pairs.put(names.of(key.table(), key.columns().get(i)),
                    key.targetColumns().isEmpty() ? "" : names.of(key.targetTable(), key.targetColumns().get(i)));
        }
        return new ColumnPairs(pairs);
    }

    /**
     * Whether both keys are on the same referencing columns, as {@link #columns()} compares them, without copying
     * either's columns into a list.
     */
    boolean sameColumns(ColumnPairs other) {
        return pairs.keySet().equals(other.pairs.keySet());
    }

    /** Just the referencing columns, for a key found on the same columns but aimed elsewhere. */
    List<String> columns() {
        return List.copyOf(pairs.keySet());
    }
}
