package dev.fkguard.rules;

import dev.fkguard.model.NameRules;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.Column;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.Table;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ON DELETE SET NULL on a column that may not be null, in the database or in the mapping's {@code @OnDelete}.
 * PostgreSQL and H2 accept the DDL and fail only when a parent is deleted; MySQL refuses the DDL.
 */
public final class SetNullOnRequiredColumnRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("set-null-on-required-column");

    public SetNullOnRequiredColumnRule() {
        super(ID, Severity.ERROR,
                "ON DELETE SET NULL on a NOT NULL column: the delete fails at run time.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        // Keyed by location so a key that is wrong in both the database and the mapping is reported once.
        Map<String, Finding> findings = new LinkedHashMap<>();
        context.database().foreignKeys().stream()
                .filter(key -> context.mapping().maps(key.table()))
                .filter(key -> key.onDelete() == ReferentialAction.SET_NULL || key.onUpdate() == ReferentialAction.SET_NULL)
                .forEach(key -> databaseFinding(context, key)
                        .ifPresent(f -> findings.putIfAbsent(key(f), f)));
        context.mapping().foreignKeys().stream()
                .filter(expected -> expected.intent().onDelete().filter(a -> a == ReferentialAction.SET_NULL).isPresent())
                .filter(expected -> !expected.intent().nullable())
                .forEach(expected -> {
                    Finding finding = new Finding(ID, defaultSeverity(), Finding.Location.of(expected.key()),
                            "mapping " + expected.intent().source() + " declares @OnDelete(SET_NULL) on a column it"
                            + " maps as not nullable (optional = false / nullable = false).",
                            "make the association optional and the column nullable, or use @OnDelete(CASCADE) or"
                            + " no @OnDelete.");
                    findings.putIfAbsent(key(finding), finding);
                });
        return List.copyOf(findings.values());
    }

    private Optional<Finding> databaseFinding(RuleContext context, ForeignKey key) {
        Finding.Location location = context.locationOf(key);
        List<Column> required = new ArrayList<>();
        key.columns().forEach(name -> context.column(key.table(), name)
                .filter(column -> !column.nullable())
                .ifPresent(required::add));
        if (required.isEmpty()) {
            return Optional.empty();
        }
        String clause = key.onDelete() == ReferentialAction.SET_NULL ? "ON DELETE SET NULL" : "ON UPDATE SET NULL";
        List<String> names = required.stream()
                .map(column -> spelledAsLocation(location, column.name(), context.names())).toList();
        // A primary-key column never allows NULL: there only the rule can change.
        List<String> primaryKey = context.table(key.table()).map(Table::primaryKey).orElse(List.of());
        List<Remedy> remedies = required.stream()
                .filter(column -> primaryKey.stream()
                        .noneMatch(pk -> context.names().sameColumn(key.table(), pk, column.name())))
                .<Remedy>map(column -> new Remedy.DropNotNull(location.table(),
                        spelledAsLocation(location, column.name(), context.names()), column.type(),
                        column.attributes(), Optional.of(key)))
                .toList();
        String message = "database constraint " + key.name().orElse("(unnamed)") + " has " + clause + " but "
                + String.join(", ", names) + " is NOT NULL; deleting a referenced row fails.";
        String fix = remedies.isEmpty()
                ? "change the rule to CASCADE or RESTRICT (" + String.join(", ", names)
                  + " is part of the primary key, which never allows NULL)."
                : context.remedyText().describe(remedies)
                  + ", or change the rule to CASCADE or RESTRICT.";
        return Optional.of(new Finding(ID, defaultSeverity(), location, message, fix, remedies));
    }

    /** The column as the location spells it (the mapping's spelling when a mapped relation matched the key). */
    private static String spelledAsLocation(Finding.Location location, String column, NameRules names) {
        return location.columns().stream().filter(c -> names.sameColumn(location.table(), c, column)).findFirst().orElse(column);
    }

    private static String key(Finding finding) {
        return finding.location().describe().toLowerCase(Locale.ROOT);
    }
}
