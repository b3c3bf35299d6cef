package dev.fkguard.rule;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.FkText;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where the mapping and the database disagree.
 *
 * @param location where it is: a table, its columns and, for a foreign key, the referenced table and columns
 * @param message  what is wrong, without the location (that is printed in front of it)
 * @param fix      how to make it right, in words and, where it helps, the SQL; a setting it names is named by its
 *                 startup key ({@code hibernate.fkguard.schemas}), which each report respells as its front takes it
 *                 ({@link dev.fkguard.report.PlannedFixes#fix(Finding)})
 * @param remedies the schema changes that fix it, for migration scripts; empty where only the mapping can change
 * @param weakening those of {@code remedies} that would weaken the database, which is stricter or says more than the
 *                  mapping there: the fix is the mapping change, and the planner leaves these out as commented
 *                  alternatives
 */
public record Finding(RuleId rule, Severity severity, Location location, String message, String fix,
                      List<Remedy> remedies, List<Remedy> weakening) {

    /** Findings print table by table, then by columns, then by rule, whatever order the rules ran in. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().table())
            .thenComparing(f -> String.join(",", f.location().columns()))
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.location().target().map(TableRef::key).orElse(""))
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        remedies = List.copyOf(remedies);
        weakening = List.copyOf(weakening);
        if (!remedies.containsAll(weakening)) {
            throw new IllegalArgumentException("weakening remedies must be remedies of the finding: " + weakening);
        }
    }

    /** A finding none of whose remedies weakens the database. */
    public Finding(RuleId rule, Severity severity, Location location, String message, String fix,
                   List<Remedy> remedies) {
        this(rule, severity, location, message, fix, remedies, List.of());
    }

    /** A finding no schema change fixes. */
    public Finding(RuleId rule, Severity severity, Location location, String message, String fix) {
        this(rule, severity, location, message, fix, List.of());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, message, fix, remedies, weakening);
    }

    /** The same finding, every remedy of it marked as weakening the database. */
    public Finding weakeningTheDatabase() {
        return new Finding(rule, severity, location, message, fix, remedies, remedies);
    }

    /** {@code [rule-id] orders.customer_id → customers.id: message. Fix: fix} */
    public String format() {
        return "[" + rule + "] " + location.describe() + ": " + message + " Fix: " + fix;
    }

    /** Where a finding is. {@code target} is empty for findings about a table or column alone. */
    public record Location(TableRef table, List<String> columns, Optional<TableRef> target,
                           List<String> targetColumns) {

        public Location {
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
            Objects.requireNonNull(target, "target");
            targetColumns = List.copyOf(targetColumns);
        }

        public static Location of(ForeignKey key) {
            return new Location(key.table(), key.columns(), Optional.of(key.targetTable()),
                    key.targetColumns());
        }

        /**
         * {@code orders.customer_id → customers.id}, every table as written and without its schema: for text read
         * within one schema (a rule's message, a tenant's group). Reports use {@link #describe(NameRules)}.
         */
        public String describe() {
            return target.map(t -> FkText.describe(table, columns, t, targetColumns))
                    .orElseGet(() -> columns.isEmpty() ? table.name() : FkText.columns(table, columns));
        }

        /**
         * {@code shop.orders.customer_id → customers.id}: as {@link #describe()}, each table outside the schema
         * unqualified names resolve to under {@code names} with its schema, as the migration names it, so a location
         * never leaves open which of two same-name tables it means.
         */
        public String describe(NameRules names) {
            String where = columns.isEmpty() ? FkText.table(table, names) : FkText.columns(table, columns, names);
            return target.map(t -> where + " → " + FkText.columns(t, targetColumns, names)).orElse(where);
        }
    }
}
