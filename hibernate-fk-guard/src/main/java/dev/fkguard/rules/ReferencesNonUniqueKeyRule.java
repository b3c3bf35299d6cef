package dev.fkguard.rules;

import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Place;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A foreign key whose referenced columns are not, as a set, the primary key or a unique key of the referenced
 * table. InnoDB (MySQL up to 8.0, MariaDB) accepts a key to any indexed columns; MySQL 8.4 refuses new ones by
 * default ({@code restrict_fk_on_non_standard_key}), and PostgreSQL and H2 never accept them. Checked on database
 * keys of mapped tables and on the mapping's keys ({@code @JoinColumn(referencedColumnName = …)} at a column the
 * database does not keep unique); a key found on both sides is reported once, at the database key.
 */
public final class ReferencesNonUniqueKeyRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("references-non-unique-key");

    public ReferencesNonUniqueKeyRule() {
        super(ID, Severity.ERROR,
                "A foreign key references columns that are neither the primary key nor a unique key.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Map<Place, Finding> findings = new LinkedHashMap<>();
        UniqueKeys uniqueKeys = new UniqueKeys(context);
        context.database().foreignKeys().stream()
                .filter(key -> context.mapping().maps(key.table()))
                .filter(uniqueKeys::notUnique)
                .forEach(key -> {
                    Finding.Location location = context.locationOf(key);
                    findings.putIfAbsent(Place.of(location, context.names()), new Finding(ID, defaultSeverity(), location,
                            "database constraint " + key.name().orElse("(unnamed)") + " references "
                            + referenced(key) + ", which is neither the primary key nor a unique key: a child row"
                            + " may match several parents, and MySQL 8.4, PostgreSQL and H2 refuse to create such"
                            + " a key, so this schema cannot be recreated there.", fix(key)));
                });
        for (ExpectedForeignKey expected : context.mapping().foreignKeys()) {
            ForeignKey key = expected.key();
            if (uniqueKeys.notUnique(key)) {
                Finding.Location location = Finding.Location.of(key);
                findings.putIfAbsent(Place.of(location, context.names()), new Finding(ID, defaultSeverity(), location,
                        "mapping " + expected.intent().source() + " references " + referenced(key) + ", which the"
                        + " database keeps neither as primary key nor as unique key: the association may find"
                        + " several rows, and PostgreSQL, H2 and MySQL 8.4 refuse the foreign key it implies.",
                        fix(key)));
            }
        }
        return List.copyOf(findings.values());
    }

    /**
     * The primary and unique keys of each referenced table as column-key sets, worked out once per table: thousands
     * of keys reference a few hundred tables, and each key's test is then one set lookup.
     */
    private static final class UniqueKeys {

        private final RuleContext context;
        private final BiFunction<TableRef, String, String> columnKey;
        private final Map<TableRef, Optional<Set<Set<String>>>> byTable = new HashMap<>();

        UniqueKeys(RuleContext context) {
            this.context = context;
            this.columnKey = context::columnKey;
        }

        boolean notUnique(ForeignKey key) {
            if (key.targetColumns().isEmpty()) {
                return false;
            }
            Optional<Set<Set<String>>> keys = byTable.computeIfAbsent(key.targetTable(), this::keysOf);
            return keys.isPresent()
                    && !keys.get().contains(ReferencedKeys.keys(key.targetTable(), key.targetColumns(), columnKey));
        }

        /** Empty for a table the database does not have. */
        private Optional<Set<Set<String>>> keysOf(TableRef ref) {
            Optional<Table> table = context.table(ref);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            Set<Set<String>> keys = new HashSet<>();
            for (List<String> columns : ReferencedKeys.of(table.get())) {
                keys.add(ReferencedKeys.keys(ref, columns, columnKey));
            }
            return Optional.of(keys);
        }
    }

    private static String referenced(ForeignKey key) {
        return key.targetTable().name() + "(" + String.join(", ", key.targetColumns()) + ")";
    }

    private static String fix(ForeignKey key) {
        return "if " + referenced(key) + " is unique in fact, declare a UNIQUE constraint on it (and"
                + " @Column(unique = true) in the mapping); otherwise reference the primary key of "
                + key.targetTable().name() + " instead.";
    }
}
