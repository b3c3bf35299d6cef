package dev.fkguard.ddl;

import dev.fkguard.model.ColumnType;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Whether changing a column from one type to another can lose or alter stored values, and why. */
public final class TypeNarrowing {

    /** Storage bytes of the integer types, to compare their ranges. */
    private static final Map<String, Integer> INTEGER_BYTES = Map.of(
            "TINYINT", 1, "SMALLINT", 2, "INT2", 2, "MEDIUMINT", 3, "INT", 4, "INTEGER", 4, "INT4", 4,
            "BIGINT", 8, "INT8", 8);

    private TypeNarrowing() {
    }

    /** The storage bytes of an integer type (upper case: {@code INT}, {@code INT8}, …); null for any other type. */
    static Integer integerBytes(String upperCaseName) {
        return INTEGER_BYTES.get(upperCaseName);
    }

    /** Why {@code from → to} may lose data; empty when every value of {@code from} fits {@code to}. */
    public static Optional<String> risk(ColumnType from, ColumnType to) {
        String fromName = from.name().toUpperCase(Locale.ROOT);
        String toName = to.name().toUpperCase(Locale.ROOT);
        Integer fromBytes = INTEGER_BYTES.get(fromName);
        Integer toBytes = INTEGER_BYTES.get(toName);
        if (fromBytes != null && toBytes != null) {
            if (from.unsigned() && !to.unsigned() && toBytes <= fromBytes) {
                return Optional.of("values above the signed range of " + to.describe() + " do not fit");
            }
            if (!from.unsigned() && to.unsigned()) {
                return Optional.of("negative values do not fit " + to.describe());
            }
            if (toBytes < fromBytes) {
                return Optional.of(to.describe() + " holds a smaller range than " + from.describe());
            }
            return Optional.empty();
        }
        if (!fromName.equals(toName)) {
            return Optional.of("values are converted from " + from.describe() + " to " + to.describe());
        }
        if (from.length().isPresent() && to.length().isPresent()
                && to.length().getAsInt() < from.length().getAsInt()) {
            return Optional.of("values longer than " + to.length().getAsInt() + " characters are cut or refused");
        }
        if (from.precision().isPresent() && to.precision().isPresent()
                && (to.precision().getAsInt() < from.precision().getAsInt()
                || to.scale().orElse(0) < from.scale().orElse(0))) {
            return Optional.of(to.describe() + " holds fewer digits than " + from.describe());
        }
        if (from.charset().isPresent() && to.charset().isPresent()
                && !from.charset().get().equalsIgnoreCase(to.charset().get())) {
            return Optional.of("stored text is converted from " + from.charset().get() + " to " + to.charset().get());
        }
        return Optional.empty();
    }
}
