package dev.fkguard.model;

import java.util.List;

/** The one way findings and reports spell a foreign key, so every output agrees. */
public final class FkText {

    private FkText() {
    }

    public static String columns(TableRef table, List<String> columns) {
        return columns.size() == 1
                ? table.name() + "." + columns.get(0)
                : table.name() + "(" + String.join(", ", columns) + ")";
    }

    public static String describe(TableRef table, List<String> columns, TableRef target, List<String> targetColumns) {
        return columns(table, columns) + " → " + columns(target, targetColumns);
    }
}
