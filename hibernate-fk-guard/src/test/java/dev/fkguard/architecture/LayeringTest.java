package dev.fkguard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The neutral model and the rules stay free of Hibernate and JDBC, so they can be tested and reused without them. */
class LayeringTest {

    /** Main classes only: test classes arrive from target/test-classes here and from the test-jar on Hibernate 7. */
    private static final ImportOption MAIN_CLASSES_ONLY = location ->
            ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(MAIN_CLASSES_ONLY)
            .importPackages("dev.fkguard");

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("dev.fkguard.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.fkguard.model..", "java..")
                .check(classes);
    }

    @Test
    void rulesKnowNeitherHibernateNorJdbc() {
        noClasses().that().resideInAnyPackage("dev.fkguard.rule..", "dev.fkguard.rules..", "dev.fkguard.policy..",
                        "dev.fkguard.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..",
                        "javax.sql..", "dev.fkguard.catalog..", "dev.fkguard.mapping..", "dev.fkguard.hibernate..")
                .check(classes);
    }

    /**
     * Names are normalized once, when read ({@code Name}, {@code NameRules}, {@code TableRef}): a rule or a report
     * that compares identifier text itself, ignoring case, is right on one engine and wrong on the next (a quoted
     * PostgreSQL {@code "Customer"} is not {@code customer}). Case-insensitive comparisons of other text (engine
     * words, charsets, setting labels) live outside these packages.
     */
    @Test
    void rulesAndReportsCompareNoTextIgnoringCase() {
        noClasses().that().resideInAnyPackage("dev.fkguard.rule..", "dev.fkguard.rules..", "dev.fkguard.report..")
                .should().callMethod(String.class, "equalsIgnoreCase", String.class)
                .orShould().callMethod(String.class, "compareToIgnoreCase", String.class)
                .orShould().callMethod(String.class, "regionMatches", boolean.class, int.class, String.class,
                        int.class, int.class)
                .orShould().accessField(String.class, "CASE_INSENSITIVE_ORDER")
                .because("identifiers are compared as normalized Name keys, never as text")
                .check(classes);
    }

    @Test
    void ddlRenderingNeedsTheModelOnly() {
        noClasses().that().resideInAPackage("dev.fkguard.ddl..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.fkguard.ddl..", "dev.fkguard.model..",
                        "java..")
                .check(classes);
    }

    @Test
    void catalogReadingKnowsNothingOfHibernate() {
        noClasses().that().resideInAPackage("dev.fkguard.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "dev.fkguard.mapping..", "dev.fkguard.rule..", "dev.fkguard.hibernate..")
                .check(classes);
    }

    @Test
    void mappingReadingKnowsNothingOfJdbcCatalogs() {
        noClasses().that().resideInAPackage("dev.fkguard.mapping..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fkguard.catalog..", "dev.fkguard.rule..",
                        "dev.fkguard.hibernate..")
                .check(classes);
    }

    @Test
    void dataChecksUseJdbcButNeitherHibernateNorTheRules() {
        noClasses().that().resideInAPackage("dev.fkguard.data..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "dev.fkguard.mapping..", "dev.fkguard.catalog..", "dev.fkguard.rule..", "dev.fkguard.rules..",
                        "dev.fkguard.hibernate..", "dev.fkguard.policy..", "dev.fkguard.report..")
                .check(classes);
    }

    /**
     * The planner's layers, bottom up: the model, the DDL it renders, the rules' findings, the migration plan of
     * findings, the reports that render a plan, and the policy that assembles reports. The check plans once and hands
     * the plan down to every report; a lower layer never reaches up, so the migration never reads a report.
     */
    @Test
    void migrationPlansFindingsAndKnowsNoReport() {
        noClasses().that().resideInAPackage("dev.fkguard.migration..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fkguard.report..", "dev.fkguard.policy..",
                        "dev.fkguard.hibernate..")
                .check(classes);
    }

    @Test
    void reportsKnowNoPolicy() {
        noClasses().that().resideInAPackage("dev.fkguard.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fkguard.policy..", "dev.fkguard.hibernate..")
                .check(classes);
    }

    /** No cycle between the model, DDL, rule, migration, report and policy packages. */
    @Test
    void thePlanningLayersHaveNoCycle() {
        slices().matching("dev.fkguard.(*)..").namingSlices("$1")
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("a planning layer",
                        slice -> java.util.Set.of("model", "ddl", "rule", "migration", "report", "policy")
                                .contains(slice.getDescription())))
                .should().beFreeOfCycles()
                .check(classes);
    }
}
