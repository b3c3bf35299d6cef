package dev.fkguard.ddl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RemedyPlanner} makes of a check's remedies: the changes to run (merged, without the ones another change
 * makes unnecessary, with what the engine needs added) and the ones left out: because the engine would refuse them,
 * because they would weaken the database, or because they would narrow a column that needs no narrowing.
 *
 * @param remedies the changes to run, not yet in run order (their statements' phases give that)
 * @param leftOut  changes the engine would refuse until something else is done first, changes that would weaken
 *                 the database, and narrowings of a column that already holds every value they aim at
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
     * Why a change is not run. Each reason has a label that every migration writer puts before a left-out statement's
     * own explanation, so that one list of left-out statements shows each one's kind beside it.
     */
    public enum Reason {
        /** The engine would refuse it until something else is done first. */
        ENGINE_REFUSES("not possible as it stands"),
        /**
         * The database is stricter or says more than the mapping (NOT NULL, an ON DELETE or ON UPDATE rule, a valid
         * key over a plain value column): the fix is the mapping change, or accepting the finding where the mapping
         * cannot say it (ON UPDATE); the statement is only a commented alternative.
         */
        WEAKENS_DATABASE("keep the database as it is"),
        /**
         * It would narrow a column that already holds every value of the type it was asked to take (a referencing
         * column wider than the column it references): stored values may be cut or refused, and nothing needs it.
         * A commented alternative, for a DBA who wants the types alike after checking the values.
         */
        NARROWS_COLUMN("not needed"),
        /**
         * The migration's scope ({@code hibernate.fkguard.migration-scope}) leaves out the finding that asks for it:
         * never in a plan's list of left-out changes, only the fate of such a finding's remedies.
         */
        OUT_OF_SCOPE("out of scope");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** A few words naming the kind, lower case, to precede the left-out change's own explanation. */
        public String label() {
            return label;
        }

        /** The line every migration writer and report prints for a change left out for this reason. */
        public String explain(String prerequisite) {
            return label + ": " + prerequisite;
        }
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

        /** Why the change is left out: the reason's label, then the prerequisite ({@link Reason#explain}). */
        public String why() {
            return reason.explain(prerequisite);
        }
    }
}
