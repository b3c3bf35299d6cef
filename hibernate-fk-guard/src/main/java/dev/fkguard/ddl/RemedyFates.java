package dev.fkguard.ddl;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, for each remedy the planner was given, what the finished plan does about it. The planner's steps merge,
 * fold, supersede, add and leave out; rather than thread an origin through every step, this reads the result: the
 * left-out change of the same column or key, else the planned change that carries it out, else the planned change
 * that makes it unnecessary.
 */
final class RemedyFates {

    private final NameRules names;
    private final List<Remedy> plan;
    private final List<PlannedRemedies.LeftOut> leftOut;
    /** Changes the planner took out as unnecessary, each with the planned change that makes it so. */
    private final Map<Remedy, Remedy> coveredBy;

    RemedyFates(NameRules names, List<Remedy> plan, List<PlannedRemedies.LeftOut> leftOut,
                Map<Remedy, Remedy> coveredBy) {
        this.names = names;
        this.plan = plan;
        this.leftOut = leftOut;
        this.coveredBy = coveredBy;
    }

    Map<Remedy, RemedyFate> of(List<Remedy> asked) {
        Map<Remedy, RemedyFate> fates = new LinkedHashMap<>();
        asked.forEach(remedy -> fates.computeIfAbsent(remedy, this::fate));
        return fates;
    }

    private RemedyFate fate(Remedy asked) {
        // A change left out as weakening was left out before merging: only that very change is (another change of
        // the same key, merged without it, runs).
        Optional<PlannedRemedies.LeftOut> left = leftOut.stream()
                .filter(l -> l.reason() == PlannedRemedies.Reason.WEAKENS_DATABASE ? l.remedy().equals(asked)
                        : sameChange(l.remedy(), asked))
                .findFirst();
        if (left.isPresent()) {
            return new RemedyFate.LeftOut(left.get());
        }
        List<Remedy> runs = plan.stream().filter(planned -> carries(planned, asked)).toList();
        if (!runs.isEmpty()) {
            List<Remedy> withNeeded = new ArrayList<>(runs);
            plan.stream().filter(planned -> !withNeeded.contains(planned) && indexesKeyOf(planned, runs))
                    .forEach(withNeeded::add);
            return new RemedyFate.Runs(withNeeded);
        }
        Optional<Remedy> covering = coveredBy.entrySet().stream()
                .filter(unneeded -> unneeded.getKey().equals(asked) || sameColumnChange(unneeded.getKey(), asked))
                .map(Map.Entry::getValue).findFirst()
                .or(() -> plan.stream().filter(planned -> covers(planned, asked)).findFirst());
        if (covering.isPresent()) {
            return new RemedyFate.Covered(covering.get());
        }
        // Every step of the planner keeps, folds or supersedes what it is given; should one ever drop a change
        // silently, the report says so rather than show a statement the migration lacks.
        return new RemedyFate.LeftOut(new PlannedRemedies.LeftOut(asked,
                "the migration plan has no statement for it; make this change by hand."));
    }

    /** Whether a left-out change is {@code asked}, or what {@code asked} was merged into. */
    private boolean sameChange(Remedy planned, Remedy asked) {
        if (planned.equals(asked)) {
            return true;
        }
        Optional<ForeignKey> plannedKey = changedKey(planned);
        Optional<ForeignKey> askedKey = changedKey(asked);
        if (plannedKey.isPresent() && askedKey.isPresent() && planned instanceof Remedy.ReplaceForeignKey) {
            return KeyReplacements.sameKey(names, plannedKey.get(), askedKey.get());
        }
        return sameColumnChange(planned, asked);
    }

    /** Whether the planned change carries out {@code asked}: the same change, or the one it was merged into. */
    private boolean carries(Remedy planned, Remedy asked) {
        if (planned.equals(asked)) {
            return true;
        }
        if (asked instanceof Remedy.ReplaceForeignKey || asked instanceof Remedy.RenameForeignKey) {
            ForeignKey key = changedKey(asked).orElseThrow();
            if (planned instanceof Remedy.ReplaceForeignKey replace) {
                return KeyReplacements.sameKey(names, replace.existing(), key);
            }
            // MySQL and MariaDB: a replacement around a column change is a drop, then an add of the new form.
            return splitReplacement(planned, key);
        }
        if (asked instanceof Remedy.DropForeignKey drop) {
            return planned instanceof Remedy.DropForeignKey other
                    && KeyReplacements.sameKey(names, other.key(), drop.key());
        }
        if (asked instanceof Remedy.CreateIndex index) {
            return planned instanceof Remedy.CreateIndex other && other.table().equals(index.table())
                    && sameSet(index.table(), other.columns(), index.columns());
        }
        return sameColumnChange(planned, asked)
                // MySQL and MariaDB: one MODIFY COLUMN carries a column's new type and its new nullability.
                || planned instanceof Remedy.ChangeColumnType change && column(asked)
                .filter(c -> c.table().equals(change.table()) && names.sameColumn(change.table(), c.column(), change.column()))
                .isPresent();
    }

