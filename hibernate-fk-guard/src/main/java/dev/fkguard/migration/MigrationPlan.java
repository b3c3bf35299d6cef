package dev.fkguard.migration;

import dev.fkguard.ddl.DdlRenderer;
import dev.fkguard.ddl.PlannedRemedies;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.ddl.RemedyFate;
import dev.fkguard.ddl.RemedyPlanner;
import dev.fkguard.ddl.Statement;
import dev.fkguard.ddl.TableSpellings;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.rule.Finding;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one migration runs for a report, and what it leaves out: {@link RemedyPlanner} merges the remedies, drops
 * those another makes unnecessary, adds what the engine needs and leaves out what it would refuse; the steps then run
 * in phases (drops, engine changes, column changes, indexes, foreign keys, validation). Within a phase the report's
 * order is kept, so the same report always gives the same migration.
 *
 * @param leftOut    changes the findings ask for that the engine would refuse until something else is done first,
 *                   that would weaken the database, or that would narrow a column needing no narrowing
 * @param outOfScope how many findings with a schema fix the plan leaves to a wider
 *                   {@code hibernate.fkguard.migration-scope}
 * @param fates      what the plan does with each remedy it was given ({@link #fate}), for reports that show it
 */
public record MigrationPlan(DatabaseInfo database, List<Step> steps, List<LeftOut> leftOut, int outOfScope,
                            Map<Remedy, RemedyFate> fates) {

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
     * @param prerequisite what must be done first, or why the change would weaken the database or is not needed
     */
    public record LeftOut(Remedy remedy, String sql, String prerequisite, PlannedRemedies.Reason reason) {
        public LeftOut {
            Objects.requireNonNull(remedy, "remedy");
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(prerequisite, "prerequisite");
            Objects.requireNonNull(reason, "reason");
        }

        /** A change the engine would refuse until {@code prerequisite} is done. */
        public LeftOut(Remedy remedy, String sql, String prerequisite) {
            this(remedy, sql, prerequisite, PlannedRemedies.Reason.ENGINE_REFUSES);
        }

        /**
         * Why the change is left out, as one line every writer prints under (or beside) its statement: the reason's
         * label, then what must be done first or why the change is not wanted.
         */
        public String why() {
            return reason.explain(prerequisite);
        }

        public boolean weakensDatabase() {
            return reason == PlannedRemedies.Reason.WEAKENS_DATABASE;
        }

        public boolean narrowsColumn() {
            return reason == PlannedRemedies.Reason.NARROWS_COLUMN;
        }
    }

    public MigrationPlan {
        Objects.requireNonNull(database, "database");
        steps = List.copyOf(steps);
        leftOut = List.copyOf(leftOut);
        if (outOfScope < 0) {
            throw new IllegalArgumentException("outOfScope < 0: " + outOfScope);
        }
        fates = Map.copyOf(fates);
    }

    public MigrationPlan(DatabaseInfo database, List<Step> steps, List<LeftOut> leftOut) {
        this(database, steps, leftOut, 0, Map.of());
    }

    public MigrationPlan(DatabaseInfo database, List<Step> steps) {
        this(database, steps, List.of());
    }

    /**
     * The plan of a check's {@code findings} in its migration {@code scope}, planned against the {@code schema} the
     * check read. Remedies their findings mark as weakening the database are left out as commented alternatives,
     * unless another finding asks for the same change without the mark. The check plans once and hands the plan to
     * every report and writer; this package knows findings, not reports, so it never depends on {@code report}.
     */
    public static MigrationPlan of(List<Finding> findings, MigrationScope scope, DatabaseInfo database,
                                   SchemaModel schema) {
        List<Finding> inScope = findings.stream().filter(scope::includes).toList();
        int outOfScope = (int) findings.stream()
                .filter(f -> !f.remedies().isEmpty() && !scope.includes(f)).count();
        List<Remedy> remedies = inScope.stream().flatMap(f -> f.remedies().stream()).toList();
        Set<Remedy> wanted = inScope.stream()
                .flatMap(f -> f.remedies().stream().filter(r -> !f.weakening().contains(r)))
                .collect(Collectors.toSet());
        List<Remedy> weakening = inScope.stream().flatMap(f -> f.weakening().stream())
                .filter(r -> !wanted.contains(r)).toList();
        MigrationPlan plan = of(database, schema, remedies, weakening);
        return new MigrationPlan(plan.database(), plan.steps(), plan.leftOut(), outOfScope, plan.fates());
    }

    /** A plan that knows nothing of the live schema beyond what the remedies say. */
    public static MigrationPlan of(DatabaseInfo database, List<Remedy> remedies) {
        return of(database, new SchemaModel(database, List.of(), List.of()), remedies);
    }

    public static MigrationPlan of(DatabaseInfo database, SchemaModel schema, List<Remedy> remedies) {
        return of(database, schema, remedies, List.of());
    }

    private static MigrationPlan of(DatabaseInfo database, SchemaModel schema, List<Remedy> remedies,
                                    List<Remedy> weakening) {
        PlannedRemedies planned = new RemedyPlanner(database.kind(), database.schemas(), schema)
                .plan(remedies, weakening);
        DdlRenderer ddl = new DdlRenderer(database, TableSpellings.of(database.names(), Stream.concat(
                planned.remedies().stream(), planned.leftOut().stream().map(PlannedRemedies.LeftOut::remedy))
                .toList()));
        List<Step> steps = planned.remedies().stream()
                .map(remedy -> new Step(remedy, ddl.statements(remedy)))
                .sorted(Comparator.comparing(Step::phase))
                .toList();
        List<LeftOut> leftOut = planned.leftOut().stream()
                .map(l -> new LeftOut(l.remedy(), ddl.render(l.remedy()), l.prerequisite(), l.reason()))
                .toList();
        return new MigrationPlan(database, steps, leftOut, 0, planned.fates());
    }

    /**
     * This plan with every statement inside a transaction, for a tool that holds a transaction of its own while it
     * runs a migration (Flyway on PostgreSQL): the same steps, a step that would run outside one (an index built
     * {@code CONCURRENTLY}) rendered for inside.
     */
    MigrationPlan inTransaction() {
        DdlRenderer ddl = DdlRenderer.inTransaction(database, spellings());
        List<Step> rendered = steps.stream()
                .map(step -> step.statements().stream().allMatch(Statement::transactional) ? step
                        : new Step(step.remedy(), ddl.statements(step.remedy())))
                .toList();
        return new MigrationPlan(database, rendered, leftOut, outOfScope, fates);
    }

    /** A renderer that spells each table as its ref does. */
    static DdlRenderer renderer(DatabaseInfo database) {
        return new DdlRenderer(database);
    }

    /** The renderer this plan's statements were written with: one spelling for each of its tables. */
    static DdlRenderer renderer(MigrationPlan plan) {
        return new DdlRenderer(plan.database(), plan.spellings());
    }

    /** One spelling for each table the plan's steps and left-out changes name. */
    TableSpellings spellings() {
        return TableSpellings.of(database.names(), Stream.concat(steps.stream().map(Step::remedy),
                leftOut.stream().map(LeftOut::remedy)).toList());
    }

    /** Every statement in run order: by phase, then by step (a PostgreSQL VALIDATE waits until every key exists). */
    public List<Statement> statements() {
        Set<Statement> unique = new LinkedHashSet<>();
        steps.stream().flatMap(step -> step.statements().stream())
                .sorted(Comparator.comparing(Statement::phase))
                .forEach(unique::add);
        return List.copyOf(unique);
    }

    /**
     * What the plan does with {@code asked}, one of the remedies it was planned from. A remedy it was not given (a
     * finding outside the plan) is left out, and says so.
     */
    public RemedyFate fate(Remedy asked) {
        return fate(asked, MigrationScope.SETTING);
    }

    /**
     * As {@link #fate(Remedy)}, naming the migration scope setting as the user writes it where the check runs.
     *
     * @param scopeSetting e.g. {@code hibernate.fkguard.migration-scope}, {@code -Dfkguard.migration-scope}
     */
    public RemedyFate fate(Remedy asked, String scopeSetting) {
        RemedyFate fate = fates.get(asked);
        return fate != null ? fate : new RemedyFate.LeftOut(new PlannedRemedies.LeftOut(asked,
                outOfScope > 0
                        ? scopeSetting + " is failing: only the findings that fail startup are fixed; set it to all"
                          + " to include this one."
                        : "this migration does not include it.", PlannedRemedies.Reason.OUT_OF_SCOPE));
    }

    /**
     * The statements the migration runs for {@code fate}, in run order; none for a change covered or left out. A
     * statement that serves several steps is listed once.
     */
    public List<Statement> statementsOf(RemedyFate fate) {
        if (!(fate instanceof RemedyFate.Runs runs)) {
            return List.of();
        }
        Set<Statement> unique = new LinkedHashSet<>();
        steps.stream().filter(step -> runs.planned().contains(step.remedy()))
                .flatMap(step -> step.statements().stream())
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
        // A change left out as weakening was left out before merging: only that very change is.
        return leftOut.stream().anyMatch(l -> l.weakensDatabase() ? l.remedy().equals(remedy)
                : sameChange(l.remedy(), remedy));
    }

    /**
     * The changes left out, as the migration writers list them: in one list, those the database would refuse first,
     * then those that would weaken it, then the needless narrowings; within a reason, in the plan's order.
     */
    public List<LeftOut> leftOutForReview() {
        return leftOut.stream().sorted(Comparator.comparing(LeftOut::reason)).toList();
    }

    /** The changes left out because they would weaken the database. */
    public List<LeftOut> weakening() {
        return leftOut.stream().filter(LeftOut::weakensDatabase).toList();
    }

    /** The changes left out because they would narrow a column that already holds every value they aim at. */
    public List<LeftOut> narrowing() {
        return leftOut.stream().filter(LeftOut::narrowsColumn).toList();
    }

    /** The changes left out because the engine would refuse them. */
    public List<LeftOut> refused() {
        return leftOut.stream().filter(l -> l.reason() == PlannedRemedies.Reason.ENGINE_REFUSES).toList();
    }

    /**
     * How many findings the migration scope leaves out, in words, for the migration's header and the startup failure
     * alike; empty when it leaves out none.
     */
    public Optional<String> outOfScopeNote() {
        return outOfScopeNote(MigrationScope.SETTING + "=all");
    }

    /**
     * As {@link #outOfScopeNote()}, naming the setting as the user writes it where the check runs.
     *
     * @param includeAll the migration scope set to {@code all}, e.g. {@code -Dfkguard.migration-scope=all}
     */
    public Optional<String> outOfScopeNote(String includeAll) {
        if (outOfScope == 0) {
            return Optional.empty();
        }
        String findings = outOfScope == 1 ? " finding with a schema fix is" : " findings with a schema fix are";
        return Optional.of(outOfScope + findings + " out of scope (they do not fail startup); " + includeAll
                + " includes them.");
    }

    /** How many of {@code findings} no schema change fixes: only the mapping can, or this plan leaves it out. */
    public long unfixable(List<Finding> findings) {
        return findings.stream().map(Finding::remedies)
                .filter(remedies -> remedies.stream().allMatch(this::leavesOut))
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
