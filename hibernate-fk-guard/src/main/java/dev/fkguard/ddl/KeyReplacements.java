package dev.fkguard.ddl;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes one change per database key out of the several that rules ask for: a key whose delete rule, update rule and
 * name all drift gets one replacement carrying every change (run one after the other, each replacement would start
 * from the database key again and undo the others). A key the plan drops or replaces needs no validation, no
 * enforcing and no rename of its own.
 */
final class KeyReplacements {

    private KeyReplacements() {
    }

    /** {@code names}: the engine's rules, which say whether two constraint or column names are the same. */
    static List<Remedy> merge(NameRules names, List<Remedy> remedies) {
        List<Remedy> result = new ArrayList<>();
        for (Remedy remedy : remedies) {
            Optional<ForeignKey> existing = changedKey(remedy);
            int earlier = existing.map(key -> indexOfChange(names, result, key)).orElse(-1);
            if (earlier < 0) {
                result.add(remedy);
            } else {
                result.set(earlier, combine(names, result.get(earlier), remedy));
            }
        }
        return result.stream().filter(remedy -> !redundant(names, remedy, result)).toList();
    }

    /** Whether two records describe the same database key: equal, or the same name on the same table. */
    static boolean sameKey(NameRules names, ForeignKey a, ForeignKey b) {
        if (a.equals(b)) {
            return true;
        }
        return a.table().equals(b.table()) && a.name().isPresent() && b.name().isPresent()
                && names.sameConstraintName(a.name().get(), b.name().get());
    }

    /** The database key a replacement or rename changes. */
    private static Optional<ForeignKey> changedKey(Remedy remedy) {
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return Optional.of(replace.existing());
        }
        if (remedy instanceof Remedy.RenameForeignKey rename) {
            return Optional.of(rename.existing());
        }
        return Optional.empty();
    }

    private static int indexOfChange(NameRules names, List<Remedy> remedies, ForeignKey key) {
        for (int i = 0; i < remedies.size(); i++) {
            Optional<ForeignKey> changed = changedKey(remedies.get(i));
            if (changed.isPresent() && sameKey(names, changed.get(), key)) {
                return i;
            }
        }
        return -1;
    }

    /** One replacement doing what both changes of the same key do; where both change one property, the first wins. */
    private static Remedy combine(NameRules names, Remedy first, Remedy second) {
        ForeignKey existing = changedKey(first).orElseThrow();
        ForeignKey a = wanted(first);
        ForeignKey b = wanted(second);
        ForeignKey columnsFrom = names.sameColumns(existing.table(), a.columns(), existing.columns()) ? b : a;
        ForeignKey targetFrom = a.targetTable().equals(existing.targetTable())
                && names.sameColumns(existing.targetTable(), a.targetColumns(), existing.targetColumns()) ? b : a;
        Optional<String> name = a.name().equals(existing.name()) ? b.name() : a.name();
        ForeignKey merged = new ForeignKey(name, a.table(), columnsFrom.columns(), targetFrom.targetTable(),
                targetFrom.targetColumns(),
                a.onDelete() != existing.onDelete() ? a.onDelete() : b.onDelete(),
                a.onUpdate() != existing.onUpdate() ? a.onUpdate() : b.onUpdate(),
                a.deferrable(), true, true);
        return new Remedy.ReplaceForeignKey(existing, merged);
    }

    /** The key a change leaves in the database; a rename leaves the same key under its new name. */
    private static ForeignKey wanted(Remedy change) {
        if (change instanceof Remedy.ReplaceForeignKey replace) {
            return replace.wanted();
        }
        Remedy.RenameForeignKey rename = (Remedy.RenameForeignKey) change;
        ForeignKey key = rename.existing();
        return new ForeignKey(Optional.of(rename.newName()), key.table(), key.columns(), key.targetTable(),
                key.targetColumns(), key.onDelete(), key.onUpdate(), key.deferrable(), key.enforced(),
                key.validated());
    }

    /**
     * A validation or enforcing of a key the plan drops or replaces, or a rename or replacement of a key it drops
     * (a stale key nobody maps goes, whatever rule another finding would give it).
     */
    private static boolean redundant(NameRules names, Remedy remedy, List<Remedy> plan) {
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return plan.stream().anyMatch(other -> other instanceof Remedy.DropForeignKey drop
                    && sameKey(names, drop.key(), replace.existing()));
        }
        Optional<ForeignKey> key = remedy instanceof Remedy.ValidateConstraint validate ? Optional.of(validate.key())
                : remedy instanceof Remedy.EnforceConstraint enforce ? Optional.of(enforce.key())
                : remedy instanceof Remedy.RenameForeignKey rename ? Optional.of(rename.existing())
                : Optional.empty();
        if (key.isEmpty()) {
            return false;
        }
        boolean renaming = remedy instanceof Remedy.RenameForeignKey;
        return plan.stream().anyMatch(other -> other instanceof Remedy.DropForeignKey drop
                && sameKey(names, drop.key(), key.get())
                || !renaming && other instanceof Remedy.ReplaceForeignKey replace
                && sameKey(names, replace.existing(), key.get()));
    }
}
