package dev.fkguard.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.FormulaJoin;
import dev.fkguard.model.ValueColumn;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.OnDeleteSite;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.QuotedColumn;
import dev.fkguard.model.NameNormalizer;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.Suppression;
import dev.fkguard.model.TableRef;

/**
 * Reads Hibernate's boot {@link Metadata} into the neutral {@link MappingModel}: the physical tables the mapping
 * creates and one {@link ExpectedForeignKey} per foreign key the mapping implies.
 *
 * <p>How it works: the mapping is walked for every construct that implies an FK ({@link MappingWalker}); each
 * such relation is then matched, by table and column set, to the {@link ForeignKey} object Hibernate bound on
 * the table. Whether a constraint is wanted mirrors Hibernate's schema exporter: the FK object must exist, be
 * creation-enabled and be a physical constraint (both tables physical). {@code ConstraintMode.NO_CONSTRAINT}
 * (on the join column, the join table or globally through {@code hibernate.hbm2ddl.default_constraint_mode})
 * and {@code @NotFound} make Hibernate build no FK, or a disabled one; such relations stay in the model with
 * {@code constraintWanted = false}, because the relation is real and explains a DB FK found there.
 *
 * <p>Constraint names: only a name given with {@code @ForeignKey(name = …)} is reported. Hibernate keeps that
 * name on the mapping value ({@code SimpleValue.getForeignKeyName()}); the hashed {@code FK…} names it
 * generates are set only on the FK object, never on the value, so the value tells the two apart.
 *
 * <p>Delete intents: {@code cascadeRemove}/{@code orphanRemoval} come from the parent side that maps the same
 * child table and columns: an {@code @OneToMany(mappedBy)} collection, a unidirectional {@code @OneToMany
 * @JoinColumn} (which owns the FK itself), or for an owning {@code @OneToOne} the inverse
 * {@code @OneToOne(mappedBy)}. A cascade on the FK's own side ({@code @ManyToOne(cascade = REMOVE)}) deletes the
 * parent, not the children, and is not reported here. Element collections and the owner side of join tables are
 * emptied by Hibernate itself before it deletes the owner, so their key to the owner reports {@code cascadeRemove}
 * as well (unless the collection is {@code @SoftDelete}: then its rows are marked, not deleted); the key of a join
 * table's other side does not.
 *
 * <p>Nullability: a key is nullable when the mappings that <em>write</em> its columns allow NULL. A read-only
 * duplicate ({@code insertable = false, updatable = false}) never decides; where two mappings explain one key, the
 * writable one is kept. Joins through formulas have no key and are listed as {@link FormulaJoin}s.
 *
 * <p>Shared join columns: Hibernate binds one FK object per column set, for whichever to-one it binds first. A
 * read-only to-one towards another table than the association writing its columns asks for no key; it is listed
 * apart ({@link MappingModel#readOnlyDuplicates()}), and the writable association keeps its own target
 * ({@link SharedJoinColumns}).
 *
 * <p>Instances hold no state between calls and may be shared.
 */
public final class MappingReader {

    private final HibernateVersionAdapter adapter = new HibernateVersionAdapter();

