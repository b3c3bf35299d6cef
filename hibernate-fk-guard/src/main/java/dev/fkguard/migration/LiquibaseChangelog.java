package dev.fkguard.migration;

import dev.fkguard.ddl.DdlRenderer;
import dev.fkguard.ddl.SqlNames;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.ddl.Statement;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plan as Liquibase change sets, one per remedy, using Liquibase's own change types where one exists
 * ({@code addForeignKeyConstraint} carries onDelete/onUpdate) and a {@code sql} change for the rest. The YAML and
 * XML writers only spell this structure.
 */
final class LiquibaseChangelog {

    static final String AUTHOR = "hibernate-fk-guard";

    /** One change: its type, attributes in output order, index columns, or the text of a {@code sql} change. */
    record Change(String type, Map<String, String> attributes, List<String> columns, Optional<String> sql) {
        Change {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            columns = List.copyOf(columns);
        }

        static Change sql(String text) {
            return new Change("sql", Map.of(), List.of(), Optional.of(text));
        }
    }

    record ChangeSet(String id, List<String> comments, boolean runInTransaction, List<Change> changes) {
        ChangeSet {
            comments = List.copyOf(comments);
            changes = List.copyOf(changes);
        }
    }

    private final MigrationPlan plan;
    private final DdlRenderer ddl;
    private final SqlNames names;

    LiquibaseChangelog(MigrationPlan plan) {
        this.plan = plan;
        this.ddl = MigrationPlan.renderer(plan);
        this.names = new SqlNames(plan.database().kind(), plan.database().names(), plan.spellings());
    }

    String header() {
        return "hibernate-fk-guard: makes " + plan.database().kind().displayName()
                + " foreign keys agree with the mapping. Review before running."
                + SqlScript.scope(plan).map(s -> " " + s).orElse("")
                + (plan.leftOut().isEmpty() ? "" : " " + SqlScript.LEFT_OUT)
                + plan.leftOutForReview().stream().map(l -> " " + l.sql() + " (" + l.why() + ")")
                .collect(Collectors.joining());
    }

    List<ChangeSet> changeSets(String version) {
        List<ChangeSet> result = new ArrayList<>();
        int n = 1;
        for (MigrationPlan.Step step : plan.steps()) {
            List<String> comments = step.statements().stream().flatMap(s -> s.comments().stream()).toList();
            boolean transactional = step.statements().stream().allMatch(Statement::transactional);
            result.add(new ChangeSet("fkguard-" + version + "-" + n++, comments, transactional, changes(step)));
        }
        return List.copyOf(result);
    }

    private List<Change> changes(MigrationPlan.Step step) {
        Remedy remedy = step.remedy();
        if (remedy instanceof Remedy.AddForeignKey add) {
            return List.of(addKey(add.key(), add.constraintName()));
        }
        if (remedy instanceof Remedy.DropForeignKey drop) {
            return List.of(dropKey(drop.key()));
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return List.of(dropKey(replace.existing()), addKey(replace.wanted(), ddl.replacementName(replace)));
        }
        boolean columnChange = remedy instanceof Remedy.ChangeColumnType || remedy instanceof Remedy.DropNotNull
                || remedy instanceof Remedy.SetNotNull;
        if (columnChange && plan.database().kind().isMySqlFamily()) {
            // Liquibase spells modifyDataType and add/dropNotNullConstraint on MySQL as a bare MODIFY, which drops
            // the column's default, comment, AUTO_INCREMENT and the rest: the guard's own statement repeats them.
            return sqlChanges(step);
        }
        if (remedy instanceof Remedy.ChangeColumnType change) {
            Map<String, String> attributes = table("tableName", "schemaName", change.table());
            attributes.put("columnName", change.column());
            attributes.put("newDataType", ddl.typeDefinition(change.type()));
            return List.of(new Change("modifyDataType", attributes, List.of(), Optional.empty()));
        }
        if (remedy instanceof Remedy.DropNotNull drop) {
            return List.of(notNull("dropNotNullConstraint", drop.table(), drop.column(), drop.type()));
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return List.of(notNull("addNotNullConstraint", set.table(), set.column(), set.type()));
        }
        if (remedy instanceof Remedy.CreateIndex index && step.statements().stream().allMatch(Statement::transactional)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("indexName", index.indexName());
            attributes.putAll(table("tableName", "schemaName", index.table()));
            return List.of(new Change("createIndex", attributes, index.columns(), Optional.empty()));
        }
        // No native change type (engine, validation, a concurrent index): the statements as they are.
        return sqlChanges(step);
    }

    /** The step's statements as {@code sql} changes; one left out leaves no change, only its comment. */
    private static List<Change> sqlChanges(MigrationPlan.Step step) {
        return step.statements().stream().filter(s -> !s.isLeftOut()).map(s -> Change.sql(s.sql())).toList();
    }

    private Change addKey(ForeignKey key, String name) {
        Map<String, String> attributes = table("baseTableName", "baseTableSchemaName", key.table());
        attributes.put("baseColumnNames", String.join(", ", key.columns()));
        attributes.put("constraintName", name);
        attributes.putAll(table("referencedTableName", "referencedTableSchemaName", key.targetTable()));
        attributes.put("referencedColumnNames", String.join(", ", key.targetColumns()));
        attributes.put("onDelete", key.onDelete().sql());
        attributes.put("onUpdate", key.onUpdate().sql());
        return new Change("addForeignKeyConstraint", attributes, List.of(), Optional.empty());
    }

    private Change dropKey(ForeignKey key) {
        Map<String, String> attributes = table("baseTableName", "baseTableSchemaName", key.table());
        attributes.put("constraintName", key.name().orElse("<constraint name>"));
        return new Change("dropForeignKeyConstraint", attributes, List.of(), Optional.empty());
    }

    private Change notNull(String type, TableRef table, String column, dev.fkguard.model.ColumnType columnType) {
        Map<String, String> attributes = table("tableName", "schemaName", table);
        attributes.put("columnName", column);
        attributes.put("columnDataType", ddl.typeDefinition(columnType));
        return new Change(type, attributes, List.of(), Optional.empty());
    }

    /** The table attribute, preceded by the schema attribute where the table is outside the default schema. */
    private Map<String, String> table(String tableAttribute, String schemaAttribute, TableRef table) {
        Map<String, String> attributes = new LinkedHashMap<>();
        names.qualifier(table).ifPresent(s -> attributes.put(schemaAttribute, s.text()));
        attributes.put(tableAttribute, names.tableText(table));
        return attributes;
    }
}
