package dev.fkguard.rule;

import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link NameRules#columnKey} for the names a check looks up again and again ({@code id}, {@code customer_id}): where
 * no column is quoted the key depends on the name alone, so each name is folded once. With quoted columns (case-only
 * twins) every lookup asks the rules, which then look at the table too. Safe to share between threads.
 */
final class ColumnKeys {

    private final NameRules names;
    private final Map<String, String> byName = new ConcurrentHashMap<>();

    ColumnKeys(NameRules names) {
        this.names = names;
    }

    String of(TableRef table, String column) {
        if (!names.quotedColumns().isEmpty()) {
            return names.columnKey(table, column);
        }
        String key = byName.get(column);
        if (key == null) {
            key = names.columnKey(table, column);
            byName.put(column, key);
        }
        return key;
    }
}