    public MappingModel read(Metadata metadata) {
        EntityProperties properties = new EntityProperties();
        MappingWalker walker = new MappingWalker(metadata, adapter, properties).walk();
        Set<TableRef> tables = new TreeSet<>();
        Set<TableRef> queries = new TreeSet<>();
        Set<QuotedColumn> quoted = new HashSet<>();
        TableKeys tableKeys = walker.tableKeys();
        for (Table table : metadata.collectTableMappings()) {
            if (table.isPhysicalTable() && !table.isView()) {
                tables.add(tableKeys.ref(table));
            }
            for (Column column : table.getColumns()) {
                // Hibernate's own reading of the name: backticks, quotes and globally_quoted_identifiers.
                if (column.isQuoted()) {
                    quoted.add(new QuotedColumn(tableKeys.ref(table), column.getName()));
                }
            }
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Table table = entity.getTable();
            if (table != null && table.getSubselect() != null) {
                // Hibernate names a query's table after the entity (or not at all); the entity name reads best.
                queries.add(TableRef.of(simpleName(entity.getJpaEntityName() != null ? entity.getJpaEntityName()
                        : entity.getEntityName())));
            }
        }
        Map<Identity, Explained> byKey = new LinkedHashMap<>();
        Map<Identity, Explained> byDuplicateKey = new LinkedHashMap<>();
        Set<ForeignKey> explained = new HashSet<>();
        SharedJoinColumns shared = new SharedJoinColumns(walker.relations(), walker.tableKeys());
        for (Relation relation : walker.relations()) {
            if (relation.table().getSubselect() != null || relation.targetTable().getSubselect() != null) {
                // An @Subselect entity is a query: no key can leave or reach it (MappedViewRule says so once).
                continue;
            }
            // Plain nulls rather than Optionals and lambdas in this loop: it runs once per relation on the booting
            // thread, mostly still interpreted there.
            ForeignKey onColumns = foreignKeyOnColumns(relation);
            if (onColumns != null) {
                explained.add(onColumns);
            }
            boolean duplicate = shared.isReadOnlyDuplicate(relation);
            // The key Hibernate bound on the columns is the relation's own only where it points at the relation's
            // target, or where no other to-one over the columns points where it does.
            ForeignKey bound = !duplicate && onColumns != null
                    && (onColumns.getReferencedTable() == relation.targetTable() || shared.mayStandFor(relation, onColumns))
                    ? onColumns : null;
            ExpectedForeignKey expected = expected(relation, bound, duplicate ? null : onColumns,
                    walker.cascades(), walker.writers(), tableKeys);
            Map<Identity, Explained> into = duplicate ? byDuplicateKey : byKey;
            Identity identity = identity(expected, quoted);
            Explained explaining = new Explained(expected, relation.writable());
            Explained earlier = into.putIfAbsent(identity, explaining);
            if (earlier != null) {
                into.put(identity, preferred(earlier, explaining));
            }
        }
        for (Table table : metadata.collectTableMappings()) {
            for (ForeignKey fk : table.getForeignKeys().values()) {
                if (!explained.contains(fk) && fk.getReferencedTable() != null && table.getSubselect() == null
                        && fk.getReferencedTable().getSubselect() == null) {
                    ExpectedForeignKey expected = unexplained(fk);
                    byKey.putIfAbsent(identity(expected, quoted), new Explained(expected, true));
                }
            }
        }
        List<ExpectedForeignKey> foreignKeys = sorted(byKey.values());
        EntityFactsReader.Facts facts = new EntityFactsReader(adapter, properties, tableKeys).read(walker.entities());
        List<Suppression> suppressions = new SuppressionReader(properties).read(metadata, foreignKeys);
        List<FormulaJoin> formulaJoins = new ArrayList<>(walker.formulaJoins());
        formulaJoins.sort(Comparator.comparing(FormulaJoin::source));
        List<ValueColumn> valueColumns = new ArrayList<>(walker.valueColumns());
        valueColumns.sort(MappingReader::bySourceThenColumn);
        List<ExpectedForeignKey> duplicates = new ArrayList<>(byDuplicateKey.size());
        for (Explained duplicate : byDuplicateKey.values()) {
            duplicates.add(duplicate.expected());
        }
        return inDialectNamespaces(metadata, tableKeys,
                new MappingModel(tables, foreignKeys, facts.entities(), facts.polymorphicAssociations(), suppressions,
                        queries, formulaJoins, valueColumns, quoted, duplicates));
    }

    private static int bySourceThenColumn(ValueColumn a, ValueColumn b) {
        int order = a.source().compareTo(b.source());
        return order != 0 ? order : a.column().compareTo(b.column());
    }

