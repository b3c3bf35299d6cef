package dev.fkguard.mapping.features;

import dev.fkguard.support.EnhancedClasses;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every mapping feature at once ({@link FeatureModel}), on the schema Hibernate itself creates: the guard, in fail
 * mode and failing on warnings, must start the factory, and say no more than INFO about it. Anything else is a false
 * finding (or a crash) on a schema that is right by definition. The {@code @Any} mappings are declared polymorphic
 * on purpose: any-association says so at INFO (no key can guard one), polymorphic-association (the undeclared
 * look-alike, a WARNING) never.
 */
class MappingFeatureSuiteOnDatabasesTest {

    @TempDir
    Path reports;

    @AllDatabases
    void hibernatesOwnSchemaOfEveryFeatureGivesNothingAboveInfo(TestDatabase db) throws IOException {
        assertEquals(EXPECTED, findingsAboveNothing(db, FeatureModel.ENTITIES));
    }

    /**
     * The same model rewritten by Hibernate's bytecode enhancer (the one on the classpath, so 6.6 here and 7.x in the
     * Hibernate 7 module): lazy basic attributes, lazy to-ones and inverse one-to-ones become truly lazy, and the
     * guard still says exactly what it says about the plain classes.
     */
    @AllDatabases
    void theSameModelBytecodeEnhancedGivesTheSame(TestDatabase db) throws IOException {
        Class<?>[] enhanced = EnhancedClasses.of(FeatureModel.class, FeatureModel.ENTITIES);
        for (Class<?> entity : enhanced) {
            assertTrue(ManagedEntity.class.isAssignableFrom(entity), entity + " is enhanced");
            assertFalse(java.util.Arrays.asList(FeatureModel.ENTITIES).contains(entity), entity + " is a new class");
        }
        Class<?> passport = enhanced[java.util.Arrays.asList(FeatureModel.ENTITIES).indexOf(FeatureModel.Passport.class)];
        assertTrue(PersistentAttributeInterceptable.class.isAssignableFrom(passport), "lazy attributes are intercepted");
        assertEquals(EXPECTED, findingsAboveNothing(db, enhanced));
    }

    /**
     * What the guard still says, once each: the @Any and @ManyToAny point into several tables, the two formula joins
     * have no key, the @Subselect entity is a query.
     */
    private static final List<String> EXPECTED = List.of(
            "info    [any-association] fm_board_items(item_type, item_id)",
            "info    [any-association] fm_comments(target_type, target_id)", "info    [formula-join] fm_pets.keeper_code",
            "info    [formula-join] fm_pets.owner_ref", "info    [mapped-view] fmpetsummary");

