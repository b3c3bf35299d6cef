package dev.fkguard.data;

import dev.fkguard.model.Column;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the queries that find child rows whose parent row is missing. A row with a NULL in any key column is not
 * an orphan: under MATCH SIMPLE, every engine's default, such a row is exempt from the constraint. Names come from
 * the catalog and are always quoted, so mixed case and reserved words need no special handling.
 */
public final class OrphanQueries {

    /** How many rows the sample query shows. */
    public static final int SAMPLE_ROWS = 100;

    private final DatabaseKind kind;

    public OrphanQueries(DatabaseKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The queries for {@code relation}; empty when its tables or columns do not exist in {@code database}. */
    public Optional<OrphanQuery> forRelation(ForeignKey relation, SchemaModel database) {
        Optional<Table> child = database.table(relation.table());
        Optional<Table> parent = database.table(relation.targetTable());
        NameRules names = database.database().names();
        if (child.isEmpty() || parent.isEmpty()) {
            return Optional.empty();
        }
        List<String> targetNames = relation.targetColumns().isEmpty()
                ? parent.get().primaryKey() : relation.targetColumns();
        if (targetNames.size() != relation.columns().size()) {
            return Optional.empty();
        }
        List<String> childColumns = new ArrayList<>();
        List<String> parentColumns = new ArrayList<>();
        for (int i = 0; i < relation.columns().size(); i++) {
            Optional<Column> childColumn = names.column(child.get(), relation.columns().get(i));
            Optional<Column> parentColumn = names.column(parent.get(), targetNames.get(i));
            if (childColumn.isEmpty() || parentColumn.isEmpty()) {
                return Optional.empty();
            }
            childColumns.add(childColumn.get().name());
            parentColumns.add(parentColumn.get().name());
        }
        String condition = childColumns.stream().map(c -> "c." + quote(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "))
                + " AND NOT EXISTS (SELECT 1 FROM " + table(parent.get()) + " p WHERE "
                + joinCondition(childColumns, parentColumns) + ")";
        String from = " FROM " + table(child.get()) + " c WHERE " + condition;
        return Optional.of(new OrphanQuery("SELECT COUNT(*)" + from, "SELECT c.*" + from + limit()));
    }

    private String joinCondition(List<String> childColumns, List<String> parentColumns) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < childColumns.size(); i++) {
            parts.add("p." + quote(parentColumns.get(i)) + " = c." + quote(childColumns.get(i)));
        }
        return String.join(" AND ", parts);
    }

    private String limit() {
        return kind == DatabaseKind.OTHER ? " FETCH FIRST " + SAMPLE_ROWS + " ROWS ONLY" : " LIMIT " + SAMPLE_ROWS;
    }

    private String table(Table table) {
        return table.ref().schema().map(s -> quote(s) + ".").orElse("") + quote(table.ref().name());
    }

    private String quote(String name) {
        return kind.isMySqlFamily()
                ? "`" + name.replace("`", "``") + "`"
                : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
