package dev.fkguard.rules;

import dev.fkguard.model.NameRules;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.ForeignKeyMatch;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A composite database key (matched to a mapped relation, which pairs columns regardless of order) lists its
 * referenced columns in another order than the primary or unique key it references. MySQL and MariaDB need an
 * index whose leading columns are the referenced columns <em>in that order</em>, so such a key only exists there
 * thanks to some other index, and recreating the schema without it (a dump, a migration on a fresh database)
 * fails; on every engine the key does not use the referenced key's index and ORM-generated DDL will not agree.
 * Quiet when some primary or unique key has exactly the key's order, or when none has its columns at all (that is
 * {@code references-non-unique-key}).
 */
public final class CompositeKeyColumnOrderRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("composite-key-column-order");

    public CompositeKeyColumnOrderRule() {
        super(ID, Severity.ERROR,
                "A composite foreign key lists its columns in another order than the key it references.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ForeignKeyMatch match : context.matches().matched()) {
            ForeignKey actual = match.actual();
            if (actual.columns().size() < 2 || actual.targetColumns().isEmpty()) {
                continue;
            }
            Optional<Table> target = context.table(actual.targetTable());
            if (target.isEmpty()) {
                continue;
            }
            List<List<String>> keys = ReferencedKeys.withColumns(target.get(), actual.targetColumns(),
                    context.names());
            if (keys.isEmpty() || keys.stream()
                    .anyMatch(key -> ReferencedKeys.sameOrder(actual.targetTable(), key, actual.targetColumns(), context.names()))) {
                continue;
            }
            findings.add(finding(context, match, keys.get(0)));
        }
        return findings;
    }

    private Finding finding(RuleContext context, ForeignKeyMatch match, List<String> keyOrder) {
        ForeignKey actual = match.actual();
        ForeignKey mapped = match.expected().key();
        List<String> columns = new ArrayList<>();
        List<String> targetColumns = new ArrayList<>();
        for (String referenced : keyOrder) {
            int i = indexOf(actual.targetTable(), actual.targetColumns(), referenced, context.names());
            columns.add(spelled(actual.table(), mapped.columns(), actual.columns().get(i), context.names()));
            targetColumns.add(spelled(actual.targetTable(), mapped.targetColumns(), actual.targetColumns().get(i),
                    context.names()));
        }
        ForeignKey wanted = new ForeignKey(actual.name(), mapped.table(), columns, mapped.targetTable(), targetColumns,
                actual.onDelete(), actual.onUpdate(), actual.deferrable(), true, true);
        Remedy replace = new Remedy.ReplaceForeignKey(actual, wanted);
        String message = "database constraint " + actual.name().orElse("(unnamed)") + " lists ("
                + String.join(", ", actual.columns()) + ") → (" + String.join(", ", actual.targetColumns())
                + "), but the referenced key of " + actual.targetTable().name() + " is ("
                + String.join(", ", keyOrder) + "); MySQL and MariaDB need an index with the referenced columns"
                + " leading in the key's order, so recreating this key on a fresh schema fails there, and the key"
                + " does not use the referenced key's index.";
        return new Finding(ID, defaultSeverity(), Finding.Location.of(mapped), message,
                context.remedyText().describe(replace) + ".",
                List.of(replace));
    }

    private static int indexOf(TableRef table, List<String> names, String wanted, NameRules rules) {
        for (int i = 0; i < names.size(); i++) {
            if (rules.sameColumn(table, names.get(i), wanted)) {
                return i;
            }
        }
        throw new IllegalStateException(wanted + " not in " + names);
    }

    /** The mapping's spelling of a column the database reports, where the mapping has it. */
    private static String spelled(TableRef table, List<String> mapped, String name, NameRules rules) {
        return mapped.stream().filter(m -> rules.sameColumn(table, m, name)).findFirst().orElse(name);
    }
}
