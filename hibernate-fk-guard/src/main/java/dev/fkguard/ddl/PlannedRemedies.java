package dev.fkguard.ddl;

import java.util.List;
import java.util.Objects;

/**
 * What {@link RemedyPlanner} makes of a check's remedies: the changes to run (merged, without the ones another change
 * makes unnecessary, with what the engine needs added) and the ones left out, because the engine would refuse them
 * or because they would weaken the database.
 *
 * @param remedies the changes to run, not yet in run order (their statements' phases give that)
 * @param leftOut  changes the engine would refuse until something else is done first, and changes that would weaken
 *                 the database
 */
public record PlannedRemedies(List<Remedy> remedies, List<LeftOut> leftOut) {

    public PlannedRemedies {
        remedies = List.copyOf(remedies);
        leftOut = List.copyOf(leftOut);
    }

    /** Why a change is not run. */
    public enum Reason {
        /** The engine would refuse it until something else is done first. */
        ENGINE_REFUSES,
        /**
         * The database is stricter or says more than the mapping (NOT NULL, an ON DELETE rule, a valid key over a
         * plain value column): the fix is the mapping change, the statement only a commented alternative.
         */
        WEAKENS_DATABASE
    }

    /**
     * A change the plan does not run.
     *
     * @param prerequisite what must be done first, or why the change is not wanted, in words a migration comment can
     *                     print
     */
    public record LeftOut(Remedy remedy, String prerequisite, Reason reason) {
        public LeftOut {
            Objects.requireNonNull(remedy, "remedy");
            Objects.requireNonNull(prerequisite, "prerequisite");
            Objects.requireNonNull(reason, "reason");
        }

        /** A change the engine would refuse until {@code prerequisite} is done. */
        public LeftOut(Remedy remedy, String prerequisite) {
            this(remedy, prerequisite, Reason.ENGINE_REFUSES);
        }
    }
}
