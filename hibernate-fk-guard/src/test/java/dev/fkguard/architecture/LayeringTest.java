package dev.fkguard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
