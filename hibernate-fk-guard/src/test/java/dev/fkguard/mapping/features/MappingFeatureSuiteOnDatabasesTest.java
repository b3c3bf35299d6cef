package dev.fkguard.mapping.features;

import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every mapping feature at once ({@link FeatureModel}), on the schema Hibernate itself creates: the guard, in fail
 * mode and failing on warnings, must start the factory, and say no more than INFO about it. Anything else is a false
 * finding (or a crash) on a schema that is right by definition. The two {@code @Any} mappings are accepted with
 * {@code @FkGuardSuppress}: polymorphic-association warns about every {@code @Any} by design (no key can guard one),
 * and the suppression must cover them; the test fails if it suppresses nothing.
 */
class MappingFeatureSuiteOnDatabasesTest {

    @TempDir
    Path reports;

    @AllDatabases
    void hibernatesOwnSchemaOfEveryFeatureGivesNothingAboveInfo(TestDatabase db) throws IOException {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(
                "hibernate.hbm2ddl.auto", "create",
                "hibernate.fkguard.mode", "fail",
                "hibernate.fkguard.fail-on", "warning",
                // PostgreSQL never indexes foreign keys and hbm2ddl adds no index: that rule is about the engine's
                // indexes, not the mapping, and says so truly for Hibernate's schema (its own tests cover it).
                "hibernate.fkguard.rules.missing-foreign-key-index", "off",
                "hibernate.fkguard.report-dir", reports.toString()), FeatureModel.ENTITIES)) {
            assertFalse(factory.isClosed());
        }
        List<String> findings = Files.readAllLines(reports.resolve("fkguard-report.txt")).stream()
                .map(String::trim)
                .filter(line -> line.startsWith("INFO ") || line.startsWith("WARNING ") || line.startsWith("ERROR "))
                .map(line -> line.toLowerCase(java.util.Locale.ROOT))
                .toList();
        // What the guard still says, once each: the two formula joins have no key, the @Subselect entity is a query.
        assertEquals(List.of("info    [formula-join] fm_pets.keeper_code", "info    [formula-join] fm_pets.owner_ref",
                        "info    [mapped-view] fmpetsummary"),
                findings, () -> String.join("\n", findings));
    }
    /** The @JoinFormula that crashed startup with "value involves formulas" in warn mode as in fail mode. */
    @AllDatabases(only = dev.fkguard.testing.Engine.H2)
    void formulaJoinsStartTheFactoryInWarnMode(TestDatabase db) {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of("hibernate.hbm2ddl.auto", "create",
                "hibernate.fkguard.mode", "warn"), FeatureModel.Person.class, FeatureModel.Pet.class)) {
            assertFalse(factory.isClosed());
        }
    }
}