    /** Every table in the namespace Hibernate's SQL names it by ({@link TableRefs#of(Table, NameQualifierSupport)}). */
    private static MappingModel inDialectNamespaces(Metadata metadata, TableKeys tableKeys, MappingModel model) {
        JdbcEnvironment environment = metadata.getDatabase().getJdbcEnvironment();
        NameQualifierSupport support = environment.getNameQualifierSupport();
        if (support == null) {
            return model;
        }
        Map<String, Object> settings = metadata.getDatabase().getServiceRegistry()
                .requireService(ConfigurationService.class).getSettings();
        Object configured = settings.get(support == NameQualifierSupport.CATALOG ? AvailableSettings.DEFAULT_CATALOG
                : AvailableSettings.DEFAULT_SCHEMA);
        // Hibernate's own identifier handling: backticks, quotes and globally_quoted_identifiers.
        Optional<Identifier> defaultNamespace = Optional.ofNullable(configured).map(String::valueOf)
                .filter(text -> !text.isBlank())
                .map(text -> environment.getIdentifierHelper().toIdentifier(text.strip()));
        Map<TableRef, TableRef> placed = new HashMap<>();
        for (Table table : metadata.collectTableMappings()) {
            TableRef ref = tableKeys.ref(table);
            TableRef dialect = TableRefs.of(table, support, defaultNamespace);
            if (!ref.equals(dialect) || !ref.schemaName().equals(dialect.schemaName())) {
                placed.put(ref, dialect);
            }
        }
        return placed.isEmpty() ? model : NameNormalizer.withTables(model, ref -> placed.getOrDefault(ref, ref));
    }

    /** An expected key and whether the mapping that explains it writes the columns. */
    private record Explained(ExpectedForeignKey expected, boolean writable) {
    }

    /**
     * By table, columns, target table and target columns; the lower-case column lists are built once per key, not on
     * every comparison.
     */
    private static List<ExpectedForeignKey> sorted(Collection<Explained> keys) {
        Keyed[] keyed = new Keyed[keys.size()];
        int i = 0;
        for (Explained explained : keys) {
            ExpectedForeignKey e = explained.expected();
            keyed[i++] = new Keyed(e, lower(e.key().columns()), lower(e.key().targetColumns()));
        }
        Arrays.sort(keyed, Keyed::compare);
        ExpectedForeignKey[] sorted = new ExpectedForeignKey[keyed.length];
        for (i = 0; i < keyed.length; i++) {
            sorted[i] = keyed[i].expected();
        }
        return List.of(sorted);
    }

    private record Keyed(ExpectedForeignKey expected, String columns, String targetColumns) {

        static int compare(Keyed a, Keyed b) {
            int order = a.expected.key().table().compareTo(b.expected.key().table());
            if (order == 0) {
                order = a.columns.compareTo(b.columns);
            }
            if (order == 0) {
                order = a.expected.key().targetTable().compareTo(b.expected.key().targetTable());
            }
            return order != 0 ? order : a.targetColumns.compareTo(b.targetColumns);
        }
    }

    /**
     * The FK object Hibernate bound on the relation's columns, if it built one: towards the relation's target where
     * there is one, else the one towards another table (Hibernate binds one per column set). An FK object without a referenced
     * table (a to-one to a TABLE_PER_CLASS root: its rows live in several tables) is never exported, and asking it
     * {@code isPhysicalConstraint()} throws; it counts as none.
     */
    private static ForeignKey foreignKeyOnColumns(Relation relation) {
        ForeignKey sameColumns = null;
        for (ForeignKey fk : relation.table().getForeignKeys().values()) {
            if (fk.getReferencedTable() == null || !sameColumnSet(fk.getColumns(), relation.columns())) {
                continue;
            }
            if (fk.getReferencedTable() == relation.targetTable()) {
                return fk;
            }
            sameColumns = fk;
        }
        return sameColumns;
    }

