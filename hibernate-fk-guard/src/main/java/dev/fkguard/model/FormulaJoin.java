package dev.fkguard.model;

import java.util.List;
import java.util.Objects;

/**
 * An association joined through an SQL formula ({@code @JoinFormula}, a formula in {@code @JoinColumnsOrFormulas},
 * a formula in an {@code @Any}): the join is computed, not stored in key columns, so no foreign key can express
 * it and Hibernate builds none.
 *
 * @param source      where it is mapped, e.g. {@code Pet.owner}
 * @param kind        the construct, e.g. {@code @ManyToOne}
 * @param table       the table the join starts from
 * @param selectables the join's columns and formulas as the mapping writes them, e.g. {@code owner_ref}
 */
public record FormulaJoin(String source, String kind, TableRef table, TableRef targetTable, List<String> selectables) {

    public FormulaJoin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(targetTable, "targetTable");
        selectables = List.copyOf(selectables);
    }
}
