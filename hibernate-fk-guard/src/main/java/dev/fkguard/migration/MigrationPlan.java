package dev.fkguard.migration;

import dev.fkguard.ddl.DdlRenderer;
import dev.fkguard.ddl.PlannedRemedies;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.ddl.RemedyPlanner;
import dev.fkguard.ddl.Statement;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one migration runs for a report, and what it leaves out: {@link RemedyPlanner} merges the remedies, drops
 * those another makes unnecessary, adds what the engine needs and leaves out what it would refuse; the steps then run
 * in phases (drops, engine changes, column changes, indexes, foreign keys, validation). Within a phase the report's
 * order is kept, so the same report always gives the same migration.
 *
 * @param leftOut changes the findings ask for that the engine would refuse until something else is done first
 */
public record MigrationPlan(DatabaseInfo database, List<Step> steps, List<LeftOut> leftOut) {

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

    /**
     * A change left out of the migration.
     *
     * @param sql          the statement that would carry it out, for the comment that shows it
     * @param prerequisite what must be done first
     */
    public record LeftOut(Remedy remedy, String sql, String prerequisite) {
        public LeftOut {
            Objects.requireNonNull(remedy, "remedy");
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(prerequisite, "prerequisite");
        }
    }

    public MigrationPlan {
        Objects.requireNonNull(database, "database");
        steps = List.copyOf(steps);
        leftOut = List.copyOf(leftOut);
    }

    public MigrationPlan(DatabaseInfo database, List<Step> steps) {
        this(database, steps, List.of());
    }

    /** The plan of every finding's remedies, planned against the schema the check read. */
    public static MigrationPlan of(Report report) {
        return of(report.database(), report.schema(),
                report.findings().stream().flatMap(f -> f.remedies().stream()).toList());
    }

    /** A plan that knows nothing of the live schema beyond what the remedies say. */
    public static MigrationPlan of(DatabaseInfo database, List<Remedy> remedies) {
        return of(database, new SchemaModel(database, List.of(), List.of()), remedies);
    }

    public static MigrationPlan of(DatabaseInfo database, SchemaModel schema, List<Remedy> remedies) {
        DdlRenderer ddl = renderer(database);
        PlannedRemedies planned = new RemedyPlanner(database.kind(), database.schemas(), schema).plan(remedies);
        List<Step> steps = planned.remedies().stream()
                .map(remedy -> new Step(remedy, ddl.statements(remedy)))
                .sorted(Comparator.comparing(Step::phase))
                .toList();
        List<LeftOut> leftOut = planned.leftOut().stream()
                .map(l -> new LeftOut(l.remedy(), ddl.render(l.remedy()), l.prerequisite()))
                .toList();
        return new MigrationPlan(database, steps, leftOut);
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

    /** Nothing to run (changes may still be left out). */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * Whether the plan leaves out the change {@code remedy} asks for: the remedy itself, or the replacement it was
     * merged into, of the same database key.
     */
    public boolean leavesOut(Remedy remedy) {
        return leftOut.stream().anyMatch(l -> sameChange(l.remedy(), remedy));
    }

    /** How many findings of {@code report} no schema change fixes: only the mapping can, or this plan leaves it out. */
    public static long unfixable(Report report) {
        MigrationPlan plan = of(report);
        return report.findings().stream().map(Finding::remedies)
                .filter(remedies -> remedies.stream().allMatch(plan::leavesOut))
                .count();
    }

    private boolean sameChange(Remedy planned, Remedy asked) {
        if (planned.equals(asked)) {
            return true;
        }
        if (planned instanceof Remedy.ReplaceForeignKey a && asked instanceof Remedy.ReplaceForeignKey b) {
            return a.existing().equals(b.existing());
        }
        if (planned instanceof Remedy.ReplaceForeignKey a && asked instanceof Remedy.RenameForeignKey b) {
            return a.existing().equals(b.existing());
        }
        if (planned instanceof Remedy.DropNotNull a && asked instanceof Remedy.DropNotNull b) {
            return a.table().equals(b.table()) && database.names().sameColumn(a.table(), a.column(), b.column());
        }
        return false;
    }
}
