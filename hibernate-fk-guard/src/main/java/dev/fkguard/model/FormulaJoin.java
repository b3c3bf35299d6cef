package dev.fkguard.model;

import java.util.List;
import java.util.Objects;

/**
 * An association joined through an SQL formula ({@code @JoinFormula}, a formula in {@code @JoinColumnsOrFormulas},
 * a formula in an {@code @Any}): the join is computed, not stored in key columns, so no foreign key can express
 * it and Hibernate builds none.
 *
 * @param source        where it is mapped, e.g. {@code Pet.owner}
 * @param kind          the construct, e.g. {@code @ManyToOne}
 * @param table         the table the join starts from
 * @param selectables   the join's columns and formulas as the mapping writes them, e.g. {@code owner_ref}
 * @param targetColumns the target's columns the join compares with, in the order of {@code selectables}; empty when
 *                      the mapping does not say
 */
public record FormulaJoin(String source, String kind, TableRef table, TableRef targetTable, List<String> selectables,
                          List<String> targetColumns) {

    public FormulaJoin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(targetTable, "targetTable");
        selectables = List.copyOf(selectables);
        targetColumns = List.copyOf(targetColumns);
    }

    /** A join whose target columns are not known. */
    public FormulaJoin(String source, String kind, TableRef table, TableRef targetTable, List<String> selectables) {
        this(source, kind, table, targetTable, selectables, List.of());
    }

    /**
     * The columns the join starts from, when every part of it is a column or a formula that just names one
     * ({@code @JoinFormula("owner_ref")}): those columns hold the reference as a key would. Empty when a part
     * computes something ({@code upper(code)}).
     */
    public List<String> plainColumns() {
        List<String> columns = selectables.stream().map(String::strip).map(FormulaJoin::unquoted).toList();
        boolean plain = !columns.isEmpty() && columns.stream().allMatch(FormulaJoin::isIdentifier);
        return plain ? columns : List.of();
    }

    private static String unquoted(String text) {
        boolean quoted = text.length() > 2 && ((text.startsWith("\"") && text.endsWith("\""))
                || (text.startsWith("`") && text.endsWith("`")));
        return quoted ? text.substring(1, text.length() - 1) : text;
    }

    private static boolean isIdentifier(String text) {
        return !text.isEmpty() && (Character.isLetter(text.codePointAt(0)) || text.charAt(0) == '_')
                && text.codePoints().allMatch(c -> c == '_' || c == '$' || Character.isLetterOrDigit(c));
    }
}
