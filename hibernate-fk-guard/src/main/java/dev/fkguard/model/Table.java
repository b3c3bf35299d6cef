package dev.fkguard.model;

import java.util.List;
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

    /**
     * Finds a column by the rules of a hand-built model ({@link NameRules#LOOSE}: without case). Checks find columns
     * through their engine's {@link NameRules#column}, which keeps a quoted {@code "Code"} apart from {@code CODE}.
     */
    public Optional<Column> column(String name) {
        return NameRules.LOOSE.column(this, name);
    }
}
