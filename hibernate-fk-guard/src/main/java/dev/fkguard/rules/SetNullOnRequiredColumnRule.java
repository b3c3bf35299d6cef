package dev.fkguard.rules;

import dev.fkguard.model.NameRules;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.Column;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.Table;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Place;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ON DELETE SET NULL on a column that may not be null, in the database or in the mapping's {@code @OnDelete}.
 * PostgreSQL and H2 accept the DDL and fail only when a parent is deleted; MySQL refuses the DDL. The database-side
 * fix allows NULL only where an optional mapping declares {@code @OnDelete(SET_NULL)} itself; otherwise it re-creates
 * the key with the rule the mapping wants (see {@link #databaseFinding}).
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
        Map<Place, Finding> findings = new LinkedHashMap<>();
        context.database().foreignKeys().stream()
                .filter(key -> context.mapping().maps(key.table()))
                .filter(key -> key.onDelete() == ReferentialAction.SET_NULL || key.onUpdate() == ReferentialAction.SET_NULL)
                .forEach(key -> databaseFinding(context, key)
                        .ifPresent(f -> findings.putIfAbsent(Place.of(f.location(), context.names()), f)));
        context.mapping().foreignKeys().stream()
                .filter(expected -> expected.intent().onDelete().filter(a -> a == ReferentialAction.SET_NULL).isPresent())
                .filter(expected -> !expected.intent().nullable())
                .forEach(expected -> {
                    Finding finding = new Finding(ID, defaultSeverity(), Finding.Location.of(expected.key()),
                            "mapping " + expected.intent().source() + " declares @OnDelete(SET_NULL) on a column it"
                            + " maps as not nullable (optional = false / nullable = false).",
                            "make the association optional and the column nullable, or use @OnDelete(CASCADE) or"
                            + " no @OnDelete.");
                    findings.putIfAbsent(Place.of(finding.location(), context.names()), finding);
                });
        return List.copyOf(findings.values());
    }

    /**
     * A database key with SET NULL over a NOT NULL column. Which side changes follows the mapping: under an optional
     * association that declares {@code @OnDelete(SET_NULL)} the column may allow NULL, which that rule needs;
     * everywhere else the rule changes and the column keeps its NOT NULL, since allowing NULL would weaken a schema
     * nobody asked to weaken:
     * <ul>
     *   <li>an optional association with no {@code @OnDelete} (optional is JPA's default, not a wish for NULLs): the
     *       engine's default;</li>
     *   <li>a required association (optional = false / nullable = false): the rule the mapping wants, its
     *       {@code @OnDelete} or what the engine stores for none;</li>
     *   <li>an {@code @OnDelete} other than SET NULL: that rule;</li>
     *   <li>a primary-key column, which never allows NULL: the mapping's rule, or the engine's default;</li>
     *   <li>a key no mapped association explains: the engine's default (NO ACTION; MariaDB RESTRICT). SET NULL on a
     *       NOT NULL column already refuses every delete of a referenced row, so the new rule refuses the same
     *       deletes with the key's own error and changes no outcome, where allowing NULL would let them through.</li>
     * </ul>
     * The action that is not SET NULL stays as the database has it. Where the mapping itself declares
     * {@code @OnDelete(SET_NULL)} on a required association, the mapping is what contradicts itself: the
     * mapping-side finding reports it, and no DDL is offered until the mapping says which side it wants.
     */
    private Optional<Finding> databaseFinding(RuleContext context, ForeignKey key) {
        Finding.Location location = context.locationOf(key);
        List<Column> required = new ArrayList<>();
        key.columns().forEach(name -> context.column(key.table(), name)
                .filter(column -> !column.nullable())
                .ifPresent(required::add));
        if (required.isEmpty()) {
            return Optional.empty();
        }
        Optional<ExpectedForeignKey> expected = context.expectationOf(key);
        Optional<MappingIntent> intent = expected.map(ExpectedForeignKey::intent);
        Optional<ReferentialAction> declared = intent.flatMap(MappingIntent::onDelete)
                .filter(action -> action != ReferentialAction.NO_ACTION);
        if (intent.filter(i -> !i.nullable()).isPresent()
                && declared.filter(action -> action == ReferentialAction.SET_NULL).isPresent()) {
            return Optional.empty();
        }
        String clause = key.onDelete() == ReferentialAction.SET_NULL ? "ON DELETE SET NULL" : "ON UPDATE SET NULL";
        List<String> names = required.stream()
                .map(column -> spelledAsLocation(location, column.name(), context.names())).toList();
        String columns = String.join(", ", names);
        String message = "database constraint " + key.name().orElse("(unnamed)") + " has " + clause + " but "
                + columns + " is NOT NULL; deleting a referenced row fails.";
        List<String> primaryKey = context.table(key.table()).map(Table::primaryKey).orElse(List.of());
        boolean inPrimaryKey = required.stream().anyMatch(column -> primaryKey.stream()
                .anyMatch(pk -> context.names().sameColumn(key.table(), pk, column.name())));
        boolean optional = intent.filter(MappingIntent::nullable).isPresent();
        boolean otherRuleDeclared = declared.filter(action -> action != ReferentialAction.SET_NULL).isPresent();
        boolean setNullDeclared = declared.filter(action -> action == ReferentialAction.SET_NULL).isPresent();

        if (optional && setNullDeclared && !inPrimaryKey) {
            // The mapping asks for SET NULL itself and lets the association be empty: the column is what is stricter.
            List<Remedy> remedies = required.stream()
                    .<Remedy>map(column -> new Remedy.DropNotNull(location.table(),
                            spelledAsLocation(location, column.name(), context.names()), column.type(),
                            column.attributes(), Optional.of(key)))
                    .toList();
            return Optional.of(new Finding(ID, defaultSeverity(), location, message,
                    context.remedyText().describe(remedies) + ", or change the rule to CASCADE or RESTRICT.",
                    remedies));
        }

        DatabaseKind kind = context.database().database().kind();
        ReferentialAction onDelete = key.onDelete() != ReferentialAction.SET_NULL ? key.onDelete()
                : declared.filter(action -> action != ReferentialAction.SET_NULL)
                .orElse(ReferentialAction.omitted(kind));
        // Hibernate has no @OnUpdate: the mapping wants what the engine stores for none (as update-rule-mismatch).
        ReferentialAction onUpdate = key.onUpdate() != ReferentialAction.SET_NULL ? key.onUpdate()
                : ReferentialAction.omitted(kind);
        // In the mapping's spelling where a mapped association matches, so the same change asked by
        // delete-rule-mismatch is one change; a key on other columns or another target keeps its own.
        ForeignKey spelled = expected.map(ExpectedForeignKey::key)
                .filter(mapped -> context.isMatched(expected.get())).orElse(key);
        Remedy replace = new Remedy.ReplaceForeignKey(key,
                ReplacementKeys.of(key, spelled, onDelete, onUpdate));
        String statement = context.remedyText().describe(replace);
        String fix;
        if (inPrimaryKey) {
            fix = "change the rule (" + columns + " is part of the primary key, which never allows NULL): "
                    + statement + ".";
        } else if (otherRuleDeclared) {
            fix = "change the rule to what mapping " + intent.get().source() + " declares ("
                    + intent.get().onDeleteSite().declared(declared.get()) + "), keeping the NOT NULL: " + statement
                    + ".";
        } else if (optional) {
            // Optional is JPA's default, not a wish for NULLs: allowing them would let deletes through that fail today.
            fix = "change the rule, keeping the NOT NULL: " + statement + ". SET NULL on a NOT NULL column already"
                    + " refuses every delete of a referenced row, so this changes no outcome"
                    + intent.get().onDeleteSite().howToDeclare(ReferentialAction.SET_NULL)
                    .map(declare -> "; only if the children should outlive their parent, " + declare
                            + " and allow NULL in " + columns + " instead")
                    .orElse("") + ".";
        } else if (intent.isPresent()) {
            fix = "change the rule, keeping the NOT NULL that mapping " + intent.get().source() + " requires"
                    + " (optional = false / nullable = false): " + statement + ". Only if the children should outlive"
                    + " their parent, make the association optional first; then allow NULL in " + columns + ".";
        } else {
            fix = "change the rule, keeping the NOT NULL: " + statement + ". SET NULL on a NOT NULL column already"
                    + " refuses every delete of a referenced row, so this changes no outcome; only if the children"
                    + " should outlive their parent, allow NULL in " + columns + " instead.";
        }
        return Optional.of(new Finding(ID, defaultSeverity(), location, message, fix, List.of(replace)));
    }

    /** The column as the location spells it (the mapping's spelling when a mapped relation matched the key). */
    private static String spelledAsLocation(Finding.Location location, String column, NameRules names) {
        return location.columns().stream().filter(c -> names.sameColumn(location.table(), c, column)).findFirst().orElse(column);
    }
}
