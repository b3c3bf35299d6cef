package dev.fkguard.build.isolated;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which Boot the application has decides Boot's default implicit naming strategy: Boot 3's and Boot 4's live in
 * different packages. The application's class loader here holds only a stand-in for that Boot's JPA
 * auto-configuration class (and no application.properties), which is all the detection looks at.
 */
class SpringBootNamingTest {

    private static ClassLoader applicationWith(String autoConfiguration) {
        return new ByteBuddy().subclass(Object.class).name(autoConfiguration).make()
                .load(SpringBootNamingTest.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                .getLoaded().getClassLoader();
    }

    private static BootProperties naming(ClassLoader loader, List<String> log) {
        return SpringBootNaming.of(loader, (level, message) -> log.add(level + ": " + message));
    }

    @Test
    void boot3NamesWithItsOwnImplicitStrategy() {
        List<String> log = new ArrayList<>();
        BootProperties boot = naming(applicationWith(
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration"), log);
        assertEquals(Map.of(SpringBootNaming.PHYSICAL,
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", SpringBootNaming.IMPLICIT,
                "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"), boot.hibernate());
        assertEquals(Map.of(), boot.guardSettings());
        assertTrue(log.get(0).startsWith("info: hibernate-fk-guard: a Spring Boot application: naming tables and"
                + " columns as Boot's JPA auto-configuration does (physical CamelCaseToUnderscoresNamingStrategy,"
                + " implicit SpringImplicitNamingStrategy; no application.properties or .yml)"), log.toString());
    }

    @Test
    void boot4NamesWithItsOwnImplicitStrategy() {
        BootProperties boot = naming(applicationWith(
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"), new ArrayList<>());
        assertEquals("org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
                boot.hibernate().get(SpringBootNaming.IMPLICIT));
    }

    @Test
    void withoutBootsJpaNothingIsAdded() {
        List<String> log = new ArrayList<>();
        assertEquals(BootProperties.none(), naming(SpringBootNamingTest.class.getClassLoader(), log));
        assertEquals(List.of(), log);
    }
}
