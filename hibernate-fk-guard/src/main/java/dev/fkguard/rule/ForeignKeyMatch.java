package dev.fkguard.rule;

import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;

import java.util.Objects;

/** A foreign key the mapping implies, paired with the database constraint on the same columns and target. */
public record ForeignKeyMatch(ExpectedForeignKey expected, ForeignKey actual) {

    public ForeignKeyMatch {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }
}
