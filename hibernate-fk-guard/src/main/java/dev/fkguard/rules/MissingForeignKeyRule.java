package dev.fkguard.rules;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.ddl.GeneratedNames;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;

/** The mapping implies a foreign key that the database does not have. */
public final class MissingForeignKeyRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("missing-foreign-key");

    public MissingForeignKeyRule() {
        super(ID, Severity.ERROR,
                "The mapping implies a foreign key the database lacks: nothing stops rows pointing at parents that do not exist.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.matches().missing().stream().map(expected -> finding(context, expected)).toList();
    }

    private Finding finding(RuleContext context, ExpectedForeignKey expected) {
        ForeignKey mapped = expected.key();
        DatabaseKind kind = context.database().database().kind();
        // No rule declared: the new key gets none either, as Hibernate would write it (MariaDB then stores RESTRICT).
        ForeignKey key = new ForeignKey(mapped.name(), mapped.table(), mapped.columns(), mapped.targetTable(),
                mapped.targetColumns(), mapped.onDelete().undeclaredAs(kind), mapped.onUpdate().undeclaredAs(kind),
                mapped.deferrable(), mapped.enforced(), mapped.validated());
        boolean tableExists = context.table(key.table()).isPresent();
        String message = tableExists
                ? "mapping " + expected.intent().source() + " (" + expected.intent().kind().annotation()
                  + ") implies this foreign key; the database has none."
                : "mapping " + expected.intent().source() + " implies this foreign key, but table "
                  + key.table().name() + " was not found in the database.";
        String name = expected.intent().explicitName().orElseGet(() -> new GeneratedNames(context.database().database().kind(), context.names()).constraintName(key));
        if (!tableExists) {
            return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message,
                    "create the table (run your migrations) or check " + FkGuardSettings.SCHEMAS
                    + " and the user's privileges.");
        }
        Remedy add = new Remedy.AddForeignKey(key, name);
        List<String> missingColumns = key.columns().stream()
                .filter(column -> context.column(key.table(), column).isEmpty()).toList();
        if (!missingColumns.isEmpty()) {
            // The key cannot be added before its column exists; the migration leaves it out and says so.
            String columns = String.join(", ", missingColumns);
            return new Finding(ID, defaultSeverity(), Finding.Location.of(key),
                    "mapping " + expected.intent().source() + " (" + expected.intent().kind().annotation()
                    + ") implies this foreign key, but column " + columns + " does not exist in table "
                    + key.table().name() + ": the mapping reads and writes a column the database lacks.",
                    "add column " + columns + " to " + key.table().name() + " (the schema migration that creates"
                    + " it), then " + context.remedyText().describe(add) + ". Or fix the mapping's column name.",
                    List.of(add));
        }
        // PostgreSQL, H2 and MySQL 8.4 refuse a key to columns that are not unique; the migration leaves it out.
        boolean targetUnique = key.targetColumns().isEmpty() || context.table(key.targetTable())
                .map(target -> !ReferencedKeys.withColumns(target, key.targetColumns(), context.names()).isEmpty()).orElse(true);
        String first = targetUnique ? "remove orphaned rows first"
                : "declare a primary or unique key on " + key.targetTable().name() + " ("
                  + String.join(", ", key.targetColumns()) + ") first (see references-non-unique-key), remove"
                  + " orphaned rows";
        String fix = first + ", then " + context.remedyText().describe(add)
                + ". Or, if no constraint is wanted, map it with @ForeignKey(ConstraintMode.NO_CONSTRAINT).";
        return new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix, List.of(add));
    }
}
