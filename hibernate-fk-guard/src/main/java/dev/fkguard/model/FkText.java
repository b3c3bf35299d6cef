package dev.fkguard.model;

import java.util.List;

/** The one way findings and reports spell a foreign key, so every output agrees. */
public final class FkText {

    private FkText() {
    }

    public static String columns(TableRef table, List<String> columns) {
        return columns(table.name(), columns);
    }

    public static String describe(TableRef table, List<String> columns, TableRef target, List<String> targetColumns) {
        return columns(table, columns) + " → " + columns(target, targetColumns);
    }

    /**
     * {@code shop.orders}: the table as written, with its schema where it lies outside the one unqualified names
     * resolve to under {@code names} ({@link NameRules#qualifier}), as the migration names it.
     */
    public static String table(TableRef table, NameRules names) {
        return names.qualifier(table).map(schema -> (schema.isImplicit() ? schema.stored() : schema.text()) + ".")
                .orElse("") + table.name();
    }

    /** {@link #columns(TableRef, List)} with the table spelled by {@link #table(TableRef, NameRules)}. */
    public static String columns(TableRef table, List<String> columns, NameRules names) {
        return columns(table(table, names), columns);
    }

    private static String columns(String table, List<String> columns) {
        return columns.size() == 1
                ? table + "." + columns.get(0)
                : table + "(" + String.join(", ", columns) + ")";
    }
}
