package dev.fkguard.catalog;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.catalog.CatalogRows.ColumnRow;
import dev.fkguard.catalog.CatalogRows.ForeignKeyRow;
import dev.fkguard.catalog.CatalogRows.IndexRow;
import dev.fkguard.catalog.CatalogRows.TableRow;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        // Grouped in loops by a (schema, table) key of two references: per row, no key string and no stream.
        Map<TableKey, List<ColumnRow>> columns = new HashMap<>();
        for (ColumnRow column : rows.columns()) {
            columns.computeIfAbsent(new TableKey(column.schema(), column.table()), k -> new ArrayList<>()).add(column);
        }
        Map<TableKey, List<IndexRow>> indexes = new HashMap<>();
        for (IndexRow index : rows.indexes()) {
            indexes.computeIfAbsent(new TableKey(index.schema(), index.table()), k -> new ArrayList<>()).add(index);
        }
        List<TableRow> ordered = sorted(rows.tables(), SchemaAssembler::byTableNames);
        List<Table> tables = new ArrayList<>(ordered.size());
        for (TableRow row : ordered) {
            TableKey key = new TableKey(row.schema(), row.name());
            tables.add(table(row, columns.getOrDefault(key, List.of()), indexes.getOrDefault(key, List.of())));
        }
        return tables;
    }

    /** A table's identity while rows are grouped: the catalog's two strings, compared as they are. */
    private record TableKey(String schema, String table) {
    }

    private Table table(TableRow row, List<ColumnRow> columnRows, List<IndexRow> indexRows) {
        // columnRows and indexRows are this assembler's own lists (or empty): sorted in place.
        List<ColumnRow> byPosition = columnRows;
        if (byPosition.size() > 1) {
            byPosition.sort(Comparator.comparingInt(ColumnRow::position));
        }
        Column[] columns = new Column[byPosition.size()];
        for (int i = 0; i < columns.length; i++) {
            ColumnRow c = byPosition.get(i);
            columns[i] = new Column(c.name(), type(c), c.nullable(), ColumnDefinitions.of(kind, c));
        }
        // Index rows grouped by name, then the names in name order.
        Map<String, List<IndexRow>> byName = new HashMap<>();
        for (IndexRow index : indexRows) {
            byName.computeIfAbsent(index.name(), n -> new ArrayList<>(2)).add(index);
        }
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(NameOrder::compare);
        List<Index> indexes = new ArrayList<>(names.size());
        List<String> primaryKey = List.of();
        for (String name : names) {
            List<IndexRow> parts = byName.get(name);
            if (parts.size() > 1) {
                parts.sort(Comparator.comparingInt(IndexRow::position));
            }
            String[] indexColumns = new String[parts.size()];
            boolean primary = false;
            boolean unique = true;
            for (int i = 0; i < indexColumns.length; i++) {
                IndexRow part = parts.get(i);
                indexColumns[i] = part.column();
                primary |= part.primary();
                unique &= part.unique();
            }
            List<String> columnList = List.of(indexColumns);
            indexes.add(new Index(name, columnList, primary || unique));
            if (primary) {
                primaryKey = columnList;
            }
        }
        return new Table(ref(row.schema(), row.name()), List.of(columns), primaryKey, indexes,
                row.engine().filter(e -> !e.isBlank()));
    }

    /** What decides a column's {@link ColumnType}: a schema has few distinct ones among thousands of columns. */
    private record TypeKey(String dataType, Optional<Long> characterLength, Optional<Integer> precision,
                           Optional<Integer> scale, boolean unsigned, Optional<String> charset,
                           Optional<String> collation) {
    }

    private final Map<TypeKey, ColumnType> types = new HashMap<>();
    private final Map<String, ReferentialAction> actions = new HashMap<>();

    /** {@link ColumnTypes#of}, once per distinct type of the read (a type is a value: shared, nothing changes). */
    private ColumnType type(ColumnRow row) {
        TypeKey key = new TypeKey(row.dataType(), row.characterLength(), row.precision(), row.scale(), row.unsigned(),
                row.charset(), row.collation());
        ColumnType type = types.get(key);
        if (type == null) {
            type = ColumnTypes.of(row);
            types.put(key, type);
        }
        return type;
    }

    List<ForeignKey> foreignKeys(CatalogRows rows) {
        Map<TableKey, Optional<String>> engines = new HashMap<>();
        Map<TableKey, TableRef> refs = new HashMap<>();
        for (TableRow table : rows.tables()) {
            engines.putIfAbsent(new TableKey(table.schema(), table.name()), table.engine());
        }
        Map<ConstraintKey, List<ForeignKeyRow>> byConstraint = new LinkedHashMap<>();
        for (ForeignKeyRow row : rows.foreignKeys()) {
            byConstraint.computeIfAbsent(new ConstraintKey(row.schema(), row.table(), row.name()),
                    k -> new ArrayList<>(1)).add(row);
        }
        List<ForeignKey> keys = new ArrayList<>(byConstraint.size());
        for (List<ForeignKeyRow> parts : byConstraint.values()) {
            keys.add(foreignKey(parts, engines, refs));
        }
        keys.sort(SchemaAssembler::byKeyNames);
        return keys;
    }

    /** A copy of {@code items} in {@code order}; stable, so exact ties keep the catalog's order. */
    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return sorted;
    }

    /** Tables by name, then schema ({@link NameOrder}). */
    private static int byTableNames(TableRow a, TableRow b) {
        int byName = NameOrder.compare(a.name(), b.name());
        return byName != 0 ? byName : NameOrder.compare(nonNull(a.schema()), nonNull(b.schema()));
    }

    /** Keys by table name, schema, constraint name, then the columns joined with commas ({@link NameOrder}). */
    private static int byKeyNames(ForeignKey a, ForeignKey b) {
        int order = NameOrder.compare(a.table().name(), b.table().name());
        if (order == 0) {
            order = NameOrder.compare(a.table().schema().orElse(""), b.table().schema().orElse(""));
        }
        if (order == 0) {
            order = NameOrder.compare(a.name().orElse(""), b.name().orElse(""));
        }
        if (order == 0) {
            // A single column is its own joined list: joined strings are built only for composite keys.
            order = a.columns().size() == 1 && b.columns().size() == 1
                    ? NameOrder.compare(a.columns().get(0), b.columns().get(0))
                    : NameOrder.compare(String.join(",", a.columns()), String.join(",", b.columns()));
        }
        return order;
    }

    private static String nonNull(String name) {
        return name == null ? "" : name;
    }

    /** One constraint's rows while they are grouped. */
    private record ConstraintKey(String schema, String table, String name) {
    }

    private ForeignKey foreignKey(List<ForeignKeyRow> parts, Map<TableKey, Optional<String>> engines,
                                  Map<TableKey, TableRef> refs) {
        if (parts.size() > 1) {
            parts.sort(Comparator.comparingInt(ForeignKeyRow::position));
        }
        ForeignKeyRow first = parts.get(0);
        TableKey table = new TableKey(first.schema(), first.table());
        Optional<String> engine = engines.getOrDefault(table, Optional.empty());
        String[] columns = new String[parts.size()];
        String[] targetColumns = new String[parts.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = parts.get(i).column();
            targetColumns[i] = parts.get(i).targetColumn();
        }
        // A table's ref is made once however many keys it has or is the target of: its names' keys are built there.
        return new ForeignKey(
                Optional.ofNullable(first.name()).filter(n -> !n.isBlank()),
                refs.computeIfAbsent(table, k -> ref(k.schema(), k.table())),
                List.of(columns),
                refs.computeIfAbsent(new TableKey(first.targetSchema(), first.targetTable()),
                        k -> ref(k.schema(), k.table())),
                List.of(targetColumns),
                action(first.deleteRule(), first),
                action(first.updateRule(), first),
                first.deferrable(),
                first.enforced() && engineEnforces(engine),
                first.validated());
    }

    private ReferentialAction action(String rule, ForeignKeyRow row) {
        // Every key states two of a handful of words: each is parsed once per read.
        ReferentialAction known = rule == null ? null : actions.get(rule);
        if (known != null) {
            return known;
        }
        ReferentialAction action = parsedAction(rule, row);
        actions.put(rule, action);
        return action;
    }

    private ReferentialAction parsedAction(String rule, ForeignKeyRow row) {
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
}