    /**
     * @param bound     the FK object that is the relation's key, or null
     * @param onColumns the FK object Hibernate bound on the relation's columns, whose export says whether a
     *                  constraint is wanted there: the relation's own, or another to-one's over the same columns when
     *                  Hibernate bound that one first (null for a read-only duplicate, which wants none)
     */
    private ExpectedForeignKey expected(Relation relation, ForeignKey bound, ForeignKey onColumns,
                                        ChildCascades cascades, ColumnWriters writers, TableKeys tables) {
        OnDeleteAction declaredOnDelete = bound != null ? bound.getOnDeleteAction() : null;
        if (declaredOnDelete == null) {
            declaredOnDelete = relation.value().getOnDeleteAction();
        }
        Optional<ReferentialAction> onDelete = declaredOnDelete == null ? Optional.empty() : action(declaredOnDelete);
        String name = relation.value().getForeignKeyName();
        Optional<String> explicitName = name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
        boolean constraintWanted = onColumns != null && onColumns.isCreationEnabled()
                && (bound != null ? onColumns.isPhysicalConstraint()
                        : relation.table().isPhysicalTable() && relation.targetTable().isPhysicalTable())
                && relation.value().isForeignKeyEnabled()
                && !relation.notFound();

        List<Column> columns = bound != null ? bound.getColumns() : relation.columns();
        Table targetTable = bound != null ? bound.getReferencedTable() : relation.targetTable();
        // Without a bound key, target columns pair with the relation's own column order, as Hibernate would.
        List<Column> targetColumns = bound != null ? referencedColumns(bound) : alignedTargets(relation);
        ChildCascades.Flags flags = cascades.lookup(relation);
        MappingIntent intent = new MappingIntent(relation.entity(), relation.attribute(), relation.kind(), onDelete,
                flags.remove(), flags.orphanRemoval(), nullable(relation, writers),
                explicitName, constraintWanted, relation.rowsSoftDeleted(), onDeleteSite(relation));
        dev.fkguard.model.ForeignKey key = new dev.fkguard.model.ForeignKey(explicitName, tables.ref(relation.table()),
                columnNames(columns), tables.ref(targetTable), columnNames(targetColumns),
                onDelete.orElse(ReferentialAction.NO_ACTION), ReferentialAction.NO_ACTION, false, true, true);
        return new ExpectedForeignKey(key, intent);
    }

    /** Where the relation's rule is stated: in its hbm.xml file, on the other side of a join table, or on itself. */
    private OnDeleteSite onDeleteSite(Relation relation) {
        String source = relation.attribute().isPresent()
                ? simpleName(relation.entity()) + "." + relation.attribute().get() : simpleName(relation.entity());
        Optional<String> file = adapter.hbmXmlFile(relation.value());
        if (file.isPresent()) {
            return new OnDeleteSite.HbmXml(source, file.get());
        }
        return relation.onDeleteSite().isPresent() ? relation.onDeleteSite().get() : OnDeleteSite.attribute(source);
    }

    /**
     * Whether the key's columns may be NULL, as the mappings that write them say: a read-only relation takes its
     * columns' nullability from their writers, and only where nothing writes a column from its own mapping.
     */
    private static boolean nullable(Relation relation, ColumnWriters writers) {
        // A loop, not a stream: once per relation of the mapping.
        for (Column column : relation.columns()) {
            if (!writers.nullable(relation.table(), column).orElse(column.isNullable())) {
                return false;
            }
        }
        return true;
    }

    /** An FK Hibernate built that no walked construct accounts for (e.g. from hbm.xml or an unusual mapping). */
    private static ExpectedForeignKey unexplained(ForeignKey fk) {
        Optional<ReferentialAction> onDelete = Optional.ofNullable(fk.getOnDeleteAction()).flatMap(MappingReader::action);
        String entity = Optional.ofNullable(fk.getReferencedEntityName()).orElse(fk.getTable().getName());
        MappingIntent intent = new MappingIntent(entity, Optional.empty(), AssociationKind.OTHER, onDelete, false,
                false, fk.getColumns().stream().allMatch(Column::isNullable), Optional.empty(),
                fk.isCreationEnabled() && fk.isPhysicalConstraint());
        dev.fkguard.model.ForeignKey key = new dev.fkguard.model.ForeignKey(Optional.empty(),
                TableRefs.of(fk.getTable()), columnNames(fk.getColumns()), TableRefs.of(fk.getReferencedTable()),
                columnNames(referencedColumns(fk)), onDelete.orElse(ReferentialAction.NO_ACTION),
                ReferentialAction.NO_ACTION, false, true, true);
        return new ExpectedForeignKey(key, intent);
    }

