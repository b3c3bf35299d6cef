package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.ColumnRow;
import dev.fkguard.model.ColumnType;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a {@link ColumnType} from a catalog row, keeping only what is part of the declared type: a length for
 * character and binary string types, precision and scale for DECIMAL/NUMERIC only (an INTEGER's precision of 32
 * bits or 10 digits says nothing the name does not), charset and collation where the engine reports them.
 *
 * <p>The name is the engine's own spelling in upper case (MySQL {@code INT}, PostgreSQL/H2 {@code INTEGER}).
 * Both ends of a foreign key are read from the same engine, so equal types compare equal.
 */
final class ColumnTypes {

    private static final Set<String> SIZED_STRINGS = Set.of(
            "CHAR", "VARCHAR", "CHARACTER", "CHARACTER VARYING", "NCHAR", "NVARCHAR", "NATIONAL CHARACTER",
            "NATIONAL CHARACTER VARYING", "VARCHAR2", "NVARCHAR2", "VARCHAR_IGNORECASE",
            "BINARY", "VARBINARY", "BINARY VARYING");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Set<String> EXACT_NUMERICS = Set.of("DECIMAL", "NUMERIC", "NUMBER", "DEC");

    private ColumnTypes() {
    }

    static ColumnType of(ColumnRow row) {
        String name = baseName(row.dataType());
        boolean unsigned = row.unsigned() || declaresUnsigned(row.dataType());
        OptionalInt length = SIZED_STRINGS.contains(name)
                ? row.characterLength().filter(l -> l > 0 && l <= Integer.MAX_VALUE)
                        .map(l -> OptionalInt.of(l.intValue())).orElse(OptionalInt.empty())
                : OptionalInt.empty();
        boolean exact = EXACT_NUMERICS.contains(name);
        OptionalInt precision = exact ? toOptionalInt(row.precision()) : OptionalInt.empty();
        OptionalInt scale = exact && precision.isPresent() ? toOptionalInt(row.scale()) : OptionalInt.empty();
        return new ColumnType(name, length, precision, scale, unsigned, blankToEmpty(row.charset()),
                blankToEmpty(row.collation()));
    }

    /** "int unsigned" / "varchar(20)" / "character varying" → "INT" / "VARCHAR" / "CHARACTER VARYING". */
    static String baseName(String reported) {
        String name = reported.strip().toUpperCase(Locale.ROOT);
        // Most types are one word without a size ("int8", "BIGINT"): nothing to cut. Cutting anyway ran a regular
        // expression per column of the catalog, high in the check's allocation profile.
        if (name.indexOf('(') < 0 && isOneWord(name)) {
            return name;
        }
        int paren = name.indexOf('(');
        if (paren >= 0) {
            int close = name.indexOf(')', paren);
            name = (name.substring(0, paren) + (close >= 0 ? name.substring(close + 1) : "")).strip();
        }
        for (String modifier : new String[] {" UNSIGNED", " ZEROFILL", " SIGNED"}) {
            name = name.replace(modifier, "");
        }
        return WHITESPACE.matcher(name.strip()).replaceAll(" ");
    }

    private static boolean isOneWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isWhitespace(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean declaresUnsigned(String reported) {
        return reported.toUpperCase(Locale.ROOT).contains("UNSIGNED");
    }

    private static OptionalInt toOptionalInt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value.filter(v -> !v.isBlank());
    }
}
