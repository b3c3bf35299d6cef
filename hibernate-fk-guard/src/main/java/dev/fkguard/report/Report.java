package dev.fkguard.report;

import dev.fkguard.migration.MigrationScope;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Severity;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check: what was checked and every finding, in the stable report order.
 *
 * <p>Only {@code findings} count: they are what fails startup. Findings accepted by a {@code @FkGuardSuppress}
 * ({@code suppressed}) or by the baseline file ({@code baselined}) are kept apart so reports can still show them.
 *
 * @param graph  the foreign keys of both sides, for reports that draw them or point at the entity's code; empty when
 *               the report was built from findings alone. Not part of a report's equality: it is built, when
 *               deferred, only once a report file reads it
 * @param schema the live schema the check read, for the migration planner (primary keys, unique keys, columns and
 *               indexes decide what a change needs first); without tables when the report was built from findings
 *               alone, and then the plan assumes nothing about the database
 * @param migrationScope which findings the migration carries ({@code hibernate.fkguard.migration-scope}); a report
 *               built without settings carries all
 * @param timings what the check cost, for the log; {@link CheckTimings#none()} for a report built otherwise. Not part
 *               of a report's equality: two checks that found the same are equal however long each took.
 */
public record Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings,
                     List<SuppressedFinding> suppressed, List<Finding> baselined, ForeignKeyGraph graph,
                     SchemaModel schema, MigrationScope migrationScope, CheckTimings timings) {

    public Report {
        Objects.requireNonNull(database, "database");
        findings = findings.stream().sorted(Finding.ORDER).toList();
        suppressed = suppressed.stream()
                .sorted(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER))
                .toList();
        baselined = baselined.stream().sorted(Finding.ORDER).toList();
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(migrationScope, "migrationScope");
        Objects.requireNonNull(timings, "timings");
    }

    /** A report without timings. */
    public Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings,
                  List<SuppressedFinding> suppressed, List<Finding> baselined, ForeignKeyGraph graph,
                  SchemaModel schema, MigrationScope migrationScope) {
        this(database, foreignKeysChecked, findings, suppressed, baselined, graph, schema, migrationScope,
                CheckTimings.none());
    }

    /** A report whose migration carries every finding. */
    public Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings,
                  List<SuppressedFinding> suppressed, List<Finding> baselined, ForeignKeyGraph graph,
                  SchemaModel schema) {
        this(database, foreignKeysChecked, findings, suppressed, baselined, graph, schema, MigrationScope.ALL);
    }

    /** A report without the live schema. */
    public Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings,
                  List<SuppressedFinding> suppressed, List<Finding> baselined, ForeignKeyGraph graph) {
        this(database, foreignKeysChecked, findings, suppressed, baselined, graph, unknownSchema(database));
    }

    /** A report with nothing suppressed or baselined, and no graph. */
    public Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings) {
        this(database, foreignKeysChecked, findings, List.of(), List.of(), ForeignKeyGraph.empty());
    }

    /** A report with nothing suppressed or baselined. */
    public Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings, ForeignKeyGraph graph) {
        this(database, foreignKeysChecked, findings, List.of(), List.of(), graph);
    }

    /** A report without the graph. */
    public Report(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings,
                  List<SuppressedFinding> suppressed, List<Finding> baselined) {
        this(database, foreignKeysChecked, findings, suppressed, baselined, ForeignKeyGraph.empty());
    }

    /** The same report, with the graph reports draw. */
    public Report withGraph(ForeignKeyGraph newGraph) {
        return new Report(database, foreignKeysChecked, findings, suppressed, baselined, newGraph, schema,
                migrationScope, timings);
    }

    /** The same report, with the live schema the migration planner consults. */
    public Report withSchema(SchemaModel newSchema) {
        return new Report(database, foreignKeysChecked, findings, suppressed, baselined, graph, newSchema,
                migrationScope, timings);
    }

    /** The same report, its migration carrying the findings {@code scope} includes. */
    public Report withMigrationScope(MigrationScope scope) {
        return new Report(database, foreignKeysChecked, findings, suppressed, baselined, graph, schema, scope,
                timings);
    }

    /** The same report, with what the check cost. */
    public Report withTimings(CheckTimings newTimings) {
        return new Report(database, foreignKeysChecked, findings, suppressed, baselined, graph, schema,
                migrationScope, newTimings);
    }

    /**
     * The same report, its timings including how long reading the mapping took: the one place that adds it, for
     * checks whose mapping was read before the report (at integration, or with Hibernate's boot in a build).
     */
    public Report withMappingRead(Duration mappingRead) {
        return withTimings(timings.withMapping(mappingRead));
    }

    /**
     * What a report's equality compares: what the check read and found. Left out are {@code timings}, which differ
     * from run to run, and {@code graph}, a view of the mapping and the schema for report files: comparing it would
     * build a deferred graph ({@link ForeignKeyGraph#deferred}), the cost a check without report files must not pay.
     */
    private record Outcome(DatabaseInfo database, int foreignKeysChecked, List<Finding> findings,
                           List<SuppressedFinding> suppressed, List<Finding> baselined, SchemaModel schema,
                           MigrationScope migrationScope) {
    }

    private Outcome outcome() {
        return new Outcome(database, foreignKeysChecked, findings, suppressed, baselined, schema, migrationScope);
    }

    /** Equal when they read and found the same ({@link Outcome}): neither timings nor the graph count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Report that && outcome().equals(that.outcome());
    }

    @Override
    public int hashCode() {
        return outcome().hashCode();
    }

    private static SchemaModel unknownSchema(DatabaseInfo database) {
        return new SchemaModel(database, List.of(), List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** No finding left to act on; suppressed and baselined ones may exist. */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
