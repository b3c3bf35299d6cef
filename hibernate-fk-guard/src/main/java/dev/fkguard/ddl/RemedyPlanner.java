package dev.fkguard.ddl;

import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnAttributes;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns every remedy of one check into the changes one migration runs on one engine, so that each statement
 * executes and, once all have run, no finding a schema change can fix remains:
 * <ol>
 *   <li>changes that would weaken the database left out, with why: the rules mark them where the database is
 *       stricter or says more than the mapping, and the fix is the mapping change;</li>
 *   <li>duplicates merged, and several changes of one database key made one replacement ({@link KeyReplacements});</li>
 *   <li>changes a key the engine cannot accept left out, with what must come first: a key over a column that does
 *       not exist, to columns that are not a primary or unique key, with SET NULL over a column that stays NOT
 *       NULL, or (MySQL, MariaDB) between columns of unlike types; on MySQL and MariaDB a type change that would
 *       leave another key over its column, or to it, between unlike types when that key is added back (and what
 *       needed the change); and DROP NOT NULL on a primary-key column;</li>
 *   <li>a narrowing of a column that already holds every value of its new type (a wider referencing column) left
 *       out, unless the column follows a referenced column's new type: it could cut stored values, for nothing;</li>
 *   <li>changes another one makes unnecessary dropped: DROP NOT NULL asked only for a SET NULL rule the plan
 *       replaces or drops, an index for a key the plan drops;</li>
 *   <li>a referenced column's new type followed by the columns that reference it, so every key joins like types
 *       (a change of a referencing column that already has that type goes);</li>
 *   <li>a new type and a new nullability of one column made to agree: each change states the other's outcome
 *       (MySQL and MariaDB redefine the whole column, so one {@code MODIFY COLUMN} carries both);</li>
 *   <li>what a change needs on this engine added: on PostgreSQL, which never indexes a foreign key itself, the
 *       index of every key the plan creates (MySQL, MariaDB and H2 create one with the key); on MySQL and MariaDB,
 *       a key replaced around a change of its columns, or of the columns it references, is dropped before the
 *       change and added after it (they refuse to make a column NOT NULL under a SET NULL rule, or to change the type
 *       of a column a key uses or references).</li>
 * </ol>
 * What it knows of the database comes from the schema the check read; where a table is missing there (a report built
 * from findings alone) it assumes nothing and keeps the change.
 */
public final class RemedyPlanner {

    private final DatabaseKind kind;
    private final GeneratedNames generated;
    private final SchemaModel live;
    /** The engine's rules for names: every column comparison of the plan goes through them. */
    private final NameRules names;

