package dev.fkguard.data;

import java.util.Objects;

/**
 * The two read-only statements for one relation.
 *
 * @param count  counts the orphaned child rows
 * @param sample shows a bounded number of them, for the user to run
 */
public record OrphanQuery(String count, String sample) {

    public OrphanQuery {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(sample, "sample");
    }
}
