package dev.fkguard.ddl;

import java.util.List;
import java.util.Objects;

/**
 * What {@link RemedyPlanner} makes of a check's remedies: the changes to run (merged, without the ones another change
 * makes unnecessary, with what the engine needs added) and the ones left out because the engine would refuse them.
 *
 * @param remedies the changes to run, not yet in run order (their statements' phases give that)
 * @param leftOut  changes the engine would refuse until something else is done first
 */
public record PlannedRemedies(List<Remedy> remedies, List<LeftOut> leftOut) {

    public PlannedRemedies {
        remedies = List.copyOf(remedies);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * A change the plan does not run.
     *
     * @param prerequisite what must be done first, in words a migration comment can print
     */
    public record LeftOut(Remedy remedy, String prerequisite) {
        public LeftOut {
            Objects.requireNonNull(remedy, "remedy");
            Objects.requireNonNull(prerequisite, "prerequisite");
        }
    }
}
