package dev.fkguard.rules;

import dev.fkguard.model.English;
import dev.fkguard.model.NameRules;
import dev.fkguard.ddl.GeneratedNames;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.Table;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A database foreign key whose columns lead no index (the primary key counts). Every delete or key update of a
 * parent then scans the child table, holding locks meanwhile, and joins from parent to children scan too.
 *
 * <p>PostgreSQL never creates such an index. InnoDB (MySQL, MariaDB) and H2 create one with the key and refuse to
 * drop it while the key exists, so there the rule fires only when the catalog really shows none (an index dropped
 * with {@code foreign_key_checks = 0}, for instance). Column order within the leading columns does not matter for
 * finding the children of one parent, so any order counts.
 */
public final class MissingForeignKeyIndexRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("missing-foreign-key-index");

    public MissingForeignKeyIndexRule() {
        super(ID, Severity.WARNING,
                "A foreign key's columns lead no index: deleting a parent scans and locks the child table.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.database().foreignKeys(), key -> context.mapping().maps(key.table())
                ? finding(context, key) : Optional.empty());
    }

    private Optional<Finding> finding(RuleContext context, ForeignKey key) {
        Optional<Table> table = context.table(key.table());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        if (indexed(table.get(), key, context.names())) {
            return Optional.empty();
        }
        Finding.Location location = context.locationOf(key);
        // The location carries the mapping's spelling of the columns where a mapped relation matched the key.
        GeneratedNames generated = new GeneratedNames(context.database().database().kind(), context.database());
        Remedy create = new Remedy.CreateIndex(location.table(), location.columns(),
                generated.indexName(location.table(), location.columns()));
        String message = "no index starts with the columns of database constraint " + key.name().orElse("(unnamed)")
                + "; every delete or key update of " + English.withArticle(key.targetTable().name()) + " row scans "
                + key.table().name() + " and locks it meanwhile, and loading the children of one parent scans too.";
        String fix = "index the foreign key columns (on a busy PostgreSQL table use CREATE INDEX CONCURRENTLY): "
                + context.remedyText().describe(create) + ".";
        return Optional.of(new Finding(ID, defaultSeverity(), location, message, fix, List.of(create)));
    }

    /** Whether an index of the key's table starts with the key's columns, in any order. */
    private static boolean indexed(Table table, ForeignKey key, NameRules names) {
        int count = key.columns().size();
        if (count == 1) {
            // Most keys have one column: one name comparison per index, with no set of keys built for either side.
            String column = key.columns().get(0);
            for (Index index : table.indexes()) {
                if (!index.columns().isEmpty() && names.sameColumn(key.table(), index.columns().get(0), column)) {
                    return true;
                }
            }
            return false;
        }
        // The key's columns once, not once per index of its table.
        Set<String> columns = ReferencedKeys.keys(key.table(), key.columns(), names);
        for (Index index : table.indexes()) {
            if (index.columns().size() >= count
                    && ReferencedKeys.keys(key.table(), index.columns().subList(0, count), names).equals(columns)) {
                return true;
            }
        }
        return false;
    }
}