    private List<String> findingsAboveNothing(TestDatabase db, Class<?>... entities) throws IOException {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(
                "hibernate.hbm2ddl.auto", "create",
                "hibernate.fkguard.mode", "fail",
                "hibernate.fkguard.fail-on", "warning",
                // PostgreSQL never indexes foreign keys and hbm2ddl adds no index: that rule is about the engine's
                // indexes, not the mapping, and says so truly for Hibernate's schema (its own tests cover it).
                "hibernate.fkguard.rules.missing-foreign-key-index", "off",
                "hibernate.fkguard.report-dir", reports.toString()), entities)) {
            assertFalse(factory.isClosed());
            exerciseLaziness(factory, entities);
        }
        return Files.readAllLines(reports.resolve("fkguard-report.txt")).stream()
                .map(String::trim)
                .filter(line -> line.startsWith("INFO ") || line.startsWith("WARNING ") || line.startsWith("ERROR "))
                .map(line -> line.toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    /**
     * A passport stored and read back, its lazy parts loaded on access through the entities' own methods: the factory
     * works, not only starts. Enhanced, the lazy basic attribute is not loaded until then.
     */
    private static void exerciseLaziness(SessionFactory factory, Class<?>[] entities) {
        boolean enhanced = ManagedEntity.class.isAssignableFrom(entities[0]);
        Class<?> passport = entities[java.util.Arrays.asList(FeatureModel.ENTITIES).indexOf(FeatureModel.Passport.class)];
        inTenant(factory, session -> session.createNativeMutationQuery(
                "insert into fm_travellers (id, notes) values (1, 'window seat')").executeUpdate());
        inTenant(factory, session -> session.createNativeMutationQuery(
                "insert into fm_passports (id, holder_id) values (2, 1)").executeUpdate());
        inTenant(factory, session -> {
            Object loaded = session.find(passport, 2L);
            assertEquals(passport, loaded.getClass(), "Hibernate instantiates the classes it was given");
            assertEquals(!enhanced, org.hibernate.Hibernate.isPropertyInitialized(loaded, "photo"),
                    "the lazy basic attribute waits for its first read when enhanced");
            Object holder = call(loaded, "holder");
            assertEquals("window seat", call(holder, "notes"));
        });
    }

    /** The model has a @TenantId, so every session names a tenant. */
    private static void inTenant(SessionFactory factory, java.util.function.Consumer<org.hibernate.Session> work) {
        try (org.hibernate.Session session = factory.withOptions().tenantIdentifier((Object) "t1").openSession()) {
            session.getTransaction().begin();
            work.accept(session);
            session.getTransaction().commit();
        }
    }

    private static Object call(Object entity, String method) {
        try {
            java.lang.reflect.Method accessor = entity.getClass().getMethod(method);
            accessor.setAccessible(true);
            return accessor.invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The @JoinFormula that crashed startup with "value involves formulas" in warn mode as in fail mode. */
    @AllDatabases(only = dev.fkguard.testing.Engine.H2)
    void formulaJoinsStartTheFactoryInWarnMode(TestDatabase db) {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of("hibernate.hbm2ddl.auto", "create",
                "hibernate.fkguard.mode", "warn"), FeatureModel.Person.class, FeatureModel.Pet.class)) {
            assertFalse(factory.isClosed());
        }
    }

    /**
     * Formulas in {@code @Any} (a {@code @Formula} discriminator, a {@code @JoinFormula} key) on Hibernate's own
     * schema: read without a crash, nothing above INFO, and the any-association findings point at the stored
     * columns only, never at a formula's text as if it were a column.
     */
    @AllDatabases
    void formulasInAnAnyAreReadAsFormulas(TestDatabase db) {
        dev.fkguard.report.Report report = GuardRun.exportSchemaAndCheck(db, FeatureModel.FORMULA_ANY);
        assertEquals(List.of("fm_marks", "fm_reactions"), report.schema().tables().stream()
                .map(t -> t.ref().name().toLowerCase(java.util.Locale.ROOT))
                .filter(name -> name.equals("fm_marks") || name.equals("fm_reactions")).sorted().toList(),
                "Hibernate created the tables the guard checked");
        assertEquals(List.of(), GuardRun.lines(report).stream().filter(line -> !line.startsWith("INFO ")).toList(),
                () -> String.join("\n", GuardRun.lines(report)));
        List<String> anys = report.findings().stream()
                .filter(f -> !f.rule().value().equals("formula-join"))
                .map(f -> f.severity() + " " + f.rule() + " " + f.location().describe().toLowerCase(java.util.Locale.ROOT)
                        + " | " + f.message().substring(0, f.message().indexOf(';')))
                .toList();
        assertEquals(List.of(
                "INFO any-association fm_marks.target_type | mapping Mark.target (@Any) stores a type and an id in"
                        + " target_type + formula (target_ref)",
                "INFO any-association fm_reactions.target_id | mapping Reaction.target (@Any) stores a type and an"
                        + " id in target_id + formula (upper(target_kind))"), anys, anys::toString);
    }

    /**
     * A database key on the plain column a {@code @JoinFormula} names checks the reference Hibernate joins through:
     * said at INFO as part of the formula join, never {@code unexpected-foreign-key}, never a drop. A key on the same
     * column aimed at another table is no part of the join and stays unexpected.
     */
    @AllDatabases
    void aKeyOnTheColumnAFormulaJoinNamesIsKeptAtInfo(TestDatabase db) {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of("hibernate.hbm2ddl.auto", "create",
                "hibernate.fkguard.mode", "off"), FeatureModel.Person.class, FeatureModel.Pet.class,
                FeatureModel.Badge.class)) {
            assertFalse(factory.isClosed());
        }
        db.execute("ALTER TABLE fm_pets ADD CONSTRAINT fk_pets_owner_ref FOREIGN KEY (owner_ref) REFERENCES fm_people (id)",
                "ALTER TABLE fm_pets ADD CONSTRAINT fk_pets_owner_badge FOREIGN KEY (owner_ref) REFERENCES fm_badges (id)");
        dev.fkguard.report.Report report = GuardRun.check(db, FeatureModel.Person.class, FeatureModel.Pet.class,
                FeatureModel.Badge.class);
        List<dev.fkguard.rule.Finding> findings = report.findings().stream()
                .filter(f -> f.rule().value().equals("formula-join") || f.rule().value().equals("unexpected-foreign-key"))
                .toList();
        List<String> lines = findings.stream().map(f -> f.severity() + " " + f.rule() + " "
                + f.location().describe().toLowerCase(java.util.Locale.ROOT)).sorted().toList();
        assertEquals(List.of("INFO formula-join fm_pets.keeper_code", "INFO formula-join fm_pets.owner_ref → fm_people.id",
                "WARNING unexpected-foreign-key fm_pets.owner_ref → fm_badges.id"), lines, lines::toString);
        dev.fkguard.rule.Finding backed = findings.stream().filter(f -> f.location().target().isPresent()
                && f.rule().value().equals("formula-join")).findFirst().orElseThrow();
        assertTrue(backed.message().toLowerCase(java.util.Locale.ROOT).contains("constraint fk_pets_owner_ref on them"
                + " checks that reference"), backed.message());
        assertTrue(backed.fix().startsWith("keep the constraint"), backed.fix());
        assertEquals(List.of(), backed.remedies(), "nothing to drop or change");
    }
}
