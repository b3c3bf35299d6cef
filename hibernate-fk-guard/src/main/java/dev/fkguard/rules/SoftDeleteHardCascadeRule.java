package dev.fkguard.rules;

import dev.fkguard.model.NameRules;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.SoftDeleteKind;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A soft-deleted entity ({@code @SoftDelete}, or {@code @SQLDelete} running an UPDATE) whose table is referenced
 * by keys with ON DELETE CASCADE / SET NULL / SET DEFAULT, in the database or in the mapping's {@code @OnDelete}.
 * The row is never deleted, so those rules never fire: the children stay and point at a "deleted" parent.
 * Every key that references the table counts, also from tables the mapping does not know, since their rows are
 * left behind all the same. Entities sharing a table (single-table inheritance) are reported once per table.
 */
public final class SoftDeleteHardCascadeRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("soft-delete-hard-cascade");

    public SoftDeleteHardCascadeRule() {
        super(ID, Severity.WARNING,
                "A soft-deleted entity's children rely on ON DELETE CASCADE / SET NULL, which never fires.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Map<TableRef, List<EntityMapping>> softDeletedByTable = new LinkedHashMap<>();
        context.mapping().entities().stream()
                .filter(entity -> entity.softDelete().isPresent())
                .forEach(entity -> softDeletedByTable.computeIfAbsent(entity.table(), t -> new ArrayList<>())
                        .add(entity));
        List<Finding> findings = new ArrayList<>();
        softDeletedByTable.forEach((table, entities) -> finding(context, table, entities).ifPresent(findings::add));
        return findings;
    }

    private Optional<Finding> finding(RuleContext context, TableRef table, List<EntityMapping> entities) {
        // Keyed by child table and columns, so a key both mapped and in the database is named once.
        Map<String, String> children = new LinkedHashMap<>();
        context.mapping().foreignKeys().stream()
                .filter(expected -> expected.key().targetTable().equals(table))
                .forEach(expected -> expected.intent().onDelete()
                        .filter(action -> action.changesChildRows())
                        .ifPresent(action -> children.putIfAbsent(childKey(expected.key(), context.names()),
                                expected.key().describe() + " (" + expected.intent().onDeleteSite().declared(action)
                                + " in " + expected.intent().source() + ")")));
        context.database().foreignKeys().stream()
                .filter(key -> key.targetTable().equals(table))
                .filter(key -> key.onDelete().changesChildRows())
                .forEach(key -> children.putIfAbsent(childKey(key, context.names()),
                        context.locationOf(key).describe() + " (database ON DELETE " + key.onDelete().sql() + ")"));
        if (children.isEmpty()) {
            return Optional.empty();
        }
        String names = entities.stream().map(EntityMapping::entity).map(SoftDeleteHardCascadeRule::simpleName)
                .distinct().collect(Collectors.joining(", "));
        String kinds = entities.stream().map(e -> e.softDelete().map(SoftDeleteKind::annotation).orElse(""))
                .distinct().collect(Collectors.joining(", "));
        String message = "entity " + names + " is soft-deleted (" + kinds + "): a delete becomes an UPDATE, so the"
                + " ON DELETE rules of " + String.join(", ", children.values()) + " never fire and those rows"
                + " keep pointing at a \"deleted\" parent.";
        String fix = "handle the children in the soft-delete path (soft-delete or detach them too, or hide them"
                + " with a filter such as @SQLRestriction), and drop the ON DELETE rule if it only suggests"
                + " otherwise; if this is intended, document it with @FkGuardSuppress(rules = \"" + ID
                + "\", reason = \"…\") on " + names + ".";
        return Optional.of(new Finding(ID, defaultSeverity(),
                new Finding.Location(table, List.of(), Optional.empty(), List.of()), message, fix));
    }

    private static String childKey(ForeignKey key, NameRules names) {
        return key.table().qualifiedKey() + "|" + ReferencedKeys.keys(key.table(), key.columns(), names);
    }

    private static String simpleName(String entity) {
        return entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
    }
}
