package dev.fkguard.build.isolated;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The Hibernate properties Spring Boot's JPA auto-configuration gives an application that the build would otherwise
 * map differently: Boot names tables and columns with its own naming strategies (a class {@code PurchaseOrder} maps
 * to {@code purchase_order}, where plain Hibernate says {@code PurchaseOrder}), so a build check without them would
 * compare the wrong names. As Boot does, and read from the application's own {@code application.properties} and
 * {@code application.yml} with Boot's own loaders:
 * <ol>
 *   <li>every {@code spring.jpa.properties.*} entry, passed to Hibernate without the prefix (the guard's own
 *       {@code hibernate.fkguard.*} settings among them, which the check takes as the application's);</li>
 *   <li>{@code spring.jpa.hibernate.naming.physical-strategy} and {@code implicit-strategy}, which win over those;</li>
 *   <li>where neither names a strategy, Boot's defaults: {@code CamelCaseToUnderscoresNamingStrategy} and Boot's
 *       {@code SpringImplicitNamingStrategy}.</li>
 * </ol>
 * Nothing when the application does not have Boot's JPA auto-configuration. Strategies the application defines as
 * beans, and profiles, are not seen: the build's {@code hibernateProperties} set those and win over all of this.
 */
final class SpringBootNaming {

    /**
     * One major version of Boot, by the classes it moved between 3.x and 4.x.
     *
     * @param autoConfiguration its JPA auto-configuration: the application has Boot's JPA where this class is
     * @param implicitNaming    its implicit naming strategy, Boot's default there
     */
    private record Boot(String autoConfiguration, String implicitNaming) {
    }

    /** Boot 3.x, then 4.x. */
    private static final List<Boot> BOOTS = List.of(
            new Boot("org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                    "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"),
            new Boot("org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                    "org.springframework.boot.hibernate.SpringImplicitNamingStrategy"));

    static final String PHYSICAL = "hibernate.physical_naming_strategy";
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    private static final String PHYSICAL_DEFAULT = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String NAMING = "spring.jpa.hibernate.naming.";
    /** Boot reads both; {@code .properties} wins over {@code .yml} where both set a key. */
    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");

    private SpringBootNaming() {
    }

    /**
     * @param loader the application's class loader: its classes, its dependencies and its resources
     * @return the Hibernate properties Boot would add, with the file of each {@code spring.jpa.properties} entry;
     *         none without Boot's JPA auto-configuration
     */
    static BootProperties of(ClassLoader loader, BiConsumer<String, String> log) {
        Optional<String> implicitDefault = BOOTS.stream().filter(boot -> present(loader, boot.autoConfiguration()))
                .findFirst().map(Boot::implicitNaming);
        if (implicitDefault.isEmpty()) {
            return BootProperties.none();
        }
        List<String> read = new ArrayList<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        Map<String, String> application = applicationProperties(loader, read, fileOf, log);
        Map<String, String> hibernate = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        application.forEach((key, value) -> {
            if (key.startsWith(BootProperties.JPA_PROPERTIES)) {
                String property = key.substring(BootProperties.JPA_PROPERTIES.length());
                hibernate.put(property, value);
                files.put(property, fileOf.get(key));
            }
        });
        strategy(application, "physical").ifPresent(value -> {
            hibernate.put(PHYSICAL, value);
            files.remove(PHYSICAL);
        });
        strategy(application, "implicit").ifPresent(value -> {
            hibernate.put(IMPLICIT, value);
            files.remove(IMPLICIT);
        });
        hibernate.putIfAbsent(PHYSICAL, PHYSICAL_DEFAULT);
        hibernate.putIfAbsent(IMPLICIT, implicitDefault.get());
        log.accept("info", "hibernate-fk-guard: a Spring Boot application: naming tables and columns as Boot's JPA"
                + " auto-configuration does (physical " + simpleName(hibernate.get(PHYSICAL)) + ", implicit "
                + simpleName(hibernate.get(IMPLICIT)) + (read.isEmpty() ? "; no application.properties or .yml"
                : "; read " + String.join(", ", read)) + "). Strategies defined as beans are not seen: set them in"
                + " hibernateProperties.");
        return new BootProperties(hibernate, files);
    }

    /** {@code spring.jpa.hibernate.naming.physical-strategy} in any of the spellings Boot binds. */
    private static Optional<String> strategy(Map<String, String> application, String kind) {
        return List.of(kind + "-strategy", kind + "Strategy", kind + "_strategy").stream()
                .map(suffix -> application.get(NAMING + suffix))
                .filter(value -> value != null && !value.isBlank())
                .map(String::trim)
                .findFirst();
    }

    /**
     * Every entry of the application's configuration files, read with Boot's own property source loaders (the ones
     * the application starts with, so YAML is read as Boot reads it); the first file naming a key wins.
     *
     * @param fileOf gets the file each entry was read from
     */
    private static Map<String, String> applicationProperties(ClassLoader loader, List<String> read,
                                                             Map<String, String> fileOf,
                                                             BiConsumer<String, String> log) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String file : FILES) {
            if (loader.getResource(file) == null) {
                continue;
            }
            String sourceLoader = file.endsWith(".properties") ? "org.springframework.boot.env.PropertiesPropertySourceLoader"
                    : "org.springframework.boot.env.YamlPropertySourceLoader";
            try {
                // Through Spring's public types: the loaders' own property source classes need not be public.
                Class<?> enumerable = Class.forName("org.springframework.core.env.EnumerablePropertySource", true,
                        loader);
                Method names = enumerable.getMethod("getPropertyNames");
                Method property = enumerable.getMethod("getProperty", String.class);
                for (Object source : load(loader, sourceLoader, file)) {
                    for (String name : (String[]) names.invoke(source)) {
                        Object value = property.invoke(source, name);
                        if (value != null && entries.putIfAbsent(name, String.valueOf(value)) == null) {
                            fileOf.put(name, file);
                        }
                    }
                }
                read.add(file);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
                log.accept("warn", "hibernate-fk-guard: could not read " + file + " as Spring Boot does (" + cause
                        + "); its spring.jpa settings are not applied. Set the naming strategies in"
                        + " hibernateProperties if the application changes them.");
            }
        }
        return entries;
    }

    private static List<?> load(ClassLoader loader, String sourceLoader, String file)
            throws ReflectiveOperationException {
        Class<?> resourceType = Class.forName("org.springframework.core.io.Resource", true, loader);
        Object resource = Class.forName("org.springframework.core.io.ClassPathResource", true, loader)
                .getConstructor(String.class, ClassLoader.class).newInstance(file, loader);
        Object instance = Class.forName(sourceLoader, true, loader).getConstructor().newInstance();
        return (List<?>) instance.getClass().getMethod("load", String.class, resourceType)
                .invoke(instance, file, resource);
    }

    private static boolean present(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
