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
 */
public record ForeignKeyMatches(List<ForeignKeyMatch> matched, List<ForeignKeyMatch> misdirected,
                                List<ExpectedForeignKey> missing, List<ForeignKey> unexplained,
                                List<FormulaBackedKey> formulaBacked) {

    public ForeignKeyMatches {
        matched = List.copyOf(matched);
        misdirected = List.copyOf(misdirected);
        missing = List.copyOf(missing);
        unexplained = List.copyOf(unexplained);
        formulaBacked = List.copyOf(formulaBacked);
    }

    /** Matches without formula joins. */
    public ForeignKeyMatches(List<ForeignKeyMatch> matched, List<ForeignKeyMatch> misdirected,
                             List<ExpectedForeignKey> missing, List<ForeignKey> unexplained) {
        this(matched, misdirected, missing, unexplained, List.of());
    }
}