    /**
     * @param defaultSchemas schemas the migration runs in, as for {@link DdlRenderer}
     * @param live           the schema the check read
     */
    public RemedyPlanner(DatabaseKind kind, Collection<String> defaultSchemas, SchemaModel live) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.generated = new GeneratedNames(kind, live);
        this.live = Objects.requireNonNull(live, "live");
        this.names = live.database().names();
    }

    public PlannedRemedies plan(List<Remedy> remedies) {
        return plan(remedies, List.of());
    }

    /**
     * @param weakening those of {@code remedies} that would weaken the database: left out before anything is merged,
     *                  so a replacement of the same key for another reason keeps what the database has
     */
    public PlannedRemedies plan(List<Remedy> remedies, Collection<Remedy> weakening) {
        List<PlannedRemedies.LeftOut> leftOut = new ArrayList<>();
        List<Remedy> plan = leaveOutWeakening(remedies, Set.copyOf(weakening), leftOut);
        plan = KeyReplacements.merge(names, withoutDuplicates(plan, false));
        plan = leaveOutKeysOverUnfitColumns(plan, leftOut);
        plan = withoutUnneededNullability(plan);
        plan = leaveOutNullablePrimaryKeys(plan, leftOut);
        plan = leaveOutNeedlessNarrowing(plan, leftOut);
        Map<Remedy, ColumnRef> unneededTypeChanges = new LinkedHashMap<>();
        plan = withReferencingColumnsFollowingTypeChanges(plan, unneededTypeChanges);
        plan = leaveOutRedefinedGeneratedColumns(plan, leftOut);
        plan = leaveOutWhatWouldJoinUnlikeTypes(plan, leftOut, unneededTypeChanges);
        plan = withColumnChangesCombined(plan);
        plan = leaveOutSetNullOnRequiredColumns(plan, leftOut);
        plan = withoutIndexesOfDroppedKeys(plan);
        plan = withIndexesOfNewKeys(plan);
        plan = withReplacementsAroundColumnChanges(plan);
        List<Remedy> planned = withoutDuplicates(plan, true);
        Map<Remedy, Remedy> coveredBy = new HashMap<>();
        unneededTypeChanges.forEach((unneeded, referenced) -> typeChange(planned, referenced.table(), referenced.column())
                .ifPresent(change -> coveredBy.put(unneeded, change)));
        return new PlannedRemedies(planned, leftOut, new RemedyFates(names, planned, leftOut, coveredBy).of(remedies));
    }

    /**
     * The same change asked twice (an index or a column change spelled by two rules) runs once. Until superseding is
     * done, DROP NOT NULL asked for different keys counts as different changes: one key's replacement may make one
     * unnecessary while the other stays.
     */
    private List<Remedy> withoutDuplicates(List<Remedy> remedies, boolean columnChangesByColumn) {
        Set<String> seen = new HashSet<>();
        List<Remedy> result = new ArrayList<>();
        for (Remedy remedy : new LinkedHashSet<>(remedies)) {
            boolean byColumn = columnChangesByColumn || !(remedy instanceof Remedy.DropNotNull);
            // A table prints without its schema: the same change on tenant_01.orders and tenant_02.orders is two.
            String table = remedy.table().qualifiedKey() + '\u0000';
            if (seen.add(table + (byColumn ? identity(remedy) : remedy.toString()))) {
                result.add(remedy);
            }
        }
        return result;
    }

    private String identity(Remedy remedy) {
        if (remedy instanceof Remedy.CreateIndex index) {
            return "index " + index.table().key() + lower(index.table(), index.columns());
        }
        if (remedy instanceof Remedy.DropNotNull drop) {
            return "null " + drop.table().key() + "." + names.columnKey(drop.table(), drop.column());
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return "not null " + set.table().key() + "." + names.columnKey(set.table(), set.column());
        }
        return remedy.toString();
    }

    // --- left out: they would weaken the database -----------------------------------------------------------------

    private List<Remedy> leaveOutWeakening(List<Remedy> remedies, Set<Remedy> weakening,
                                           List<PlannedRemedies.LeftOut> leftOut) {
        List<Remedy> kept = new ArrayList<>();
        for (Remedy remedy : new LinkedHashSet<>(remedies)) {
            if (weakening.contains(remedy)) {
                leftOut.add(new PlannedRemedies.LeftOut(remedy, whyWeakening(remedy),
                        PlannedRemedies.Reason.WEAKENS_DATABASE));
            } else {
                kept.add(remedy);
            }
        }
        return kept;
    }

    private static String whyWeakening(Remedy remedy) {
        String run = "; the fix is the mapping change the finding names. Run this only if the database is wrong.";
        if (remedy instanceof Remedy.DropNotNull drop) {
            return "would weaken the database: " + drop.table().name() + "." + drop.column()
                    + " is NOT NULL, which the mapping does not require" + run;
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            ForeignKey existing = replace.existing();
            String key = existing.name().orElse("the key on " + existing.table().name());
            if (existing.onDelete() == replace.wanted().onDelete()) {
                // Hibernate has no @OnUpdate: no mapping change can state it, only accepting the finding keeps it.
                return "would weaken the database: it takes ON UPDATE " + existing.onUpdate() + " off " + key
                        + ", which Hibernate cannot declare; where another writer relies on it, accept the finding."
                        + " Run this only if the database is wrong.";
            }
            return "would weaken the database: it takes ON DELETE " + existing.onDelete() + " off " + key
                    + ", which the mapping does not declare" + run;
        }
        if (remedy instanceof Remedy.DropForeignKey drop) {
            return "would weaken the database: it drops " + drop.key().name().orElse("the key")
                    + ", a valid key over a column the mapping writes as a plain value" + run;
        }
        return "would weaken the database" + run;
    }

    // --- left out: they would narrow a column that needs no narrowing ---------------------------------------------

    /**
     * A type change that narrows a column already holding every value of its new type (a referencing column wider
     * than the column it references: BIGINT → INT, VARCHAR(100) → VARCHAR(50)) could cut or refuse stored values, and
     * the key needs none of it: every referenced key fits. It stays where another change of the plan requires it: a
     * column it references gets a new type, which the referencing column then follows. Left out one at a time, so a
     * chain whose referenced change goes loses what followed only that.
     */
    private List<Remedy> leaveOutNeedlessNarrowing(List<Remedy> plan, List<PlannedRemedies.LeftOut> leftOut) {
        List<Remedy> result = new ArrayList<>(plan);
        Optional<Remedy.ChangeColumnType> needless = needlessNarrowing(result);
        while (needless.isPresent()) {
            Remedy.ChangeColumnType change = needless.get();
            result.remove(change);
            leftOut.add(new PlannedRemedies.LeftOut(change, whyNarrowing(change),
                    PlannedRemedies.Reason.NARROWS_COLUMN));
            needless = needlessNarrowing(result);
        }
        return result;
    }

    private Optional<Remedy.ChangeColumnType> needlessNarrowing(List<Remedy> plan) {
        return plan.stream().filter(remedy -> remedy instanceof Remedy.ChangeColumnType)
                .map(Remedy.ChangeColumnType.class::cast)
                .filter(change -> narrowing(change).isPresent() && !followsReferencedTypeChange(plan, change))
                .findFirst();
    }

    /**
     * Why the change narrows a column that holds every value of its new type; empty where it widens, or where each
     * type holds values the other cannot (signedness, another character set, another kind of type): such a change
     * is what lets the key join like types at all.
     */
    private Optional<String> narrowing(Remedy.ChangeColumnType change) {
        Optional<ColumnType> current = currentType(change);
        if (current.isEmpty() || TypeNarrowing.risk(change.type(), current.get()).isPresent()) {
            return Optional.empty();
        }
        return TypeNarrowing.risk(current.get(), change.type());
    }

    /** Whether a key over the column (once the plan has run) references a column whose type the plan changes. */
    private boolean followsReferencedTypeChange(List<Remedy> plan, Remedy.ChangeColumnType change) {
        return keysAfter(plan, change.table()).stream().anyMatch(key -> {
            for (int i = 0; i < Math.min(key.columns().size(), key.targetColumns().size()); i++) {
                if (names.sameColumn(key.table(), key.columns().get(i), change.column())
                        && typeChange(plan, key.targetTable(), key.targetColumns().get(i)).isPresent()) {
                    return true;
                }
            }
            return false;
        });
    }

    private String whyNarrowing(Remedy.ChangeColumnType change) {
        String type = change.type().describe();
        return "would narrow " + change.table().name() + "." + change.column() + " from "
                + currentType(change).orElseThrow().describe() + " to " + type + ": " + narrowing(change).orElseThrow()
                + ". The column already holds every value of " + type + ", so every key of the column it references"
                + " fits; run this only to make the types alike, after checking that every stored value fits.";
    }

    /** The column's type today: as the change states it, else as the check read it. */
    private Optional<ColumnType> currentType(Remedy.ChangeColumnType change) {
        return change.current().or(() -> live.table(change.table()).flatMap(t -> names.column(t, change.column()))
                .map(Column::type));
    }

    // --- left out: the engine would refuse them -------------------------------------------------------------------

    private List<Remedy> leaveOutKeysOverUnfitColumns(List<Remedy> plan, List<PlannedRemedies.LeftOut> leftOut) {
        List<Remedy> kept = new ArrayList<>();
        for (Remedy remedy : plan) {
            Optional<String> missing = createdKey(remedy).flatMap(this::unfitColumns);
            if (missing.isPresent()) {
                leftOut.add(new PlannedRemedies.LeftOut(remedy, missing.get()));
            } else {
                kept.add(remedy);
            }
        }
        return kept;
    }

    /** Why the engine refuses a key over these columns, if it does. */
    private Optional<String> unfitColumns(ForeignKey key) {
        Optional<Table> table = live.table(key.table());
        if (table.isPresent()) {
            for (String column : key.columns()) {
                if (names.column(table.get(), column).isEmpty()) {
                    return Optional.of("needs column " + key.table().name() + "." + column + ", which the database"
                            + " does not have: add the column first (the schema migration that creates it).");
                }
            }
        }
        Optional<Table> target = live.table(key.targetTable());
        if (target.isEmpty() || key.targetColumns().isEmpty()) {
            return Optional.empty();
        }
        for (String column : key.targetColumns()) {
            if (names.column(target.get(), column).isEmpty()) {
                return Optional.of("needs column " + key.targetTable().name() + "." + column + ", which the database"
                        + " does not have: add the referenced column first, or reference the primary key.");
            }
        }
        Set<String> wanted = lower(key.targetTable(), key.targetColumns());
        boolean unique = (!target.get().primaryKey().isEmpty() && lower(key.targetTable(), target.get().primaryKey()).equals(wanted))
                || target.get().indexes().stream().filter(Index::unique).anyMatch(i -> lower(key.targetTable(), i.columns()).equals(wanted));
        if (!unique) {
            return Optional.of("needs a primary or unique key on " + key.targetTable().name() + " ("
                    + String.join(", ", key.targetColumns()) + ") first: PostgreSQL, H2 and MySQL 8.4 refuse a"
                    + " foreign key to columns that are not unique (references-non-unique-key). Declare the unique"
                    + " key if the values are unique, or reference the primary key.");
        }
        return Optional.empty();
    }

    /**
     * MySQL and MariaDB accept no key between unlike types (MySQL 3780, MariaDB errno 150), and every key over a column
     * whose type the plan changes, or that references one, is dropped and added back around the change. Left out, one
     * at a time until nothing joins unlike types:
     * <ul>
     *   <li>a type change that would leave such a key between unlike types (one column in two keys whose referenced
     *       columns differ, or a referencing column that cannot follow its referenced column's new type): the key
     *       would be refused when it is added back, halfway through a migration these engines cannot roll back. Asked
     *       first, so that the change goes rather than the key it breaks;</li>
     *   <li>then a key the plan adds or re-creates whose columns still differ in type from those they reference: where
     *       a narrowing was left out (the wider column holds every key, but these engines take no key to a narrower
     *       type), or where the change it needed went by the first rule.</li>
     * </ul>
     * Each change left out can leave another one between unlike types (the referenced change a left-out column
     * followed), hence the repetition; every round removes one change, so it ends. A change that a referenced
     * column's new type had made unnecessary is asked again once that new type goes: a narrowing is left out as one,
     * any other change goes back into the plan and is judged with the rest.
     *
     * @param unneeded the changes {@link #withReferencingColumnsFollowingTypeChanges} took out, by the referenced
     *                 column whose new type made them unnecessary; those asked again are taken off it
     */
    private List<Remedy> leaveOutWhatWouldJoinUnlikeTypes(List<Remedy> plan, List<PlannedRemedies.LeftOut> leftOut,
                                                          Map<Remedy, ColumnRef> unneeded) {
        if (!kind.isMySqlFamily()) {
            return plan;
        }
        List<Remedy> result = new ArrayList<>(plan);
        Optional<PlannedRemedies.LeftOut> next = nextJoiningUnlikeTypes(result, leftOut);
        while (next.isPresent()) {
            Remedy gone = next.get().remedy();
            result.remove(gone);
            leftOut.add(next.get());
            if (gone instanceof Remedy.ChangeColumnType change) {
                askAgain(change, unneeded, result, leftOut);
            }
            next = nextJoiningUnlikeTypes(result, leftOut);
        }
        return result;
    }

    /** The changes that {@code gone}'s new type had made unnecessary, asked again without it. */
    private void askAgain(Remedy.ChangeColumnType gone, Map<Remedy, ColumnRef> unneeded, List<Remedy> plan,
                          List<PlannedRemedies.LeftOut> leftOut) {
        List<Remedy> again = unneeded.entrySet().stream()
                .filter(entry -> same(entry.getValue().table(), entry.getValue().column(), gone.table(), gone.column()))
                .map(Map.Entry::getKey).toList();
        for (Remedy remedy : again) {
            unneeded.remove(remedy);
            Remedy.ChangeColumnType change = (Remedy.ChangeColumnType) remedy;
            if (narrowing(change).isPresent()) {
                leftOut.add(new PlannedRemedies.LeftOut(change, whyNarrowing(change),
                        PlannedRemedies.Reason.NARROWS_COLUMN));
            } else {
                plan.add(change);
            }
        }
    }

    private Optional<PlannedRemedies.LeftOut> nextJoiningUnlikeTypes(List<Remedy> plan,
                                                                     List<PlannedRemedies.LeftOut> leftOut) {
        for (Remedy remedy : plan) {
            if (remedy instanceof Remedy.ChangeColumnType change && changesType(change)) {
                Optional<String> breaks = keyBrokenBy(plan, change);
                if (breaks.isPresent()) {
                    return Optional.of(new PlannedRemedies.LeftOut(change, breaks.get()));
                }
            }
        }
        for (Remedy remedy : plan) {
            Optional<String> unlike = createdKey(remedy).flatMap(key -> unlikeTypes(plan, key, leftOut));
            if (unlike.isPresent()) {
                return Optional.of(new PlannedRemedies.LeftOut(remedy, unlike.get()));
            }
        }
        return Optional.empty();
    }

    /** Whether the change gives a new type; one that keeps the type it states redefines only the nullability. */
    private static boolean changesType(Remedy.ChangeColumnType change) {
        return !change.current().filter(change.type()::equals).isPresent();
    }

    /**
     * Why {@code change} would leave a key over its column, or referencing it, between unlike types, if it would: a
     * database key the plan keeps is added back around the change and refused whatever made it unlike; a key the plan
     * creates counts only where it would be alike without the change (else it goes by itself, and the change stays).
     */
    private Optional<String> keyBrokenBy(List<Remedy> plan, Remedy.ChangeColumnType change) {
        List<Remedy> without = new ArrayList<>(plan);
        without.remove(change);
        List<ForeignKey> kept = new ArrayList<>();
        live.foreignKeys().forEach(key -> fate(plan, key).filter(key::equals).ifPresent(kept::add));
        List<ForeignKey> keys = new ArrayList<>(kept);
        plan.forEach(remedy -> createdKey(remedy).ifPresent(keys::add));
        for (ForeignKey key : keys) {
            if (!touches(key, change)) {
                continue;
            }
            Optional<Integer> unlike = unlikePosition(plan, key);
            if (unlike.isPresent() && (kept.contains(key) || unlikePosition(without, key).isEmpty())) {
                int i = unlike.get();
                String name = key.name().orElse(key.describe());
                String engine = kind.displayName();
                return Optional.of(engine + " would refuse " + name + " after this change: "
                        + (kept.contains(key) ? "added back, it" : "it") + " would join "
                        + key.table().name() + "." + key.columns().get(i) + " "
                        + typeAfter(plan, key.table(), key.columns().get(i)).orElseThrow().describe() + " to "
                        + key.targetTable().name() + "." + key.targetColumns().get(i) + " "
                        + typeAfter(plan, key.targetTable(), key.targetColumns().get(i)).orElseThrow().describe()
                        + ", and " + engine + " accepts no foreign key between unlike types. Give both columns of "
                        + name + " one type first (or drop that key), then make this change.");
            }
        }
        return Optional.empty();
    }

    /** Whether the changed column is one of the key's columns or one of those it references. */
    private boolean touches(ForeignKey key, Remedy.ChangeColumnType change) {
        return key.columns().stream().anyMatch(c -> same(key.table(), c, change.table(), change.column()))
                || key.targetColumns().stream().anyMatch(c -> same(key.targetTable(), c, change.table(),
                change.column()));
    }

    /** The first column of {@code key} whose type, once {@code plan} has run, is unlike the one it references. */
    private Optional<Integer> unlikePosition(List<Remedy> plan, ForeignKey key) {
        for (int i = 0; i < Math.min(key.columns().size(), key.targetColumns().size()); i++) {
            Optional<ColumnType> type = typeAfter(plan, key.table(), key.columns().get(i));
            Optional<ColumnType> targetType = typeAfter(plan, key.targetTable(), key.targetColumns().get(i));
            if (type.isPresent() && targetType.isPresent() && !KeyColumnTypes.alike(type.get(), targetType.get())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Why the engine refuses {@code key} between the types its columns have after the plan, if it does. */
    private Optional<String> unlikeTypes(List<Remedy> plan, ForeignKey key, List<PlannedRemedies.LeftOut> leftOut) {
        for (int i = 0; i < Math.min(key.columns().size(), key.targetColumns().size()); i++) {
            String column = key.columns().get(i);
            String target = key.targetColumns().get(i);
            Optional<ColumnType> type = typeAfter(plan, key.table(), column);
            Optional<ColumnType> targetType = typeAfter(plan, key.targetTable(), target);
            if (type.isEmpty() || targetType.isEmpty() || KeyColumnTypes.alike(type.get(), targetType.get())) {
                continue;
            }
            boolean narrowingLeftOut = leftOut.stream().anyMatch(l -> l.reason() == PlannedRemedies.Reason.NARROWS_COLUMN
                    && l.remedy() instanceof Remedy.ChangeColumnType change
                    && same(change.table(), change.column(), key.table(), column));
            // The change that would have made the key possible, left out because it breaks another key.
            Optional<Remedy.ChangeColumnType> needed = leftOut.stream()
                    .filter(l -> l.reason() == PlannedRemedies.Reason.ENGINE_REFUSES)
                    .map(PlannedRemedies.LeftOut::remedy)
                    .filter(r -> r instanceof Remedy.ChangeColumnType change
                            && (same(change.table(), change.column(), key.table(), column)
                            || same(change.table(), change.column(), key.targetTable(), target)))
                    .map(Remedy.ChangeColumnType.class::cast).findFirst();
            return Optional.of(kind.displayName() + " refuses a foreign key between unlike types: "
                    + key.table().name() + "." + column + " is " + type.get().describe() + ", "
                    + key.targetTable().name() + "." + target + " is " + targetType.get().describe()
                    + (narrowingLeftOut
                    ? ". Narrowing " + column + " to " + targetType.get().describe() + " first (the change left out"
                    + " for it, after checking its values) makes the key possible."
                    : needed.map(change -> ". It needs the change of " + change.table().name() + "." + change.column()
                    + " to " + change.type().describe() + ", left out for its own reason.")
                    .orElse(". Give both columns one type first.")));
        }
        return Optional.empty();
    }

    /** The column's type once the plan has run; empty when neither the check nor the plan tells. */
    private Optional<ColumnType> typeAfter(List<Remedy> plan, TableRef table, String column) {
        return typeChange(plan, table, column).map(Remedy.ChangeColumnType::type)
                .or(() -> live.table(table).flatMap(t -> names.column(t, column)).map(Column::type));
    }

    /**
     * MySQL and MariaDB redefine a column whole (MODIFY COLUMN): a generated column would have its expression written
     * again from the catalog's reading of it, which this guard does not do. The change is left out like any other the
     * engine cannot be given as it stands, with its reason, so reports and migrations label it alike and the finding
     * counts as not fixed by the migration.
     */
    private List<Remedy> leaveOutRedefinedGeneratedColumns(List<Remedy> plan, List<PlannedRemedies.LeftOut> leftOut) {
        if (!kind.isMySqlFamily()) {
            return plan;
        }
        List<Remedy> kept = new ArrayList<>();
        for (Remedy remedy : plan) {
            Optional<String> generatedBy = attributesOf(remedy).generated()
                    .or(() -> redefinedColumn(remedy).flatMap(this::generationOf));
            if (generatedBy.isPresent()) {
                ColumnRef column = redefinedColumn(remedy).orElseThrow();
                leftOut.add(new PlannedRemedies.LeftOut(remedy, whyGeneratedColumnStays(
                        column.table().name() + "." + column.column(), generatedBy.get())));
            } else {
                kept.add(remedy);
            }
        }
        return kept;
    }

    /** The column a type or nullability change redefines. */
    private static Optional<ColumnRef> redefinedColumn(Remedy remedy) {
        return remedy instanceof Remedy.ChangeColumnType change
                ? Optional.of(new ColumnRef(change.table(), change.column())) : columnOf(remedy);
    }

    /** Why a generated column is not redefined; the renderer says the same where it is asked to all the same. */
    static String whyGeneratedColumnStays(String column, String generation) {
        return column + " is a generated column (" + generation + "); redefining it would have to repeat how its"
                + " values are computed, which this guard does not rewrite. Change it by hand.";
    }

    private static ColumnAttributes attributesOf(Remedy remedy) {
        return remedy instanceof Remedy.ChangeColumnType change ? change.attributes()
                : remedy instanceof Remedy.SetNotNull set ? set.attributes()
                : remedy instanceof Remedy.DropNotNull drop ? drop.attributes() : ColumnAttributes.NONE;
    }

    /** The generation clause of {@code column} as the check read it. */
    private Optional<String> generationOf(ColumnRef column) {
        return live.table(column.table()).flatMap(t -> names.column(t, column.column()))
                .flatMap(c -> c.attributes().generated());
    }

    private List<Remedy> leaveOutNullablePrimaryKeys(List<Remedy> plan, List<PlannedRemedies.LeftOut> leftOut) {
        List<Remedy> kept = new ArrayList<>();
        for (Remedy remedy : plan) {
            if (remedy instanceof Remedy.DropNotNull drop && inPrimaryKey(drop.table(), drop.column())) {
                String instead = drop.setNullKey()
                        .map(key -> ": change the SET NULL rule of " + key.name().orElse(key.describe())
                                + " to CASCADE or NO ACTION instead.")
                        .orElse(".");
                leftOut.add(new PlannedRemedies.LeftOut(remedy, drop.column() + " is part of the primary key of "
                        + drop.table().name() + ", which never allows NULL" + instead));
            } else {
                kept.add(remedy);
            }
        }
        return kept;
    }

    private List<Remedy> leaveOutSetNullOnRequiredColumns(List<Remedy> plan, List<PlannedRemedies.LeftOut> leftOut) {
        List<Remedy> kept = new ArrayList<>();
        for (Remedy remedy : plan) {
            if (remedy instanceof Remedy.SetNotNull set) {
                Optional<ForeignKey> setNull = keysAfter(plan, set.table()).stream().filter(RemedyPlanner::setsNull)
                        .filter(key -> key.columns().stream().anyMatch(c -> names.sameColumn(set.table(), c, set.column())))
                        .findFirst();
                if (setNull.isPresent()) {
                    leftOut.add(new PlannedRemedies.LeftOut(remedy, "the SET NULL rule of "
                            + setNull.get().name().orElse(setNull.get().describe()) + " needs " + set.column()
                            + " to allow NULL: change that rule first (MySQL and MariaDB refuse NOT NULL under it;"
                            + " elsewhere every delete of a referenced row would fail)."));
                    continue;
                }
            }
            Optional<String> required = createdKey(remedy).filter(RemedyPlanner::setsNull)
                    .flatMap(key -> key.columns().stream()
                            .filter(column -> nullableAfter(plan, key.table(), column).filter(n -> !n).isPresent())
                            .findFirst());
            if (required.isPresent()) {
                ForeignKey key = createdKey(remedy).orElseThrow();
                leftOut.add(new PlannedRemedies.LeftOut(remedy, "needs " + key.table().name() + "." + required.get()
                        + " to allow NULL first: SET NULL on a NOT NULL column fails every delete of a referenced"
                        + " row, and MySQL and MariaDB refuse the key. Make the column (and the mapping) optional,"
                        + " or use another rule."));
            } else {
                kept.add(remedy);
            }
        }
        return kept;
    }

    // --- superseded: another change makes them unnecessary --------------------------------------------------------

    /** DROP NOT NULL asked only for a SET NULL rule that the plan replaces by another rule, or drops with its key. */
    private List<Remedy> withoutUnneededNullability(List<Remedy> plan) {
        return plan.stream().filter(remedy -> !(remedy instanceof Remedy.DropNotNull drop
                && drop.setNullKey().filter(key -> fate(plan, key).filter(RemedyPlanner::setsNull).isEmpty())
                .isPresent())).toList();
    }

    /** An index asked for a key the plan drops, where no key left on those columns needs it. */
    private List<Remedy> withoutIndexesOfDroppedKeys(List<Remedy> plan) {
        return plan.stream().filter(remedy -> !(remedy instanceof Remedy.CreateIndex index
                && removesKeyOver(plan, index) && keysAfter(plan, index.table()).stream()
                .noneMatch(key -> serves(index.table(), index.columns(), key.columns())))).toList();
    }

    private boolean removesKeyOver(List<Remedy> plan, Remedy.CreateIndex index) {
        return plan.stream().anyMatch(remedy -> {
            ForeignKey removed = remedy instanceof Remedy.DropForeignKey drop ? drop.key()
                    : remedy instanceof Remedy.ReplaceForeignKey replace ? replace.existing() : null;
            return removed != null && removed.table().equals(index.table())
                    && lower(index.table(), removed.columns()).equals(lower(index.table(), index.columns()));
        });
    }

    // --- followed: a referenced column's new type --------------------------------------------------------------------

    /**
     * A referenced column whose type the plan changes takes the columns that reference it along: a key between unlike
     * types is refused by MySQL and MariaDB when it is added back, and elsewhere the next check reports
     * column-type-mismatch on the referencing column (a second round). A change another rule asked for such a column
     * gives way to the referenced column's new type; chains are followed (a referencing column others reference).
     * Where the referencing column already has that type (a wider column another rule asked to narrow to the
     * referenced column's old type), its change is unnecessary and goes: it would redefine the column as it is.
     *
     * @param unneeded filled with each change that went, and the referenced column whose new type makes it so
     */
    private List<Remedy> withReferencingColumnsFollowingTypeChanges(List<Remedy> plan, Map<Remedy, ColumnRef> unneeded) {
        List<Remedy> result = new ArrayList<>(plan);
        // Each round settles at least one more column of a chain; no chain is longer than the schema has keys.
        for (int round = 0; round <= live.foreignKeys().size(); round++) {
            if (!followOnce(result, unneeded)) {
                break;
            }
        }
        return result;
    }

    /** One pass over the keys left after the plan; whether it changed {@code plan}. */
    private boolean followOnce(List<Remedy> plan, Map<Remedy, ColumnRef> unneeded) {
        List<ForeignKey> keys = new ArrayList<>();
        live.foreignKeys().forEach(key -> fate(plan, key).ifPresent(keys::add));
        plan.forEach(remedy -> createdKey(remedy).ifPresent(keys::add));
        for (ForeignKey key : keys) {
            for (int i = 0; i < Math.min(key.columns().size(), key.targetColumns().size()); i++) {
                Optional<ColumnType> referenced = typeChange(plan, key.targetTable(), key.targetColumns().get(i))
                        .map(Remedy.ChangeColumnType::type);
                String column = key.columns().get(i);
                Optional<Column> current = live.table(key.table()).flatMap(t -> names.column(t, column));
                if (referenced.isEmpty() || current.isEmpty()) {
                    continue;
                }
                ColumnType type = referenced.get();
                Optional<Remedy.ChangeColumnType> own = typeChange(plan, key.table(), column);
                if (own.isPresent() && !own.get().type().equals(type)) {
                    Remedy.ChangeColumnType asked = own.get();
                    if (current.get().type().equals(type) && asked.nullable() == current.get().nullable()) {
                        plan.remove(asked);
                        unneeded.put(asked, new ColumnRef(key.targetTable(), key.targetColumns().get(i)));
                        return true;
                    }
                    plan.set(plan.indexOf(asked), new Remedy.ChangeColumnType(asked.table(), asked.column(), type,
                            asked.nullable(), asked.current(), asked.attributes()));
                    return true;
                }
                if (own.isEmpty() && !current.get().type().equals(type)) {
                    plan.add(new Remedy.ChangeColumnType(key.table(), column, type, current.get().nullable(),
                            Optional.of(current.get().type()), current.get().attributes()));
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Remedy.ChangeColumnType> typeChange(List<Remedy> plan, TableRef table, String column) {
        return plan.stream().filter(remedy -> remedy instanceof Remedy.ChangeColumnType change
                        && same(change.table(), change.column(), table, column))
                .map(Remedy.ChangeColumnType.class::cast).findFirst();
    }

    // --- combined: one column's type and nullability ---------------------------------------------------------------

    private List<Remedy> withColumnChangesCombined(List<Remedy> plan) {
        List<Remedy> result = new ArrayList<>();
        for (Remedy remedy : plan) {
            if (remedy instanceof Remedy.ChangeColumnType change) {
                Optional<Boolean> nullable = nullabilityChange(plan, change.table(), change.column());
                result.add(nullable.map(n -> new Remedy.ChangeColumnType(change.table(), change.column(),
                        change.type(), n, change.current(), change.attributes())).orElse(change));
                continue;
            }
            Optional<Remedy.ChangeColumnType> typeChange = columnOf(remedy)
                    .flatMap(column -> typeChange(plan, column.table(), column.column()));
            if (typeChange.isEmpty()) {
                result.add(remedy);
            } else if (!kind.isMySqlFamily()) {
                // The nullability statement states the new type too, should an engine spell it with the type.
                ColumnType type = typeChange.get().type();
                result.add(remedy instanceof Remedy.DropNotNull drop
                        ? new Remedy.DropNotNull(drop.table(), drop.column(), type, drop.attributes(),
                        drop.setNullKey())
                        : new Remedy.SetNotNull(((Remedy.SetNotNull) remedy).table(),
                        ((Remedy.SetNotNull) remedy).column(), type, ((Remedy.SetNotNull) remedy).attributes()));
            }
            // MySQL and MariaDB: the type change's MODIFY COLUMN already carries the nullability.
        }
        return result;
    }

    /** The nullability a DROP NOT NULL or SET NOT NULL of the plan gives the column. */
    private Optional<Boolean> nullabilityChange(List<Remedy> plan, TableRef table, String column) {
        return plan.stream().flatMap(remedy -> columnOf(remedy).stream()
                        .filter(c -> same(c.table(), c.column(), table, column))
                        .map(c -> remedy instanceof Remedy.DropNotNull))
                .findFirst();
    }

    private record ColumnRef(TableRef table, String column) {
    }

    /** The column a nullability change is about. */
    private static Optional<ColumnRef> columnOf(Remedy remedy) {
        if (remedy instanceof Remedy.DropNotNull drop) {
            return Optional.of(new ColumnRef(drop.table(), drop.column()));
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return Optional.of(new ColumnRef(set.table(), set.column()));
        }
        return Optional.empty();
    }

    // --- added: what a change needs on this engine ----------------------------------------------------------------

    /** PostgreSQL indexes no foreign key itself: every key the plan creates gets its index in the same plan. */
    private List<Remedy> withIndexesOfNewKeys(List<Remedy> plan) {
        if (kind != DatabaseKind.POSTGRESQL) {
            return plan;
        }
        List<Remedy> result = new ArrayList<>(plan);
        for (Remedy remedy : plan) {
            createdKey(remedy).filter(key -> live.table(key.table()).isPresent())
                    .filter(key -> !indexedAfter(result, key))
                    .ifPresent(key -> result.add(new Remedy.CreateIndex(key.table(), key.columns(),
                            generated.indexName(key.table(), key.columns()))));
        }
        return result;
    }

    private boolean indexedAfter(List<Remedy> plan, ForeignKey key) {
        boolean live = this.live.table(key.table()).stream().flatMap(t -> t.indexes().stream())
                .anyMatch(index -> serves(key.table(), index.columns(), key.columns()));
        return live || plan.stream().anyMatch(remedy -> remedy instanceof Remedy.CreateIndex index
                && index.table().equals(key.table()) && serves(key.table(), index.columns(), key.columns()));
    }

    /**
     * MySQL and MariaDB: a key over a column the plan redefines, or to a column whose type it changes, is dropped
     * before the column changes and added after it (same name, same rules), since they refuse NOT NULL under a SET
     * NULL rule, and MariaDB (MySQL for some changes) a new type of a column a key uses or references. A replaced
     * key is added in its new form; a key the plan keeps, as it is.
     */
    private List<Remedy> withReplacementsAroundColumnChanges(List<Remedy> plan) {
        if (!kind.isMySqlFamily()) {
            return plan;
        }
        List<Remedy> result = new ArrayList<>();
        for (Remedy remedy : plan) {
            if (remedy instanceof Remedy.ReplaceForeignKey replace
                    && (redefinesColumnOf(plan, replace.existing(), true)
                    || redefinesReferencedColumnOf(plan, replace.existing()))) {
                result.add(new Remedy.DropForeignKey(replace.existing()));
                result.add(new Remedy.AddForeignKey(replace.wanted(), generated.replacementName(replace)));
            } else {
                result.add(remedy);
            }
        }
        live.foreignKeys().stream()
                .filter(key -> key.name().isPresent()
                        && (redefinesColumnOf(plan, key, false) || redefinesReferencedColumnOf(plan, key)))
                .filter(key -> fate(plan, key).filter(key::equals).isPresent())
                .forEach(key -> {
                    result.add(new Remedy.DropForeignKey(key));
                    result.add(new Remedy.AddForeignKey(key, key.name().orElseThrow()));
                });
        return result;
    }

    /**
     * Whether the plan changes the type of a column {@code key} references: MariaDB refuses any such change while
     * the key exists (1833), MySQL one that makes the two sides unlike (3780) or shortens a string (1833).
     */
    private boolean redefinesReferencedColumnOf(List<Remedy> plan, ForeignKey key) {
        Set<String> columns = lower(key.targetTable(), key.targetColumns());
        return plan.stream().anyMatch(remedy -> remedy instanceof Remedy.ChangeColumnType change
                && change.table().equals(key.targetTable())
                && columns.contains(names.columnKey(change.table(), change.column()))
                && changesType(change));
    }

    /** Whether the plan changes the type (or, with {@code nullability}, the NOT NULL) of a column of {@code key}. */
    private boolean redefinesColumnOf(List<Remedy> plan, ForeignKey key, boolean nullability) {
        Set<String> columns = lower(key.table(), key.columns());
        return plan.stream().anyMatch(remedy -> nullability && remedy instanceof Remedy.SetNotNull set
                && set.table().equals(key.table()) && columns.contains(names.columnKey(set.table(), set.column()))
                || remedy instanceof Remedy.ChangeColumnType change && change.table().equals(key.table())
                && columns.contains(names.columnKey(change.table(), change.column()))
                && changesType(change));
    }

    // --- the schema after the plan --------------------------------------------------------------------------------

    /** The key a change creates: an added key, or the new form of a replaced one. */
    private static Optional<ForeignKey> createdKey(Remedy remedy) {
        if (remedy instanceof Remedy.AddForeignKey add) {
            return Optional.of(add.key());
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return Optional.of(replace.wanted());
        }
        return Optional.empty();
    }

    /** What becomes of a database key: itself, its replacement, or nothing when the plan drops it. */
    private Optional<ForeignKey> fate(List<Remedy> plan, ForeignKey key) {
        for (Remedy remedy : plan) {
            if (remedy instanceof Remedy.DropForeignKey drop && KeyReplacements.sameKey(names, drop.key(), key)) {
                return Optional.empty();
            }
            if (remedy instanceof Remedy.ReplaceForeignKey replace
                    && KeyReplacements.sameKey(names, replace.existing(), key)) {
                return Optional.of(replace.wanted());
            }
        }
        return Optional.of(key);
    }

    /** The keys of {@code table} once the plan has run; the database's own only where the check read the table. */
    private List<ForeignKey> keysAfter(List<Remedy> plan, TableRef table) {
        List<ForeignKey> keys = new ArrayList<>();
        live.foreignKeys().stream().filter(key -> key.table().equals(table))
                .forEach(key -> fate(plan, key).ifPresent(keys::add));
        plan.stream().flatMap(remedy -> createdKey(remedy).stream())
                .filter(key -> key.table().equals(table))
                .forEach(keys::add);
        return keys;
    }

    /** Whether the column allows NULL once the plan has run; empty when neither the check nor the plan tells. */
    private Optional<Boolean> nullableAfter(List<Remedy> plan, TableRef table, String column) {
        Optional<Boolean> nullable = live.table(table).flatMap(t -> names.column(t, column)).map(Column::nullable);
        for (Remedy remedy : plan) {
            if (remedy instanceof Remedy.DropNotNull drop && same(drop.table(), drop.column(), table, column)) {
                nullable = Optional.of(true);
            } else if (remedy instanceof Remedy.SetNotNull set && same(set.table(), set.column(), table, column)) {
                nullable = Optional.of(false);
            } else if (remedy instanceof Remedy.ChangeColumnType change
                    && same(change.table(), change.column(), table, column)) {
                nullable = Optional.of(change.nullable());
            }
        }
        return nullable;
    }

    private boolean inPrimaryKey(TableRef table, String column) {
        return live.table(table).stream().flatMap(t -> t.primaryKey().stream())
                .anyMatch(c -> names.sameColumn(table, c, column));
    }

    private static boolean setsNull(ForeignKey key) {
        return key.onDelete() == ReferentialAction.SET_NULL || key.onUpdate() == ReferentialAction.SET_NULL;
    }

    /** Whether an index over {@code index} finds a key's rows: its leading columns are the key's, in any order. */
    private boolean serves(TableRef table, List<String> index, List<String> key) {
        return index.size() >= key.size() && lower(table, index.subList(0, key.size())).equals(lower(table, key));
    }

    private boolean same(TableRef table, String column, TableRef otherTable, String otherColumn) {
        return table.equals(otherTable) && names.sameColumn(table, column, otherColumn);
    }

    private Set<String> lower(TableRef table, List<String> columns) {
        Set<String> set = new TreeSet<>();
        columns.forEach(name -> set.add(names.columnKey(table, name)));
        return set;
    }
}
