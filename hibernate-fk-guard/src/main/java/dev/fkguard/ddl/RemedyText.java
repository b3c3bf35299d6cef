package dev.fkguard.ddl;

import dev.fkguard.model.ColumnType;

import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.FkText;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;
import dev.fkguard.model.ReferentialAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A remedy in words, for the fix text of a finding: "re-create orders_customer_fk with ON DELETE CASCADE", "add a
 * NOT NULL constraint to orders.customer_id". No SQL: what a migration really runs is the planner's to decide (it may
 * merge, supersede or leave a change out), and reports show the plan's statements beside these words.
 */
public final class RemedyText {

    /** How the engine compares names: a replacement spells columns as the mapping does, the database key as stored. */
    private final NameRules names;

    /** The rule a key written without an ON DELETE / ON UPDATE clause gets, which the words leave out too. */
    private final ReferentialAction omitted;

    /** Words for no particular engine: a key without a clause gets NO ACTION. */
    public RemedyText(NameRules names) {
        this(names, DatabaseKind.OTHER);
    }

    public RemedyText(NameRules names, DatabaseKind kind) {
        this.names = Objects.requireNonNull(names, "names");
        this.omitted = ReferentialAction.omitted(Objects.requireNonNull(kind, "kind"));
    }

    /** Several remedies of one finding, in their order: {@code "allow NULL in a.x; allow NULL in a.y"}. */
    public String describe(List<? extends Remedy> remedies) {
        return remedies.stream().map(this::describe).collect(Collectors.joining("; "));
    }

    public String describe(Remedy remedy) {
        // Java 17 has no pattern matching in switch; the sealed interface keeps this list complete.
        if (remedy instanceof Remedy.AddForeignKey add) {
            return "add foreign key " + add.constraintName() + " " + add.key().describe() + actions(add.key());
        }
        if (remedy instanceof Remedy.DropForeignKey drop) {
            return "drop " + key(drop.key());
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return "re-create " + key(replace.existing()) + " " + changes(replace.existing(), replace.wanted());
        }
        if (remedy instanceof Remedy.ChangeColumnType change) {
            boolean characters = change.current().filter(current -> differInCharacters(current, change.type()))
                    .isPresent();
            return "change the type of " + FkText.columns(change.table(), List.of(change.column())) + " to "
                    + describe(change.type(), characters)
                    + change.current().map(current -> " (now " + describe(current, characters) + ")").orElse("");
        }
        if (remedy instanceof Remedy.DropNotNull drop) {
            return "allow NULL in " + FkText.columns(drop.table(), List.of(drop.column()));
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return "add a NOT NULL constraint to " + FkText.columns(set.table(), List.of(set.column()));
        }
        if (remedy instanceof Remedy.CreateIndex index) {
            return "create index " + index.indexName() + " on " + FkText.columns(index.table(), index.columns());
        }
        if (remedy instanceof Remedy.ChangeEngine engine) {
            return "move table " + engine.table().name() + " to storage engine " + engine.engine();
        }
        if (remedy instanceof Remedy.ValidateConstraint validate) {
            return "validate the existing rows against " + key(validate.key());
        }
        if (remedy instanceof Remedy.EnforceConstraint enforce) {
            return "make " + key(enforce.key()) + " enforced";
        }
        Remedy.RenameForeignKey rename = (Remedy.RenameForeignKey) remedy;
        return "rename " + key(rename.existing()) + " to " + rename.newName();
    }

    /** {@code orders_customer_fk}, or {@code the key orders.customer_id → customers.id} where it has no name. */
    static String key(ForeignKey key) {
        return key.name().orElse("the key " + key.describe());
    }

    /** What a replacement changes: {@code with ON DELETE CASCADE}, {@code referencing customers.id}, … */
    private String changes(ForeignKey existing, ForeignKey wanted) {
        List<String> changes = new ArrayList<>();
        boolean sameTarget = existing.targetTable().equals(wanted.targetTable());
        if (!sameTarget || !sameSet(wanted.targetTable(), existing.targetColumns(), wanted.targetColumns())) {
            changes.add("referencing " + FkText.columns(wanted.targetTable(), wanted.targetColumns(), names));
        } else if (!same(wanted.table(), existing.columns(), wanted.columns())
                || !same(wanted.targetTable(), existing.targetColumns(), wanted.targetColumns())) {
            changes.add("with its columns in the referenced key's order, " + wanted.describe());
        }
        if (existing.onDelete() != wanted.onDelete()) {
            changes.add("with ON DELETE " + wanted.onDelete().sql());
        }
        if (existing.onUpdate() != wanted.onUpdate()) {
            changes.add(wanted.onUpdate().refusesDelete() ? "without ON UPDATE " + existing.onUpdate().sql()
                    : "with ON UPDATE " + wanted.onUpdate().sql());
        }
        if (wanted.name().isPresent()
                && existing.name().filter(name -> names.sameConstraintName(name, wanted.name().get())).isEmpty()) {
            changes.add("named " + wanted.name().get());
        }
        if (changes.isEmpty()) {
            changes.add("as " + wanted.describe() + actions(wanted));
        }
        return String.join(" and ", changes);
    }

    /** The same columns in the same order, compared as the engine compares names. */
    private boolean same(TableRef table, List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!names.sameColumn(table, a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same columns in any order (an empty list, the primary key, only equals itself). */
    private boolean sameSet(TableRef table, List<String> a, List<String> b) {
        return a.size() == b.size()
                && a.stream().allMatch(x -> b.stream().anyMatch(y -> names.sameColumn(table, x, y)));
    }

    /**
     * {@code ON DELETE CASCADE}, or nothing for the rule a key written without the clause gets (MariaDB's RESTRICT,
     * NO ACTION elsewhere): the statement leaves that clause out as Hibernate does, and so do the words.
     */
    private String actions(ForeignKey key) {
        String text = "";
        if (key.onDelete() != ReferentialAction.NO_ACTION && key.onDelete() != omitted) {
            text += " ON DELETE " + key.onDelete().sql();
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION && key.onUpdate() != omitted) {
            text += " ON UPDATE " + key.onUpdate().sql();
        }
        return text;
    }

    /**
     * Whether two types differ in character set or collation: then both are named with them, or a change of those
     * alone would read "to VARCHAR(36) (now VARCHAR(36))".
     */
    private static boolean differInCharacters(ColumnType a, ColumnType b) {
        return !lower(a.charset()).equals(lower(b.charset())) || !lower(a.collation()).equals(lower(b.collation()));
    }

    private static java.util.Optional<String> lower(java.util.Optional<String> name) {
        return name.map(n -> n.toLowerCase(java.util.Locale.ROOT));
    }

    private static String describe(ColumnType type, boolean characters) {
        StringBuilder text = new StringBuilder(type.describe());
        if (characters) {
            type.charset().ifPresent(c -> text.append(" CHARACTER SET ").append(c));
            type.collation().ifPresent(c -> text.append(" COLLATE ").append(c));
        }
        return text.toString();
    }
}
