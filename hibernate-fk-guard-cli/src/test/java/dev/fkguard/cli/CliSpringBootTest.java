package dev.fkguard.cli;

import dev.fkguard.cli.CliProcess.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar on the plugin's Spring Boot samples (entity scan, no persistence.xml), built as their user builds them:
 * libraries resolved by Maven from their poms, classes compiled with their resources, run from the project's root
 * with {@code --classpath 'target/classes:target/lib/*'} against an H2 file database made by Flyway from their own
 * migrations. The lines asserted are the plugin ITs' (spring-boot-entity-scan-clean, -drift,
 * spring-boot4-multi-module-drift).
 */
class CliSpringBootTest {

    @TempDir
    static Path shared;
    private static MavenBuiltProject clean;
    private static MavenBuiltProject drift;
    private static MavenBuiltProject boot4;
    private static String cleanUrl;
    private static String driftUrl;
    private static String boot4Url;

    @BeforeAll
    static void buildTheProjectsAndTheirDatabases() throws Exception {
        SampleProject cleanProject = SampleProject.named("spring-boot-entity-scan-clean");
        SampleProject driftProject = SampleProject.named("spring-boot-entity-scan-drift");
        SampleProject shop = SampleProject.named("spring-boot4-multi-module-drift/shop");
        List<MavenBuiltProject> built = MavenBuiltProject.build(shared.resolve("projects"), List.of(
                new MavenBuiltProject.Sample(cleanProject, ""), new MavenBuiltProject.Sample(driftProject, ""),
                new MavenBuiltProject.Sample(new SampleProject(shop.directory().getParent()), "shop")));
        clean = built.get(0);
        drift = built.get(1);
        boot4 = built.get(2);
        cleanUrl = "jdbc:h2:file:" + shared.resolve("clean-db/shop").toAbsolutePath();
        driftUrl = "jdbc:h2:file:" + shared.resolve("drift-db/shop").toAbsolutePath();
        boot4Url = "jdbc:h2:file:" + shared.resolve("boot4-db/shop").toAbsolutePath();
        cleanProject.migrate(cleanUrl, "sa", "");
        driftProject.migrate(driftUrl, "sa", "");
        shop.migrate(boot4Url, "sa", "");
    }

    private static Run check(MavenBuiltProject project, String url, String... more) throws Exception {
        String[] args = new String[7 + more.length];
        System.arraycopy(new String[] {"check", "--jdbc-url", url, "--user", "sa", "--classpath",
                project.classPath()}, 0, args, 0, 7);
        System.arraycopy(more, 0, args, 7, more.length);
        return CliProcess.run(project.module(), Map.of(), args);
    }

    @Test
    void theCleanBootProjectAgrees() throws Exception {
        Run run = check(clean, cleanUrl);
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.err().contains("hibernate-fk-guard: a Spring Boot application: naming tables and columns as"
                + " Boot's JPA auto-configuration does (physical CamelCaseToUnderscoresNamingStrategy, implicit"
                + " SpringImplicitNamingStrategy; no application.properties or .yml)"), run.both());
        assertTrue(run.err().contains("checking 2 mapped classes against"), run.both());
        assertTrue(run.out().contains("hibernate-fk-guard: mapping and H2 schema PUBLIC agree (1 mapped foreign key"
                + " checked)"), run.both());
        // Its Logback and slf4j-api stay quiet.
        assertFalse(run.both().contains("SLF4J"), run.both());
    }

    @Test
    void theBootProjectsPlantedDriftExitsOneWithThePluginsFindingAndSarifPathsFromItsRoot() throws Exception {
        Run run = check(drift, driftUrl, "--report-dir", "target/fkguard");
        assertEquals(1, run.exit(), run.both());
        assertTrue(run.err().contains("hibernate-fk-guard: a Spring Boot application: naming tables and columns as"
                + " Boot's JPA auto-configuration does (physical ShopTableNaming, implicit SpringImplicitNamingStrategy;"
                + " read application.yml)"), run.both());
        assertTrue(run.err().contains("hibernate-fk-guard: using the application's own settings"
                + " spring.jpa.properties.hibernate.fkguard.schemas (application.yml) = shop."), run.both());
        assertTrue(run.out().contains("hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2 schema SHOP"
                + " (1 error"), run.both());
        assertTrue(run.out().contains("ERROR [delete-rule-mismatch] shop.shop_purchase_order.customer_id →"
                + " shop.shop_customer.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)"), run.both());
        assertTrue(run.out().contains("ALTER TABLE shop.shop_purchase_order ADD CONSTRAINT FK_PURCHASE_ORDER_CUSTOMER"
                + " FOREIGN KEY (customer_id) REFERENCES shop.shop_customer (id) ON DELETE CASCADE;"), run.both());
        String sarif = Files.readString(drift.module().resolve("target/fkguard/fkguard-report.sarif"));
        assertTrue(sarif.contains("\"uri\": \"src/main/java/com/example/shop/domain/PurchaseOrder.java\""), sarif);
    }

    /**
     * spring-boot4-multi-module-drift: Boot 4's Hibernate 7 and default naming, the shop a module of a repository,
     * checked from the shop's directory (where its application.properties' relative baseline is): the plugin IT's
     * finding, and SARIF paths from the repository's root.
     */
    @Test
    void theBoot4ShopModuleExitsOneWithThePluginsFindingAndSarifPathsFromTheRepositoryRoot() throws Exception {
        Run run = check(boot4, boot4Url, "--report-dir", "target/fkguard");
        assertEquals(1, run.exit(), run.both());
        assertTrue(run.err().contains("hibernate-fk-guard: reading the mapping with the project's Hibernate ORM 7."),
                run.both());
        assertTrue(run.err().contains("hibernate-fk-guard: a Spring Boot application: naming tables and columns as"
                + " Boot's JPA auto-configuration does (physical CamelCaseToUnderscoresNamingStrategy, implicit"
                + " SpringImplicitNamingStrategy; read application.properties)"), run.both());
        assertTrue(run.err().contains("hibernate-fk-guard: using the application's own settings"
                + " spring.jpa.properties.hibernate.fkguard.baseline (application.properties) = "
                + boot4.module().resolve("config/fkguard-baseline.txt").toAbsolutePath() + "."), run.both());
        assertTrue(run.out().contains("hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2 schema"
                + " PUBLIC (1 error"), run.both());
        assertTrue(run.out().contains("ERROR [delete-rule-mismatch] purchase_order.customer_id → customer.id: DB rule"
                + " NO ACTION, mapping @OnDelete(CASCADE)"), run.both());
        String sarif = Files.readString(boot4.module().resolve("target/fkguard/fkguard-report.sarif"));
        assertTrue(sarif.contains("\"uri\": \"shop/src/main/java/com/example/shop/domain/PurchaseOrder.java\""),
                sarif);
    }
}
