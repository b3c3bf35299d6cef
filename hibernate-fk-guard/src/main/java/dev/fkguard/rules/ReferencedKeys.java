package dev.fkguard.rules;

import dev.fkguard.model.Index;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        Set<String> wanted = keys(columns, names);
        return of(table).stream().filter(key -> keys(key, names).equals(wanted)).toList();
    }

    /** The columns' keys ({@link NameRules#columnKey}), as a set. */
    static Set<String> keys(List<String> columns, NameRules names) {
        Set<String> set = new TreeSet<>();
        columns.forEach(name -> set.add(names.columnKey(name)));
        return set;
    }

    static boolean sameOrder(List<String> a, List<String> b, NameRules names) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!names.sameColumn(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
