package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A column's SQL type as the database reports it.
 *
 * @param name      the base type name in upper case, without size or modifiers ({@code BIGINT}, {@code VARCHAR})
 * @param length    character length for character types
 * @param precision numeric precision where it is part of the declared type ({@code DECIMAL(10,2)})
 * @param scale     numeric scale where it is part of the declared type
 * @param unsigned  MySQL/MariaDB {@code UNSIGNED}
 * @param charset   character set, for character columns on engines that have one per column
 * @param collation collation, for character columns on engines that have one per column
 */
public record ColumnType(
        String name,
        OptionalInt length,
        OptionalInt precision,
        OptionalInt scale,
        boolean unsigned,
        Optional<String> charset,
        Optional<String> collation) {

    public ColumnType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(collation, "collation");
    }

    public static ColumnType of(String name) {
        return new ColumnType(name, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), false,
                Optional.empty(), Optional.empty());
    }

    /** The type as one would write it in DDL, e.g. {@code INT UNSIGNED} or {@code VARCHAR(36)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(name);
        if (length.isPresent()) {
            text.append('(').append(length.getAsInt()).append(')');
        } else if (precision.isPresent()) {
            text.append('(').append(precision.getAsInt());
            scale.ifPresent(s -> text.append(',').append(s));
            text.append(')');
        }
        if (unsigned) {
            text.append(" UNSIGNED");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
