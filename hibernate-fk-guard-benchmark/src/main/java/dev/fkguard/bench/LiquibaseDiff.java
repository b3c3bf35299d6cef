package dev.fkguard.bench;

import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.Difference;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.compare.CompareControl;
import liquibase.exception.LiquibaseException;
import liquibase.ext.hibernate.database.HibernateDatabase;
import liquibase.ext.hibernate.database.connection.HibernateConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 5. Liquibase's Hibernate diff (liquibase-core + liquibase-hibernate6) of the same mapping against the same schema:
 * the work a team does today when it checks its mapping against the database with Liquibase. The object types are
 * the ones the guard compares (tables, columns, primary keys, indexes, foreign keys), so the diff does comparable
 * work; sequences, views and unique constraints are left out.
 *
 * <p>The reference side is the very {@link Metadata} the guard reads, handed to liquibase-hibernate through a
 * {@link HibernateDatabase} of our own instead of a {@code hibernate:classic:...} URL: the generated entities live in
 * a class loader of their own, and building the metadata again inside Liquibase would time a Hibernate boot, not a
 * diff (the guard gets its metadata from the boot it runs in, too).
 */
final class LiquibaseDiff {

    private static final Set<Class<? extends DatabaseObject>> TYPES =
            Set.of(Table.class, Column.class, PrimaryKey.class, Index.class, ForeignKey.class);

    /** Per repetition: the phases' wall times (ms) and what the diff found. */
    record Outcome(double referenceSnapshotMillis, double databaseSnapshotMillis, double compareMillis,
                   int referenceForeignKeys, int databaseForeignKeys, Map<String, Integer> differences,
                   List<String> examples) {

        double totalMillis() {
            return referenceSnapshotMillis + databaseSnapshotMillis + compareMillis;
        }

        /** Foreign keys only one side has: none on the benchmark's clean schema. */
        int missingOrUnexpectedForeignKeys() {
            return differences.getOrDefault("missing ForeignKey", 0)
                    + differences.getOrDefault("unexpected ForeignKey", 0);
        }
    }

    private final Metadata metadata;
    private final ClassLoader entities;

    LiquibaseDiff(Metadata metadata, ClassLoader entities) {
        this.metadata = metadata;
        this.entities = entities;
    }

    /** One diff, as Liquibase's diff command runs it: both snapshots with every name quoted, then the comparison. */
    Outcome run(Connection connection) throws LiquibaseException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(entities);
        try {
            long t0 = System.nanoTime();
            Database reference = new MetadataDatabase(metadata);
            Database target = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            CompareControl.SchemaComparison[] schemas = {
                    new CompareControl.SchemaComparison(reference.getDefaultSchema(), target.getDefaultSchema())};
            // Liquibase narrows this set in place.
            CompareControl control = new CompareControl(schemas, new HashSet<>(TYPES));
            DatabaseSnapshot referenceSnapshot = snapshot(reference, reference.getDefaultSchema(), schemas);
            long t1 = System.nanoTime();
            DatabaseSnapshot targetSnapshot = snapshot(target, target.getDefaultSchema(), schemas);
            long t2 = System.nanoTime();
            DiffResult diff = DiffGeneratorFactory.getInstance().compare(referenceSnapshot, targetSnapshot, control);
            long t3 = System.nanoTime();
            return new Outcome((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                    referenceSnapshot.get(ForeignKey.class).size(), targetSnapshot.get(ForeignKey.class).size(),
                    differences(diff), examples(diff));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static DatabaseSnapshot snapshot(Database database, CatalogAndSchema schema,
                                             CompareControl.SchemaComparison[] schemas) throws LiquibaseException {
        ObjectQuotingStrategy original = database.getObjectQuotingStrategy();
        database.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
        try {
            @SuppressWarnings("unchecked")
            Class<? extends DatabaseObject>[] types = TYPES.toArray(new Class[0]);
            DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance()
                    .createSnapshot(new CatalogAndSchema[] {schema}, database, new SnapshotControl(database, types));
            snapshot.setSchemaComparisons(schemas);
            return snapshot;
        } finally {
            database.setObjectQuotingStrategy(original);
        }
    }

    /**
     * "missing ForeignKey" -> count, and for changed objects the changed fields too, e.g. "changed ForeignKey
     * (deleteRule, updateRule)" -> count: that tells a real drift from Liquibase's own noise.
     */
    private static Map<String, Integer> differences(DiffResult diff) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Class<? extends DatabaseObject> type : TYPES) {
            add(counts, "missing " + type.getSimpleName(), diff.getMissingObjects(type).size());
            add(counts, "unexpected " + type.getSimpleName(), diff.getUnexpectedObjects(type).size());
            for (ObjectDifferences changed : diff.getChangedObjects(type).values()) {
                String fields = changed.getDifferences().stream().map(Difference::getField).sorted()
                        .collect(Collectors.joining(", "));
                add(counts, "changed " + type.getSimpleName() + " (" + fields + ")", 1);
            }
        }
        return counts;
    }

    private static void add(Map<String, Integer> counts, String key, int count) {
        if (count > 0) {
            counts.merge(key, count, Integer::sum);
        }
    }

    /** A few of the differences the diff reported, to say in the output what they are. */
    private static List<String> examples(DiffResult diff) {
        List<String> examples = new ArrayList<>();
        for (Class<? extends DatabaseObject> type : TYPES) {
            diff.getMissingObjects(type).stream().limit(2)
                    .forEach(o -> examples.add("missing " + type.getSimpleName() + " " + o));
            diff.getUnexpectedObjects(type).stream().limit(2)
                    .forEach(o -> examples.add("unexpected " + type.getSimpleName() + " " + o));
            diff.getChangedObjects(type).entrySet().stream().limit(2)
                    .forEach(e -> examples.add("changed " + type.getSimpleName() + " " + e.getKey() + ": "
                            + e.getValue().getDifferences()));
        }
        return examples;
    }

    /**
     * liquibase-hibernate's reference database, fed the metadata we already have. setConnection() builds the
     * metadata through {@link #buildMetadataFromPath()}; the URL only has to be a hibernate one.
     */
    private static final class MetadataDatabase extends HibernateDatabase {

        private final Metadata prebuilt;

        MetadataDatabase(Metadata metadata) {
            this.prebuilt = metadata;
            setConnection(new JdbcConnection(new HibernateConnection("hibernate:benchmark:generated-entities",
                    new ClassLoaderResourceAccessor())));
        }

        @Override
        protected Metadata buildMetadataFromPath() {
            dialect = prebuilt.getDatabase().getDialect();
            return prebuilt;
        }

        @Override
        protected void configureSources(MetadataSources sources) {
            throw new UnsupportedOperationException("the metadata is prebuilt");
        }

        @Override
        public boolean isCorrectDatabaseImplementation(liquibase.database.DatabaseConnection connection) {
            return false;
        }

        @Override
        public String getShortName() {
            return "hibernate-benchmark";
        }

        @Override
        protected String getDefaultDatabaseProductName() {
            return "Hibernate";
        }
    }
}
