package dev.fkguard.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a data check found for one relation: how many child rows reference a parent row that does not exist, or why
 * that could not be counted.
 *
 * @param relation    the relation as the mapping declares it
 * @param orphans     child rows whose non-null key columns match no parent row; empty when not counted
 * @param notCounted  why the count is missing (e.g. {@code timed out after 10 s}); empty when counted
 * @param sampleQuery a bounded query the user can run to see the orphaned rows
 */
public record OrphanCount(ExpectedForeignKey relation, OptionalLong orphans, Optional<String> notCounted,
                          String sampleQuery) {

    public OrphanCount {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(orphans, "orphans");
        Objects.requireNonNull(notCounted, "notCounted");
        Objects.requireNonNull(sampleQuery, "sampleQuery");
        if (orphans.isPresent() == notCounted.isPresent()) {
            throw new IllegalArgumentException("an orphan count is either counted or says why not: " + relation);
        }
    }

    public static OrphanCount counted(ExpectedForeignKey relation, long orphans, String sampleQuery) {
        return new OrphanCount(relation, OptionalLong.of(orphans), Optional.empty(), sampleQuery);
    }

    public static OrphanCount notCounted(ExpectedForeignKey relation, String reason, String sampleQuery) {
        return new OrphanCount(relation, OptionalLong.empty(), Optional.of(reason), sampleQuery);
    }
}
