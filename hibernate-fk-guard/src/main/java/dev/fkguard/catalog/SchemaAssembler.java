package dev.fkguard.catalog;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.catalog.CatalogRows.ColumnRow;
import dev.fkguard.catalog.CatalogRows.ForeignKeyRow;
import dev.fkguard.catalog.CatalogRows.IndexRow;
import dev.fkguard.catalog.CatalogRows.TableRow;
import dev.fkguard.model.Column;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups flat catalog rows into tables and foreign keys, normalizes what differs between engines only in spelling,
 * and orders everything deterministically (table name, then constraint/index name, then key position; ties on case
 * broken by the exact spelling).
 *
 * <p>Normalizations:
 * <ul>
 *   <li>Referential actions stay as the engine stores them ({@code NO ACTION} and {@code RESTRICT} apart, also on
 *       MySQL and MariaDB, where both mean the same): reports show the engine's own word, and rules compare by
 *       meaning ({@link ReferentialAction#sameMeaning}).</li>
 *   <li>MySQL and MariaDB: a foreign key on a table whose storage engine does not enforce foreign keys (anything but
 *       InnoDB and NDB) is {@code enforced = false}. (MyISAM does not even keep the definition, so usually no such
 *       key is listed; the table's engine is recorded either way.)</li>
 *   <li>Columns of views and other non-tables are dropped: only tables from the tables query are kept.</li>
 * </ul>
 */
final class SchemaAssembler {

    private static final Set<String> FK_ENGINES = Set.of("innodb", "ndb", "ndbcluster");

    private static final Comparator<String> NAME_ORDER =
            Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Function.identity());

    private final DatabaseKind kind;
    private final NameRules rules;

    SchemaAssembler(DatabaseKind kind, NameRules rules) {
        this.kind = kind;
        this.rules = rules;
    }

    /** A table as the catalog names it: its names are already the stored ones. */
    TableRef ref(String schema, String name) {
        return new TableRef(Optional.ofNullable(schema).filter(s -> !s.isBlank()).map(rules::stored),
                rules.stored(name));
    }

    List<Table> tables(CatalogRows rows) {
        Map<String, List<ColumnRow>> columns = rows.columns().stream()
                .collect(Collectors.groupingBy(c -> tableKey(c.schema(), c.table())));
        Map<String, List<IndexRow>> indexes = rows.indexes().stream()
                .collect(Collectors.groupingBy(i -> tableKey(i.schema(), i.table())));
        return sortedByNames(rows.tables(), t -> List.of(t.name(), nonNull(t.schema()))).stream()
                .map(t -> table(t, columns.getOrDefault(tableKey(t.schema(), t.name()), List.of()),
                        indexes.getOrDefault(tableKey(t.schema(), t.name()), List.of())))
                .toList();
    }

    private Table table(TableRow row, List<ColumnRow> columnRows, List<IndexRow> indexRows) {
        List<Column> columns = columnRows.stream()
                .sorted(Comparator.comparingInt(ColumnRow::position))
                .map(c -> new Column(c.name(), ColumnTypes.of(c), c.nullable(), ColumnDefinitions.of(kind, c)))
                .toList();
        Map<String, List<IndexRow>> byName = new TreeMap<>(NAME_ORDER);
        for (IndexRow index : indexRows) {
            byName.computeIfAbsent(index.name(), n -> new ArrayList<>()).add(index);
        }
        List<Index> indexes = new ArrayList<>();
        List<String> primaryKey = List.of();
        for (Map.Entry<String, List<IndexRow>> entry : byName.entrySet()) {
            List<IndexRow> parts = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(IndexRow::position)).toList();
            List<String> indexColumns = parts.stream().map(IndexRow::column).toList();
            boolean primary = parts.stream().anyMatch(IndexRow::primary);
            indexes.add(new Index(entry.getKey(), indexColumns, primary || parts.stream().allMatch(IndexRow::unique)));
            if (primary) {
                primaryKey = indexColumns;
            }
        }
        return new Table(ref(row.schema(), row.name()), columns, primaryKey, indexes,
                row.engine().filter(e -> !e.isBlank()));
    }

    List<ForeignKey> foreignKeys(CatalogRows rows) {
        Map<String, Optional<String>> engines = rows.tables().stream()
                .collect(Collectors.toMap(t -> tableKey(t.schema(), t.name()), TableRow::engine, (a, b) -> a));
        Map<String, List<ForeignKeyRow>> byConstraint = new LinkedHashMap<>();
        for (ForeignKeyRow row : rows.foreignKeys()) {
            byConstraint.computeIfAbsent(tableKey(row.schema(), row.table()) + '\u0000' + row.name(),
                    k -> new ArrayList<>()).add(row);
        }
        List<ForeignKey> keys = byConstraint.values().stream().map(parts -> foreignKey(parts, engines)).toList();
        return sortedByNames(keys, fk -> List.of(fk.table().name(), fk.table().schema().orElse(""),
                fk.name().orElse(""), String.join(",", fk.columns())));
    }

    /**
     * Sorts by a list of names, each in {@link #NAME_ORDER}, with the lower-case spellings built once per item rather
     * than on every comparison (thousands of keys, a dozen comparisons each).
     */
    private static <T> List<T> sortedByNames(List<T> items, Function<T, List<String>> names) {
        record Keyed<T>(T item, List<String> lower, List<String> exact) {
        }
        Comparator<Keyed<T>> order = (a, b) -> {
            for (int i = 0; i < a.exact().size(); i++) {
                int byLower = a.lower().get(i).compareTo(b.lower().get(i));
                if (byLower != 0) {
                    return byLower;
                }
                int byExact = a.exact().get(i).compareTo(b.exact().get(i));
                if (byExact != 0) {
                    return byExact;
                }
            }
            return 0;
        };
        return items.stream()
                .map(item -> {
                    List<String> exact = names.apply(item);
                    return new Keyed<>(item, exact.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList(), exact);
                })
                .sorted(order)
                .map(Keyed::item)
                .toList();
    }

    private static String nonNull(String name) {
        return name == null ? "" : name;
    }

    private ForeignKey foreignKey(List<ForeignKeyRow> unordered, Map<String, Optional<String>> engines) {
        List<ForeignKeyRow> parts = unordered.stream().sorted(Comparator.comparingInt(ForeignKeyRow::position)).toList();
        ForeignKeyRow first = parts.get(0);
        Optional<String> engine = engines.getOrDefault(tableKey(first.schema(), first.table()), Optional.empty());
        return new ForeignKey(
                Optional.ofNullable(first.name()).filter(n -> !n.isBlank()),
                ref(first.schema(), first.table()),
                parts.stream().map(ForeignKeyRow::column).toList(),
                ref(first.targetSchema(), first.targetTable()),
                parts.stream().map(ForeignKeyRow::targetColumn).toList(),
                action(first.deleteRule(), first),
                action(first.updateRule(), first),
                first.deferrable(),
                first.enforced() && engineEnforces(engine),
                first.validated());
    }

    private ReferentialAction action(String rule, ForeignKeyRow row) {
        return Optional.ofNullable(rule).flatMap(ReferentialAction::fromSql)
                .orElseThrow(() -> new CatalogAccessException("the catalog of " + kind.displayName()
                        + " reports an unknown referential action '" + rule + "' for foreign key " + row.name()
                        + " on " + row.table() + "; this reader does not know it yet.",
                        "report it with the engine's version; meanwhile set " + FkGuardSettings.MODE
                                + "=warn to start with this logged."));
    }

    private boolean engineEnforces(Optional<String> engine) {
        return !kind.isMySqlFamily() || engine.isEmpty() || FK_ENGINES.contains(engine.get().toLowerCase(Locale.ROOT));
    }

    private static String tableKey(String schema, String table) {
        return (schema == null ? "" : schema) + '\u0000' + table;
    }
}
