package dev.fkguard.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the live database has: its tables and foreign keys, as read from the catalog. */
public record SchemaModel(DatabaseInfo database, List<Table> tables, List<ForeignKey> foreignKeys) {

    public SchemaModel {
        Objects.requireNonNull(database, "database");
        tables = tables.stream().sorted(Comparator.comparing(Table::ref)).toList();
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<Table> table(TableRef ref) {
        return Optional.ofNullable(byRef().get(ref));
    }

    private Map<TableRef, Table> byRef() {
        return tables.stream().collect(Collectors.toMap(Table::ref, Function.identity(), (a, b) -> a));
    }
}
