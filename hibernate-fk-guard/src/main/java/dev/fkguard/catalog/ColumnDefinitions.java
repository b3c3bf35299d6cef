package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.ColumnRow;
import dev.fkguard.catalog.CatalogRows.DefinitionRow;
import dev.fkguard.model.ColumnAttributes;
import dev.fkguard.model.DatabaseKind;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what MySQL and MariaDB report about a column beyond its type into {@link ColumnAttributes}, with the
 * DEFAULT spelled as SQL either engine accepts back. The two report COLUMN_DEFAULT differently (checked on MySQL
 * 8.0 and MariaDB 11.4): MariaDB already as SQL ({@code 'it''s'}, {@code 7}, {@code current_timestamp()},
 * {@code NULL} for "none"); MySQL as the bare value ({@code it's}), SQL NULL for none, with
 * {@code DEFAULT_GENERATED} in EXTRA for an expression, {@code b'101'} for BIT and {@code 0x6162} for binary types.
 */
final class ColumnDefinitions {

    private static final Pattern ON_UPDATE = Pattern.compile("(?i)\\bon update (\\S+)");
    private static final Pattern CURRENT_TIME = Pattern.compile(
            "(?i)(CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)(\\(\\d*\\))?");
    // Compiled once: String.matches compiled it for every column read, a quarter of MySQL's catalog-read allocation.
    private static final Pattern GENERATED_COLUMN = Pattern.compile(".*\\b(virtual|stored|persistent) generated\\b.*");
    private static final Pattern BIT_LITERAL = Pattern.compile("b'[01]*'");
    private static final Pattern HEX_LITERAL = Pattern.compile("0x[0-9A-Fa-f]*");
    private static final Set<String> BINARY_TYPES = Set.of("BINARY", "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB",
            "LONGBLOB");

    private ColumnDefinitions() {
    }

    static ColumnAttributes of(DatabaseKind kind, ColumnRow row) {
        if (!kind.isMySqlFamily()) {
            return ColumnAttributes.NONE;
        }
        DefinitionRow definition = row.definition();
        String extra = definition.extra().toLowerCase(Locale.ROOT);
        Optional<String> generated = generated(definition, extra);
        Optional<String> defaultValue = generated.isPresent() ? Optional.empty()
                : kind == DatabaseKind.MARIADB ? definition.columnDefault().filter(d -> !d.equals("NULL"))
                : definition.columnDefault().map(d -> mySqlDefault(d, extra, row.dataType()));
        return new ColumnAttributes(
                definition.columnType(),
                defaultValue,
                onUpdate(definition.extra(), extra),
                Optional.of(definition.comment()).filter(c -> !c.isEmpty()),
                extra.contains("auto_increment"),
                extra.contains("invisible"),
                generated,
                definition.check());
    }

    private static Optional<String> generated(DefinitionRow definition, String extra) {
        if (extra.contains("row start") || extra.contains("row end")) {
            return Optional.of("GENERATED ALWAYS AS ROW " + (extra.contains("row start") ? "START" : "END"));
        }
        // DEFAULT_GENERATED means an expression default, not a generated column. Most columns say neither: the
        // plain search spares them the pattern.
        if (!extra.contains(" generated") || !GENERATED_COLUMN.matcher(extra).matches()) {
            return Optional.empty();
        }
        String kind = extra.contains("virtual") ? "VIRTUAL" : "STORED";
        return Optional.of("GENERATED ALWAYS AS (" + definition.generationExpression().orElse("?") + ") " + kind);
    }

    /** The ON UPDATE clause of EXTRA; the pattern runs only where the lower-case text names one. */
    private static Optional<String> onUpdate(String extra, String lowerCase) {
        if (!lowerCase.contains("on update")) {
            return Optional.empty();
        }
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        return onUpdate.find() ? Optional.of(onUpdate.group(1)) : Optional.empty();
    }

    /** MySQL's bare COLUMN_DEFAULT as SQL. */
    private static String mySqlDefault(String value, String extra, String dataType) {
        String type = ColumnTypes.baseName(dataType);
        if (extra.contains("default_generated")) {
            // An expression default; CURRENT_TIMESTAMP may stand alone, anything else needs its parentheses.
            return CURRENT_TIME.matcher(value).matches() ? value : "(" + value + ")";
        }
        if (type.equals("BIT") && BIT_LITERAL.matcher(value).matches()) {
            return value;
        }
        if (BINARY_TYPES.contains(type) && HEX_LITERAL.matcher(value).matches()) {
            return value;
        }
        // A string literal suits every other type (MySQL converts '7' for an INT); backslashes are escapes there.
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
