package dev.fkguard.migration;

import dev.fkguard.ddl.DdlRenderer;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.ddl.Statement;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The remedies of a report, each once, in the order they can run: drops, engine changes, column changes, indexes,
 * foreign keys, validation. Within a phase the report's order is kept, so the same report always gives the same
 * migration.
 */
public record MigrationPlan(DatabaseInfo database, List<Step> steps) {

    /** One remedy and the statements that carry it out on the plan's engine. */
    public record Step(Remedy remedy, List<Statement> statements) {
        public Step {
            Objects.requireNonNull(remedy, "remedy");
            statements = List.copyOf(statements);
        }

        Statement.Phase phase() {
            return statements.stream().map(Statement::phase).min(Comparator.naturalOrder())
                    .orElse(Statement.Phase.ADD_FOREIGN_KEYS);
        }
    }

    public MigrationPlan {
        Objects.requireNonNull(database, "database");
        steps = List.copyOf(steps);
    }

    public static MigrationPlan of(Report report) {
        return of(report.database(), report.findings().stream().flatMap(f -> f.remedies().stream()).toList());
    }

    public static MigrationPlan of(DatabaseInfo database, List<Remedy> remedies) {
        DdlRenderer ddl = renderer(database);
        Set<Remedy> unique = new LinkedHashSet<>(remedies);
        List<Step> steps = unique.stream()
                .map(remedy -> new Step(remedy, ddl.statements(remedy)))
                .sorted(Comparator.comparing(Step::phase))
                .toList();
        return new MigrationPlan(database, steps);
    }

    static DdlRenderer renderer(DatabaseInfo database) {
        return new DdlRenderer(database);
    }

    /** Every statement in run order: by phase, then by step (a PostgreSQL VALIDATE waits until every key exists). */
    public List<Statement> statements() {
        Set<Statement> unique = new LinkedHashSet<>();
        steps.stream().flatMap(step -> step.statements().stream())
                .sorted(Comparator.comparing(Statement::phase))
                .forEach(unique::add);
        return List.copyOf(unique);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** How many findings of {@code report} no schema change fixes (only the mapping can). */
    public static long unfixable(Report report) {
        return report.findings().stream().map(Finding::remedies).filter(List::isEmpty).count();
    }
}