    /** Whether the planned change makes {@code asked} unnecessary. */
    private boolean covers(Remedy planned, Remedy asked) {
        ForeignKey removed = planned instanceof Remedy.DropForeignKey drop ? drop.key()
                : planned instanceof Remedy.ReplaceForeignKey replace ? replace.existing() : null;
        if (removed == null) {
            return false;
        }
        if (asked instanceof Remedy.DropNotNull drop) {
            // DROP NOT NULL asked only for a SET NULL rule that the plan replaces or drops.
            return drop.setNullKey().filter(key -> KeyReplacements.sameKey(names, key, removed)).isPresent();
        }
        if (asked instanceof Remedy.CreateIndex index) {
            return removed.table().equals(index.table()) && sameSet(index.table(), removed.columns(), index.columns());
        }
        // A validation, enforcing or rename of a key the plan drops or re-creates.
        return changedKey(asked).filter(key -> KeyReplacements.sameKey(names, key, removed)).isPresent();
    }

    /** The drop or the add of a key the plan drops and adds again over the same columns (MySQL and MariaDB). */
    private boolean splitReplacement(Remedy planned, ForeignKey key) {
        Optional<Remedy> drop = plan.stream().filter(other -> other instanceof Remedy.DropForeignKey d
                && KeyReplacements.sameKey(names, d.key(), key)).findFirst();
        Optional<Remedy> add = plan.stream().filter(other -> other instanceof Remedy.AddForeignKey a
                && a.key().table().equals(key.table()) && sameSet(key.table(), a.key().columns(), key.columns())).findFirst();
        return drop.isPresent() && add.isPresent() && (planned == drop.get() || planned == add.get());
    }

    /** The index the planner added for a key that {@code runs} creates. */
    private boolean indexesKeyOf(Remedy planned, List<Remedy> runs) {
        if (!(planned instanceof Remedy.CreateIndex index)) {
            return false;
        }
        return runs.stream().flatMap(remedy -> createdKey(remedy).stream())
                .anyMatch(key -> key.table().equals(index.table()) && sameSet(index.table(), key.columns(), index.columns()));
    }

    /** Two nullability or type changes of the same column. */
    private boolean sameColumnChange(Remedy planned, Remedy asked) {
        if (planned.getClass() != asked.getClass()) {
            return false;
        }
        Optional<ColumnRef> a = column(planned);
        Optional<ColumnRef> b = column(asked);
        return a.isPresent() && b.isPresent() && a.get().table().equals(b.get().table())
                && names.sameColumn(a.get().table(), a.get().column(), b.get().column());
    }

    private record ColumnRef(TableRef table, String column) {
    }

    private static Optional<ColumnRef> column(Remedy remedy) {
        if (remedy instanceof Remedy.DropNotNull drop) {
            return Optional.of(new ColumnRef(drop.table(), drop.column()));
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return Optional.of(new ColumnRef(set.table(), set.column()));
        }
        if (remedy instanceof Remedy.ChangeColumnType change) {
            return Optional.of(new ColumnRef(change.table(), change.column()));
        }
        return Optional.empty();
    }

    /** The database key a change alters in place or replaces. */
    private static Optional<ForeignKey> changedKey(Remedy remedy) {
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return Optional.of(replace.existing());
        }
        if (remedy instanceof Remedy.RenameForeignKey rename) {
            return Optional.of(rename.existing());
        }
        if (remedy instanceof Remedy.ValidateConstraint validate) {
            return Optional.of(validate.key());
        }
        if (remedy instanceof Remedy.EnforceConstraint enforce) {
            return Optional.of(enforce.key());
        }
        return Optional.empty();
    }

    private static Optional<ForeignKey> createdKey(Remedy remedy) {
        if (remedy instanceof Remedy.AddForeignKey add) {
            return Optional.of(add.key());
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return Optional.of(replace.wanted());
        }
        return Optional.empty();
    }

    private boolean sameSet(TableRef table, List<String> a, List<String> b) {
        return a.size() == b.size()
                && a.stream().allMatch(x -> b.stream().anyMatch(y -> names.sameColumn(table, x, y)));
    }
}
