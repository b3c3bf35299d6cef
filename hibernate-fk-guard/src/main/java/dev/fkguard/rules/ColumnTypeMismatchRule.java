package dev.fkguard.rules;

import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A foreign key column whose type differs from the column it references: INT vs BIGINT, signed vs unsigned,
 * another length, character set or collation. MySQL refuses to create such a key; the other engines accept it and
 * then compare through conversions (no index use, ids beyond the smaller range cannot be stored).
 */
public final class ColumnTypeMismatchRule implements Rule {

    public static final RuleId ID = RuleId.of("column-type-mismatch");

    @Override
    public RuleId id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A foreign key column's type differs from the referenced column's (size, signedness, length, charset, collation).";
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.mapping().foreignKeys().stream()
                .flatMap(expected -> finding(context, expected).stream())
                .toList();
    }

    private Optional<Finding> finding(RuleContext context, ExpectedForeignKey expected) {
        ForeignKey key = expected.key();
        List<String> differences = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        IntStream.range(0, key.columns().size()).forEach(i -> {
            Optional<Column> child = context.column(key.table(), key.columns().get(i));
            Optional<Column> parent = context.column(key.targetTable(), key.targetColumns().get(i));
            if (child.isEmpty() || parent.isEmpty()) {
                return;
            }
            ColumnType childType = child.get().type();
            ColumnType parentType = parent.get().type();
            difference(childType, parentType).ifPresent(what -> {
                differences.add(key.table().name() + "." + key.columns().get(i) + " is " + spell(childType) + ", "
                        + key.targetTable().name() + "." + key.targetColumns().get(i) + " is " + spell(parentType)
                        + " (" + what + ")");
                fixes.add(context.sql().changeColumnType(key.table(), key.columns().get(i), spell(parentType),
                        child.get().nullable()));
            });
        });
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        String message = String.join("; ", differences)
                + ". MySQL refuses such a foreign key; other engines join through a conversion and cannot store"
                + " every parent key.";
        String fix = "give the referencing column the referenced column's type (check that existing values fit): "
                + String.join(" ", fixes);
        return Optional.of(new Finding(ID, defaultSeverity(), Finding.Location.of(key), message, fix));
    }

    private static Optional<String> difference(ColumnType child, ColumnType parent) {
        if (!child.name().equals(parent.name())) {
            return Optional.of("type");
        }
        if (child.unsigned() != parent.unsigned()) {
            return Optional.of("signedness");
        }
        if (!child.length().equals(parent.length())) {
            return Optional.of("length");
        }
        if (!child.precision().equals(parent.precision()) || !child.scale().equals(parent.scale())) {
            return Optional.of("precision");
        }
        if (differs(child.charset(), parent.charset())) {
            return Optional.of("character set");
        }
        if (differs(child.collation(), parent.collation())) {
            return Optional.of("collation");
        }
        return Optional.empty();
    }

    private static boolean differs(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && !Objects.equals(a.get().toLowerCase(Locale.ROOT),
                b.get().toLowerCase(Locale.ROOT));
    }

    private static String spell(ColumnType type) {
        StringBuilder text = new StringBuilder(type.describe());
        type.charset().ifPresent(c -> text.append(" CHARACTER SET ").append(c));
        type.collation().ifPresent(c -> text.append(" COLLATE ").append(c));
        return text.toString();
    }
}
