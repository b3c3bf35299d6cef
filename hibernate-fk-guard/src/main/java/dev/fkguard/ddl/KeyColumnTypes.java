package dev.fkguard.ddl;

import dev.fkguard.model.ColumnType;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether MySQL and MariaDB accept a foreign key between two column types, as both engines answer it (see
 * {@code KeyColumnTypesOnDatabasesTest}): integers of the same size and sign; strings of the same character set and
 * collation, whatever their lengths; binary strings; decimals of any precision, scale or sign; anything else of the
 * same type and sign. MySQL refuses the rest with error 3780, MariaDB with errno 150.
 */
final class KeyColumnTypes {

    private static final Set<String> STRINGS = Set.of("CHAR", "VARCHAR");
    private static final Set<String> BINARY_STRINGS = Set.of("BINARY", "VARBINARY");
    private static final Set<String> DECIMALS = Set.of("DECIMAL", "NUMERIC");

    private KeyColumnTypes() {
    }

    /** Whether a MySQL or MariaDB key from a {@code column} column to a {@code referenced} one is accepted. */
    static boolean alike(ColumnType column, ColumnType referenced) {
        String a = column.name().toUpperCase(Locale.ROOT);
        String b = referenced.name().toUpperCase(Locale.ROOT);
        // INT and INTEGER are one type: integers are alike by their storage size, as TypeNarrowing ranks them.
        Integer bytesA = TypeNarrowing.integerBytes(a);
        Integer bytesB = TypeNarrowing.integerBytes(b);
        if (bytesA != null || bytesB != null) {
            return Objects.equals(bytesA, bytesB) && column.unsigned() == referenced.unsigned();
        }
        if (STRINGS.contains(a) && STRINGS.contains(b)) {
            return same(column.charset(), referenced.charset()) && same(column.collation(), referenced.collation());
        }
        if (BINARY_STRINGS.contains(a) && BINARY_STRINGS.contains(b) || DECIMALS.contains(a) && DECIMALS.contains(b)) {
            return true;
        }
        return a.equals(b) && column.unsigned() == referenced.unsigned();
    }

    /** Unknown on either side counts as the same: the check read no character set for it, the table's applies. */
    private static boolean same(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.get().equalsIgnoreCase(b.get());
    }
}
