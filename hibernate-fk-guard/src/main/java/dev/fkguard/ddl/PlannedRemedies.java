package dev.fkguard.ddl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RemedyPlanner} makes of a check's remedies: the changes to run (merged, without the ones another change
 * makes unnecessary, with what the engine needs added) and the ones left out because the engine would refuse them.
 *
 * @param remedies the changes to run, not yet in run order (their statements' phases give that)
 * @param leftOut  changes the engine would refuse until something else is done first
 * @param fates    what became of each remedy the planner was given: it runs (in which planned changes), another change
 *                 covers it, or it is left out
 */
public record PlannedRemedies(List<Remedy> remedies, List<LeftOut> leftOut, Map<Remedy, RemedyFate> fates) {

    public PlannedRemedies {
        remedies = List.copyOf(remedies);
        leftOut = List.copyOf(leftOut);
        fates = Map.copyOf(fates);
    }

    /** A plan without a record of the remedies it was given. */
    public PlannedRemedies(List<Remedy> remedies, List<LeftOut> leftOut) {
        this(remedies, leftOut, new LinkedHashMap<>());
    }

    /** What became of {@code asked}; empty for a remedy the planner was not given. */
    public Optional<RemedyFate> fate(Remedy asked) {
        return Optional.ofNullable(fates.get(asked));
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
