package dev.fkguard.model;

import java.util.Objects;

/**
 * A column of a table in the live database.
 *
 * @param attributes the rest of its definition (default, comment, …) where the engine needs it repeated to change
 *                   the column; {@link ColumnAttributes#NONE} elsewhere
 */
public record Column(String name, ColumnType type, boolean nullable, ColumnAttributes attributes) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attributes, "attributes");
    }

    public Column(String name, ColumnType type, boolean nullable) {
        this(name, type, nullable, ColumnAttributes.NONE);
    }
}
