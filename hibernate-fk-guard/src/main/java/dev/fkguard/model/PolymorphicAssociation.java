package dev.fkguard.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation that can point at rows of several tables ({@code @Any}, {@code @ManyToAny}, or a {@code <x>_type} +
 * {@code <x>_id} column pair), so no foreign key can guard it.
 *
 * @param source   where it is mapped, e.g. {@code Comment.target}, or the table for a column pair found in the catalog
 * @param kind     {@code @Any}, {@code @ManyToAny} or {@code column pair}
 * @param columns  the discriminator and id columns that are stored columns, in that order
 * @param formulas the parts computed by an SQL formula instead ({@code @Formula} discriminator, {@code @JoinFormula}
 *                 key), as the mapping writes them: they name no column, so findings never point at them as columns
 */
public record PolymorphicAssociation(String source, String kind, TableRef table, List<String> columns,
                                     List<String> formulas) {

    public PolymorphicAssociation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        formulas = List.copyOf(formulas);
    }

    /** One stored in columns only. */
    public PolymorphicAssociation(String source, String kind, TableRef table, List<String> columns) {
        this(source, kind, table, columns, List.of());
    }
}
