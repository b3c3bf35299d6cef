package dev.fkguard.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of the live database.
 *
 * @param engine the storage engine on MySQL/MariaDB ({@code InnoDB}, {@code MyISAM}); empty elsewhere
 */
public record Table(TableRef ref, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                    Optional<String> engine) {

    public Table {
        Objects.requireNonNull(ref, "ref");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        Objects.requireNonNull(engine, "engine");
    }

    /** Finds a column ignoring case, as the engines do for column names. */
    public Optional<Column> column(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
