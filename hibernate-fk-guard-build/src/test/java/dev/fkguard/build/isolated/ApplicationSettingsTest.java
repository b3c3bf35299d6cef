package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.policy.Mode;
import dev.fkguard.rule.Severity;
import dev.fkguard.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard's settings a Spring Boot application gives its startup check under {@code spring.jpa.properties} are the
 * build's too, over the persistence unit's, under the build's own; the check says which it used, and a bad one is
 * named as written in its file.
 */
class ApplicationSettingsTest {

    /** What SpringBootNaming reads from an application.yml that sets the guard's schemas and fail-on. */
    private static final BootProperties BOOT = new BootProperties(Map.of(
            "hibernate.default_schema", "shop",
            "hibernate.fkguard.schemas", "shop",
            "hibernate.fkguard.fail-on", "warning",
            SpringBootNaming.PHYSICAL, "com.example.ShopNaming"), Map.of(
            "hibernate.default_schema", "application.yml",
            "hibernate.fkguard.schemas", "application.yml",
            "hibernate.fkguard.fail-on", "application.properties"));

    /** The project's base directory, somewhere else than the directory the test (Maven) runs in. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getRoot().resolve("work/shop");

    /**
     * A relative path the application gives is its project's, as when the application starts from there, not the
     * directory Maven was started in ({@code mvn -f shop/pom.xml}); the build's own (absolute already) and the
     * application's other settings are left as they are.
     */
    @Test
    void theApplicationsRelativePathsAreThoseOfItsProject(@TempDir Path sarifRoot) {
        BootProperties boot = new BootProperties(Map.of("hibernate.fkguard.baseline", "config/fkguard-baseline.txt",
                "hibernate.fkguard.schemas", "config"), Map.of("hibernate.fkguard.baseline", "application.yml",
                "hibernate.fkguard.schemas", "application.yml"));
        ApplicationSettings given = ApplicationSettings.of(
                Map.of("hibernate.fkguard.report-dir", "../reports/./fkguard",
                        "hibernate.fkguard.source-root", sarifRoot.toString()),
                boot, Map.of("hibernate.fkguard.mode", "warn"), PROJECT);
        assertEquals(Map.of("hibernate.fkguard.baseline", PROJECT.resolve("config/fkguard-baseline.txt").toString(),
                "hibernate.fkguard.report-dir", PROJECT.getParent().resolve("reports/fkguard").toString(),
                "hibernate.fkguard.source-root", sarifRoot.toString(),
                "hibernate.fkguard.schemas", "config", "hibernate.fkguard.mode", "warn"), given.keys());
        FkGuardSettings settings = FkGuardSettings.fromProperties(given.keys(), BuiltInRules.all());
        assertEquals(Optional.of(PROJECT.resolve("config/fkguard-baseline.txt")),
                settings.baseline().map(b -> b.file()));
    }

    @Test
    void bootsSpringJpaPropertiesAreTheGuardsSettingsUnderTheBuildsOwn() {
        ApplicationSettings given = ApplicationSettings.of(
                Map.of("hibernate.fkguard.schemas", "public", "hibernate.fkguard.mode", "warn",
                        "hibernate.default_schema", "other"),
                BOOT, Map.of("hibernate.fkguard.fail-on", "error"), PROJECT);
        // Boot's over the unit's (schemas), the unit's where Boot says nothing (mode), the build's over all (fail-on);
        // Hibernate's own properties are no settings of the guard.
        assertEquals(Map.of("hibernate.fkguard.schemas", "shop", "hibernate.fkguard.mode", "warn",
                "hibernate.fkguard.fail-on", "error"), given.keys());
        FkGuardSettings settings = FkGuardSettings.fromProperties(given.keys(), BuiltInRules.all());
        assertEquals(List.of("shop"), settings.schemas());
        assertEquals(Severity.ERROR, settings.failOn());
        assertEquals(Mode.WARN, settings.mode());
        assertEquals(Optional.of("hibernate-fk-guard: using the application's own settings"
                + " hibernate.fkguard.mode (persistence.xml) = warn,"
                + " spring.jpa.properties.hibernate.fkguard.schemas (application.yml) = shop; the build's own win over"
                + " spring.jpa.properties.hibernate.fkguard.fail-on (application.properties)"
                + " (-Dfkguard.fail-on = error)."), given.describe(new MavenSettingSpelling()));
    }

    @Test
    void anApplicationWithoutGuardSettingsSaysNothing() {
        ApplicationSettings given = ApplicationSettings.of(Map.of("hibernate.default_schema", "x"),
                BootProperties.none(), Map.of("hibernate.fkguard.mode", "warn"), PROJECT);
        assertEquals(Map.of("hibernate.fkguard.mode", "warn"), given.keys());
        assertEquals(Optional.empty(), given.describe(new MavenSettingSpelling()));
    }

    @Test
    void aBadSettingOfApplicationYmlIsNamedAsWrittenThere() {
        BootProperties boot = new BootProperties(Map.of("hibernate.fkguard.mode", "loud"),
                Map.of("hibernate.fkguard.mode", "application.yml"));
        ApplicationSettings given = ApplicationSettings.of(Map.of(), boot, Map.of(), PROJECT);
        FkGuardException failure = assertThrows(FkGuardException.class, () -> FkGuardSettings.fromProperties(
                given.keys(), BuiltInRules.all(),
                new ApplicationSettingSpelling(new MavenSettingSpelling(), given.application())));
        assertTrue(failure.getMessage().contains("spring.jpa.properties.hibernate.fkguard.mode (application.yml):"
                + " invalid value 'loud'"), failure.getMessage());
    }
}
