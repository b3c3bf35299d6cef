package dev.fkguard.policy;

import dev.fkguard.rule.Finding;
import dev.fkguard.model.Name;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What identifies a finding across runs: {@code rule|table|columns|target table|target columns}, lower case,
 * columns sorted, e.g. {@code delete-rule-mismatch|order_items|order_id|orders|id}. Constraint names, schemas and
 * messages are left out on purpose: they change with renames, DB restarts and wording, the drift does not.
 *
 * <p>A table or column whose case the engine keeps where its lower-case spelling would name another one (a quoted
 * {@code "Code"} beside {@code code} on PostgreSQL or H2) is written in double quotes with its case, as it is
 * stored: {@code missing-foreign-key|shops|"Code"|zones|id}. Lines written before that form was used spell such a
 * name in lower case too; they still match ({@link #legacy}).
 */
public final class Fingerprint {

    public static final String SEPARATOR = "|";

    private Fingerprint() {
    }

    /** The finding's line under the rules of a model built by hand: every name in lower case. */
    public static String of(Finding finding) {
        return of(finding, NameRules.LOOSE);
    }

    /** The finding's line, names that keep their case under the engine's {@code names} quoted. */
    public static String of(Finding finding, NameRules names) {
        Finding.Location location = finding.location();
        TableRef table = location.table();
        return String.join(SEPARATOR, finding.rule().value(), table(names, table),
                sorted(names, table, location.columns()),
                location.target().map(target -> table(names, target)).orElse(""),
                sorted(names, location.target().orElse(table), location.targetColumns()));
    }

    /** The line as written before names kept their case: all lower case, as older baseline files hold it. */
    static String legacy(Finding finding) {
        return of(finding);
    }

    /**
     * An entry as read from a file: in lower case but inside double quotes, where a name keeps its case, so that a
     * line matches whatever case the rest of it was typed in.
     */
    static String normalized(String entry) {
        StringBuilder out = new StringBuilder(entry.length());
        String[] segments = entry.split("\"", -1);
        for (int i = 0; i < segments.length; i++) {
            // Odd segments lie between a pair of quotes.
            out.append(i % 2 == 1 ? segments[i] : segments[i].toLowerCase(Locale.ROOT));
            if (i < segments.length - 1) {
                out.append('"');
            }
        }
        return out.toString();
    }

    /**
     * The schema of the finding's table, lower case like the rest of a line, for a baseline line that accepts a
     * finding in one schema (tenant) only: the schema as the catalog stores it, the default schema for a table the
     * mapping names none for.
     */
    public static Optional<String> schema(Finding finding) {
        return schema(finding, NameRules.LOOSE);
    }

    /**
     * As {@link #schema(Finding)}, a schema whose case the engine keeps under {@code names} (a quoted
     * {@code "Tenant_A"} beside {@code tenant_a} on PostgreSQL) in double quotes with its case, as table names are.
     */
    public static Optional<String> schema(Finding finding, NameRules names) {
        return finding.location().table().schemaName().filter(s -> !s.stored().isEmpty())
                .map(s -> names.keepsCase(s) ? '"' + s.stored() + '"' : s.stored().toLowerCase(Locale.ROOT));
    }

    /** The parts of a fingerprint line, to describe an entry no finding matches any more. */
    static Finding.Location location(String fingerprint) {
        String[] parts = fingerprint.split("\\|", -1);
        String table = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : fingerprint;
        List<String> columns = parts.length > 2 ? split(parts[2]) : List.of();
        Optional<TableRef> target = parts.length > 3 && !parts[3].isEmpty()
                ? Optional.of(TableRef.of(unquoted(parts[3]))) : Optional.empty();
        List<String> targetColumns = target.isPresent() && parts.length > 4 ? split(parts[4]) : List.of();
        Optional<String> schema = parts.length > 5 && !parts[5].isEmpty() ? Optional.of(unquoted(parts[5]))
                : Optional.empty();
        return new Finding.Location(TableRef.of(schema.orElse(null), unquoted(table)), columns, target,
                targetColumns);
    }

    static String rule(String fingerprint) {
        int end = fingerprint.indexOf(SEPARATOR);
        return end < 0 ? fingerprint : fingerprint.substring(0, end);
    }

    private static String table(NameRules names, TableRef table) {
        return names.keepsCase(table.tableName()) ? '"' + table.tableName().stored() + '"' : table.key();
    }

    private static List<String> split(String columns) {
        if (columns.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String column : columns.split(",")) {
            names.add(unquoted(column));
        }
        return List.copyOf(names);
    }

    private static String unquoted(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1) : name;
    }

    private static String sorted(NameRules names, TableRef table, List<String> columns) {
        return columns.stream()
                .map(c -> names.keepsCase(table, c) ? '"' + c + '"' : c.toLowerCase(Locale.ROOT))
                .sorted().collect(Collectors.joining(","));
    }
}
