package dev.fkguard.model;

import java.util.Objects;

/** A column of a table in the live database. */
public record Column(String name, ColumnType type, boolean nullable) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
