package dev.fkguard.rule;

import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;

import java.util.List;

/**
 * The outcome of pairing expected with actual foreign keys.
 *
 * @param matched        same table, same column pairs, same target
 * @param misdirected    same table and columns, but the database key references another table or columns
 * @param missing        expected keys (that want a constraint) with no database key on their columns
 * @param unexplained    database keys on mapped tables that no mapped relation accounts for
 * @param formulaBacked  database keys no mapped relation implies, on the plain columns a formula join reads towards
 *                       the key's target: they check the reference Hibernate joins through (not in {@code unexplained})
 * @param readOnlyDuplicates database keys no mapped relation states, towards the target of a read-only duplicate
 *                       over the same columns ({@link dev.fkguard.model.MappingModel#readOnlyDuplicates}): the
 *                       duplicate explains them (not in {@code unexplained}) and asks for nothing
 */
public record ForeignKeyMatches(List<ForeignKeyMatch> matched, List<ForeignKeyMatch> misdirected,
                                List<ExpectedForeignKey> missing, List<ForeignKey> unexplained,
                                List<FormulaBackedKey> formulaBacked, List<ForeignKeyMatch> readOnlyDuplicates) {

    public ForeignKeyMatches {
        matched = List.copyOf(matched);
        misdirected = List.copyOf(misdirected);
        missing = List.copyOf(missing);
        unexplained = List.copyOf(unexplained);
        formulaBacked = List.copyOf(formulaBacked);
        readOnlyDuplicates = List.copyOf(readOnlyDuplicates);
    }

    /** Matches without read-only duplicates. */
    public ForeignKeyMatches(List<ForeignKeyMatch> matched, List<ForeignKeyMatch> misdirected,
                             List<ExpectedForeignKey> missing, List<ForeignKey> unexplained,
                             List<FormulaBackedKey> formulaBacked) {
        this(matched, misdirected, missing, unexplained, formulaBacked, List.of());
    }

    /** Matches without formula joins. */
    public ForeignKeyMatches(List<ForeignKeyMatch> matched, List<ForeignKeyMatch> misdirected,
                             List<ExpectedForeignKey> missing, List<ForeignKey> unexplained) {
        this(matched, misdirected, missing, unexplained, List.of());
    }
}
