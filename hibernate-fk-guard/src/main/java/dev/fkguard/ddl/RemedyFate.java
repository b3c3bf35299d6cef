package dev.fkguard.ddl;

import java.util.List;
import java.util.Objects;

/**
 * What the planner did with one remedy a finding asked for, so that a report can say for each finding what the
 * migration really does about it, and never show a statement the migration lacks.
 */
public sealed interface RemedyFate {

    /**
     * The migration carries it out, in these planned changes: the remedy itself, the replacement it was merged into,
     * the column redefinition it was folded into, or a key dropped and added again around it. A planned change the
     * engine needs besides (the index of a new PostgreSQL key) is listed too.
     */
    record Runs(List<Remedy> planned) implements RemedyFate {
        public Runs {
            planned = List.copyOf(planned);
            if (planned.isEmpty()) {
                throw new IllegalArgumentException("a remedy that runs runs in at least one planned change");
            }
        }
    }

    /**
     * Another planned change makes it unnecessary: a key dropped or re-created without the rule that needed it, or the
     * new type of a referenced column that the referencing column already has.
     */
    record Covered(Remedy by) implements RemedyFate {
        public Covered {
            Objects.requireNonNull(by, "by");
        }
    }

    /** The migration leaves it out, and why: what must be done first. */
    record LeftOut(PlannedRemedies.LeftOut leftOut) implements RemedyFate {
        public LeftOut {
            Objects.requireNonNull(leftOut, "leftOut");
        }
    }
}
