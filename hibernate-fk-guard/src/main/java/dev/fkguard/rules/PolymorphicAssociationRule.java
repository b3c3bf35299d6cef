package dev.fkguard.rules;

import dev.fkguard.model.Column;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * In the database, a mapped table with a {@code <x>_type} + {@code <x>_id} column pair (same prefix,
 * case-insensitive) that looks like a reference into several tables, where {@code <x>_id} has no foreign key, no
 * {@code @Any} maps the pair (a mapped {@code @Any} is {@code any-association}'s INFO: declared on purpose) and no
 * mapped association claims {@code <x>_id} as an ordinary reference (then it is not polymorphic, and a missing key
 * is {@code missing-foreign-key}'s business). A WARNING: nobody declared the reference, so nobody may know that
 * nothing guards it. Not when {@code <x>_id} is part of the table's own primary key and {@code <x>_type} is not: then
 * the id names the row itself ({@code documents.document_id} with a {@code document_type} saying what kind of
 * document it is, also on Envers audit tables, whose key is the id plus the revision), not a row elsewhere.
 */
public final class PolymorphicAssociationRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("polymorphic-association");

    static final String FIX = "if the targets are few, use one nullable foreign key column per target"
            + " type (with a CHECK that exactly one is set); or give the targets a common supertype table and"
            + " reference that; otherwise check for orphans on a schedule, since the database never will.";

    public PolymorphicAssociationRule() {
        super(ID, Severity.WARNING,
                "<x>_type + <x>_id columns without a key or a mapping: an unguarded"
                + " reference into several tables.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : context.database().tables()) {
            if (context.mapping().maps(table.ref())) {
                findings.addAll(columnPairs(context, table));
            }
        }
        return findings;
    }

    private List<Finding> columnPairs(RuleContext context, Table table) {
        List<Finding> findings = new ArrayList<>();
        for (Column type : table.columns()) {
            String name = type.name().toLowerCase(Locale.ROOT);
            if (!name.endsWith("_type") || name.length() == "_type".length()) {
                continue;
            }
            String prefix = type.name().substring(0, type.name().length() - "_type".length());
            Optional<Column> id = context.names().column(table, prefix + "_id");
            if (id.isEmpty() || ownIdentity(context, table, type.name(), id.get().name())
                    || guarded(context, table, id.get().name())) {
                continue;
            }
            Finding.Location location = new Finding.Location(table.ref(), List.of(type.name(), id.get().name()),
                    Optional.empty(), List.of());
            findings.add(new Finding(ID, defaultSeverity(), location, "columns " + type.name() + " + "
                    + id.get().name() + " look like a polymorphic reference (a type naming the table, an id naming"
                    + " the row) with no foreign key on " + id.get().name() + ": its integrity is unguarded, and"
                    + " rows pointing at deleted targets go unnoticed.", FIX));
        }
        return findings;
    }

    /** The id column identifies the table's own row: it is in the primary key, the type column is not. */
    private static boolean ownIdentity(RuleContext context, Table table, String typeColumn, String idColumn) {
        return contains(table.ref(), table.primaryKey(), idColumn, context)
                && !contains(table.ref(), table.primaryKey(), typeColumn, context);
    }

    /** A key, an @Any mapping or an ordinary mapped association already accounts for the id column. */
    private static boolean guarded(RuleContext context, Table table, String idColumn) {
        boolean databaseKey = context.database().foreignKeys().stream()
                .anyMatch(key -> key.table().equals(table.ref()) && contains(table.ref(), key.columns(), idColumn, context));
        boolean mappedAny = context.mapping().polymorphicAssociations().stream()
                .anyMatch(a -> a.table().equals(table.ref()) && contains(table.ref(), a.columns(), idColumn, context));
        boolean mappedReference = context.mapping().foreignKeys().stream()
                .anyMatch(e -> e.key().table().equals(table.ref()) && contains(table.ref(), e.key().columns(), idColumn, context));
        return databaseKey || mappedAny || mappedReference;
    }

    private static boolean contains(TableRef table, List<String> names, String wanted, RuleContext context) {
        return names.stream().anyMatch(name -> context.names().sameColumn(table, name, wanted));
    }
}
