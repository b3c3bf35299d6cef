package dev.fkguard.rules;

import dev.fkguard.model.Index;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The keys a foreign key may reference in the SQL standard: a table's primary key and its unique indexes, with
 * their columns in key order. Shared by the rules about what a foreign key references.
 */
final class ReferencedKeys {

    private ReferencedKeys() {
    }

    /** Primary key first, then unique indexes, each as its column list in key order. */
    static List<List<String>> of(Table table) {
        List<List<String>> keys = new ArrayList<>();
        if (!table.primaryKey().isEmpty()) {
            keys.add(table.primaryKey());
        }
        table.indexes().stream().filter(Index::unique).map(Index::columns).forEach(keys::add);
        return keys;
    }

    /** The primary or unique keys whose columns are exactly {@code columns}, in any order. */
    static List<List<String>> withColumns(Table table, List<String> columns, NameRules names) {
        Set<String> wanted = keys(table.ref(), columns, names);
        return of(table).stream().filter(key -> keys(table.ref(), key, names).equals(wanted)).toList();
    }

    /** The keys ({@link NameRules#columnKey}) of columns of {@code table}, as a set. */
    static Set<String> keys(TableRef table, List<String> columns, NameRules names) {
        return keys(table, columns, names::columnKey);
    }

    /** The same, with each key from {@code columnKey} ({@link RuleContext#columnKey}: each name folded once). */
    static Set<String> keys(TableRef table, List<String> columns, BiFunction<TableRef, String, String> columnKey) {
        if (columns.size() == 1) {
            // Most keys have one column: a set of one is equal to the sorted set and builds no tree, for each of
            // thousands of keys and the indexes they are compared with.
            return Set.of(columnKey.apply(table, columns.get(0)));
        }
        Set<String> set = new TreeSet<>();
        for (String name : columns) {
            set.add(columnKey.apply(table, name));
        }
        return set;
    }

    static boolean sameOrder(TableRef table, List<String> a, List<String> b, NameRules names) {
        return names.sameColumns(table, a, b);
    }
}
