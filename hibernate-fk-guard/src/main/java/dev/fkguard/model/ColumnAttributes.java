package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a column's definition holds beyond its type's name, size and nullability: on MySQL and MariaDB, where
 * {@code ALTER TABLE … MODIFY COLUMN} replaces the whole definition, everything a redefinition must repeat so as not to
 * lose it. Read on MySQL and MariaDB only; the other engines change a column's type or nullability in place and
 * leave the rest alone, so there it is {@link #NONE}.
 *
 * @param declaredType  the type exactly as the engine declares it (MySQL/MariaDB COLUMN_TYPE: {@code timestamp(3)},
 *                      {@code enum('a','b')}, {@code int(10) unsigned zerofill}), which says more than
 *                      {@link ColumnType}; without character set and collation, which {@link ColumnType} has
 * @param defaultValue  the DEFAULT value as SQL the engine accepts back: a quoted literal ({@code 'it''s'}), a
 *                      number, {@code b'101'}, {@code 0x6162}, {@code CURRENT_TIMESTAMP(3)} or an expression in
 *                      parentheses; empty for no default (or DEFAULT NULL, which is the same)
 * @param onUpdate      MySQL/MariaDB {@code ON UPDATE} value as SQL ({@code CURRENT_TIMESTAMP(3)})
 * @param comment       the column comment as stored, unquoted
 * @param autoIncrement {@code AUTO_INCREMENT}
 * @param invisible     {@code INVISIBLE} (MySQL 8.0.23+, MariaDB 10.3+): left out of {@code SELECT *}
 * @param generated     the clause of a column whose values the engine computes, as SQL
 *                      ({@code GENERATED ALWAYS AS (`a` + 1) STORED}, MariaDB {@code GENERATED ALWAYS AS ROW START})
 * @param check         a MariaDB column-level CHECK expression, which belongs to the column definition there (MySQL
 *                      keeps every CHECK as a table constraint that outlives a redefinition)
 */
public record ColumnAttributes(
        Optional<String> declaredType,
        Optional<String> defaultValue,
        Optional<String> onUpdate,
        Optional<String> comment,
        boolean autoIncrement,
        boolean invisible,
        Optional<String> generated,
        Optional<String> check) {

    /** Nothing beyond type and nullability. */
    public static final ColumnAttributes NONE = new ColumnAttributes(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), false, false, Optional.empty(), Optional.empty());

    public ColumnAttributes {
        Objects.requireNonNull(declaredType, "declaredType");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(check, "check");
    }
}
