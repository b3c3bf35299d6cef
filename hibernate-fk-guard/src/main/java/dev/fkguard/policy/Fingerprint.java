package dev.fkguard.policy;

import dev.fkguard.rule.Finding;
import dev.fkguard.model.Name;
import dev.fkguard.model.TableRef;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What identifies a finding across runs: {@code rule|table|columns|target table|target columns}, lower case,
 * columns sorted, e.g. {@code delete-rule-mismatch|order_items|order_id|orders|id}. Constraint names, schemas and
 * messages are left out on purpose: they change with renames, DB restarts and wording, the drift does not.
 */
public final class Fingerprint {

    public static final String SEPARATOR = "|";

    private Fingerprint() {
    }

    public static String of(Finding finding) {
        Finding.Location location = finding.location();
        return String.join(SEPARATOR, finding.rule().value(), location.table().key(), sorted(location.columns()),
                location.target().map(TableRef::key).orElse(""), sorted(location.targetColumns()));
    }

    /**
     * The schema of the finding's table, lower case like the rest of a line, for a baseline line that accepts a
     * finding in one schema (tenant) only: the schema as the catalog stores it, the default schema for a table the
     * mapping names none for.
     */
    public static Optional<String> schema(Finding finding) {
        return finding.location().table().schemaName().map(Name::stored).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT));
    }

    /** The parts of a fingerprint line, to describe an entry no finding matches any more. */
    static Finding.Location location(String fingerprint) {
        String[] parts = fingerprint.split("\\|", -1);
        String table = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : fingerprint;
        List<String> columns = parts.length > 2 ? split(parts[2]) : List.of();
        Optional<TableRef> target = parts.length > 3 && !parts[3].isEmpty() ? Optional.of(TableRef.of(parts[3]))
                : Optional.empty();
        List<String> targetColumns = target.isPresent() && parts.length > 4 ? split(parts[4]) : List.of();
        Optional<String> schema = parts.length > 5 && !parts[5].isEmpty() ? Optional.of(parts[5]) : Optional.empty();
        return new Finding.Location(TableRef.of(schema.orElse(null), table), columns, target, targetColumns);
    }

    static String rule(String fingerprint) {
        int end = fingerprint.indexOf(SEPARATOR);
        return end < 0 ? fingerprint : fingerprint.substring(0, end);
    }

    private static List<String> split(String columns) {
        return columns.isEmpty() ? List.of() : List.of(columns.split(","));
    }

    private static String sorted(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(","));
    }
}