    /** Hibernate leaves referencedColumns empty for a reference to the primary key. */
    private static List<Column> referencedColumns(ForeignKey fk) {
        List<Column> referenced = fk.getReferencedColumns();
        if (referenced != null && !referenced.isEmpty()) {
            return referenced;
        }
        return MappingWalker.primaryKeyColumns(fk.getReferencedTable());
    }

    private static List<Column> alignedTargets(Relation relation) {
        return relation.targetColumns().size() == relation.columns().size() ? relation.targetColumns() : List.of();
    }

    private static Optional<ReferentialAction> action(OnDeleteAction action) {
        return switch (action) {
            case CASCADE -> Optional.of(ReferentialAction.CASCADE);
            case SET_NULL -> Optional.of(ReferentialAction.SET_NULL);
            case SET_DEFAULT -> Optional.of(ReferentialAction.SET_DEFAULT);
            case RESTRICT -> Optional.of(ReferentialAction.RESTRICT);
            // NO_ACTION is also what Hibernate reports when no @OnDelete is present.
            case NO_ACTION -> Optional.empty();
        };
    }

    /**
     * Two constructs mapping the same FK (e.g. both sides of a join column) are one expected FK: the one wanting a
     * constraint, then the one writing the columns (a read-only duplicate is never the mapping that counts).
     */
    private static Explained preferred(Explained first, Explained second) {
        if (first.expected().intent().constraintWanted() != second.expected().intent().constraintWanted()) {
            return first.expected().intent().constraintWanted() ? first : second;
        }
        if (first.writable() != second.writable()) {
            return first.writable() ? first : second;
        }
        return first;
    }

    private static String simpleName(String entity) {
        return entity.substring(Math.max(entity.lastIndexOf('.'), entity.lastIndexOf('$')) + 1);
    }

    /**
     * What two relations over the same key share: Hibernate treats unquoted names that differ only in case as one
     * column, a quoted {@code "Code"} as another than {@code code}.
     */
    private static Identity identity(ExpectedForeignKey expected, Set<QuotedColumn> quoted) {
        dev.fkguard.model.ForeignKey key = expected.key();
        Set<String> columns = new TreeSet<>();
        for (String column : key.columns()) {
            columns.add(!quoted.isEmpty() && quoted.contains(new QuotedColumn(key.table(), column)) ? "\"" + column
                    : column.toLowerCase(Locale.ROOT));
        }
        return new Identity(key.table(), columns, key.targetTable());
    }

    /**
     * A key's identity: its table and target (equal as their qualified keys are) and its columns' identities, compared
     * as a set. A record rather than a string built per key.
     */
    private record Identity(TableRef table, Set<String> columns, TableRef targetTable) {

        // Written out, as TableKeys.ColumnKey's: no invokedynamic link on the booting thread.
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && table.equals(that.table) && columns.equals(that.columns)
                    && targetTable.equals(that.targetTable);
        }

        @Override
        public int hashCode() {
            return (31 * table.hashCode() + columns.hashCode()) * 31 + targetTable.hashCode();
        }
    }

    private static List<String> columnNames(List<Column> columns) {
        String[] names = new String[columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = columns.get(i).getName();
        }
        return List.of(names);
    }

    /** Whether two column lists name the same columns, as sets of {@link TableRefs#columnIdentity}. */
    private static boolean sameColumnSet(List<Column> a, List<Column> b) {
        if (a.size() == 1 && b.size() == 1) {
            // Hibernate binds a key on the very Column objects of its to-one: no names to compare then.
            return a.get(0) == b.get(0)
                    || TableRefs.columnIdentity(a.get(0)).equals(TableRefs.columnIdentity(b.get(0)));
        }
        return names(a).equals(names(b));
    }

    private static Set<String> names(Collection<Column> columns) {
        Set<String> names = new TreeSet<>();
        columns.forEach(column -> names.add(TableRefs.columnIdentity(column)));
        return names;
    }

    private static String lower(List<String> names) {
        return (names.size() == 1 ? names.get(0) : String.join(",", names)).toLowerCase(Locale.ROOT);
    }
}
