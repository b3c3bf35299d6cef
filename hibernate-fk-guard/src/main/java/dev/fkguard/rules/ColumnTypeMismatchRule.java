package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.ddl.TypeNarrowing;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key column whose type differs from the column it references: INT vs BIGINT, signed vs unsigned,
 * another length, character set or collation. MySQL refuses to create such a key; the other engines accept it and
 * then compare through conversions (no index use, ids beyond the smaller range cannot be stored).
 */
public final class ColumnTypeMismatchRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("column-type-mismatch");

    public ColumnTypeMismatchRule() {
        super(ID, Severity.ERROR,
                "A foreign key column's type differs from the referenced column's (size, signedness, length, charset, collation).");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.mapping().foreignKeys(), expected -> finding(context, expected));
    }

    private Optional<Finding> finding(RuleContext context, ExpectedForeignKey expected) {
        ForeignKey key = expected.key();
        // Made at the first difference: nearly every key of a healthy schema has none, and this runs once per key.
        List<String> differences = null;
        Set<String> consequences = null;
        List<Remedy> remedies = null;
        // Whether every referencing column that differs holds every key of the column it references.
        boolean wider = true;
        for (int i = 0; i < key.columns().size(); i++) {
            Optional<Column> child = context.column(key.table(), key.columns().get(i));
            Optional<Column> parent = context.column(key.targetTable(), key.targetColumns().get(i));
            if (child.isEmpty() || parent.isEmpty()) {
                continue;
            }
            ColumnType childType = child.get().type();
            ColumnType parentType = parent.get().type();
            List<Difference> what = differences(childType, parentType);
            if (what.isEmpty()) {
                continue;
            }
            if (differences == null) {
                differences = new ArrayList<>();
                consequences = new LinkedHashSet<>();
                remedies = new ArrayList<>();
            }
            boolean aboutCharacters = what.stream().anyMatch(Difference::aboutCharacters);
            differences.add(key.table().name() + "." + key.columns().get(i) + " is "
                    + (aboutCharacters ? describeWithCharacters(childType) : childType.describe()) + ", "
                    + key.targetTable().name() + "." + key.targetColumns().get(i) + " is "
                    + (aboutCharacters ? describeWithCharacters(parentType) : parentType.describe()) + " ("
                    + String.join(" and ", what.stream().map(d -> d.label).toList()) + ")");
            what.stream().map(d -> d.consequence).filter(c -> !c.isEmpty()).forEach(consequences::add);
            if (!what.stream().allMatch(Difference::aboutCharacters)) {
                consequences.add(storage(parentType, childType));
            }
            wider &= !aboutCharacters && TypeNarrowing.risk(parentType, childType).isEmpty();
            remedies.add(new Remedy.ChangeColumnType(key.table(), key.columns().get(i), parentType,
                    child.get().nullable(), Optional.of(childType), child.get().attributes()));
        }
        if (differences == null) {
            return Optional.empty();
        }
        String message = String.join("; ", differences) + ". " + String.join(" ", consequences);
        String change = context.remedyText().describe(remedies) + ".";
        // A wider column needs no change to hold the keys; narrowing it could cut values, so it is the user's call.
        String fix = wider
                ? "nothing forces a change, the referencing column already holds every referenced key; to make the"
                + " types alike anyway, give it the referenced column's type after checking that every stored value"
                + " fits: " + change
                : "give the referencing column the referenced column's type (check that existing values fit): " + change;
        return Optional.of(new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix, remedies));
    }

    /** What can differ, and what each difference costs. */
    private enum Difference {
        TYPE("type", "MySQL and MariaDB refuse such a foreign key; PostgreSQL and H2 accept it, then join through a"
                + " conversion."),
        SIGNEDNESS("signedness", "MySQL and MariaDB refuse such a foreign key."),
        LENGTH("length", ""),
        PRECISION("precision", ""),
        CHARACTER_SET("character set", "MySQL and MariaDB refuse such a foreign key; joins convert and cannot use"
                + " the index."),
        COLLATION("collation", "MySQL and MariaDB refuse such a foreign key; keys that look equal may compare"
                + " unequal.");

        private final String label;
        private final String consequence;

        Difference(String label, String consequence) {
            this.label = label;
            this.consequence = consequence;
        }

        /** Changes how keys compare, not whether they fit. */
        boolean aboutCharacters() {
            return this == CHARACTER_SET || this == COLLATION;
        }
    }

    /**
     * Whether the referencing column can hold every parent key, by direction: a wider child can, a narrower one
     * cannot. Not asked where only character set or collation differ, which change how keys compare, not whether
     * they fit.
     */
    private static String storage(ColumnType parent, ColumnType child) {
        return TypeNarrowing.risk(parent, child)
                .map(risk -> "Some parent keys may not fit the referencing column (" + risk + ").")
                .orElse("Every parent key fits the referencing column, which is wider; only the types differ.");
    }

    /**
     * Every way the two types differ, so the message names each (a VARCHAR both shorter and in another character set
     * needs both changed). A collation counts only under the same character set: another character set has other
     * collations anyway.
     */
    private static List<Difference> differences(ColumnType child, ColumnType parent) {
        if (!child.name().equals(parent.name())) {
            return List.of(Difference.TYPE);
        }
        List<Difference> found = new ArrayList<>();
        if (child.unsigned() != parent.unsigned()) {
            found.add(Difference.SIGNEDNESS);
        }
        if (!child.length().equals(parent.length())) {
            found.add(Difference.LENGTH);
        }
        if (!child.precision().equals(parent.precision()) || !child.scale().equals(parent.scale())) {
            found.add(Difference.PRECISION);
        }
        if (differs(child.charset(), parent.charset())) {
            found.add(Difference.CHARACTER_SET);
        } else if (differs(child.collation(), parent.collation())) {
            found.add(Difference.COLLATION);
        }
        return found;
    }

    private static boolean differs(Optional<String> a, Optional<String> b) {
        // Equal spellings first: lower-case copies only for the rare pair spelled differently.
        return a.isPresent() && b.isPresent() && !a.get().equals(b.get())
                && !Objects.equals(a.get().toLowerCase(Locale.ROOT), b.get().toLowerCase(Locale.ROOT));
    }

    /** The type with its character set and collation, whichever engine reported them. */
    private static String describeWithCharacters(ColumnType type) {
        StringBuilder text = new StringBuilder(type.describe());
        type.charset().ifPresent(c -> text.append(" CHARACTER SET ").append(c));
        type.collation().ifPresent(c -> text.append(" COLLATE ").append(c));
        return text.toString();
    }
}
