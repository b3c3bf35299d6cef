package dev.fkguard.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Runs the check in a class loader of its own, so that it reads the mapping with the project's Hibernate (6.6 or
 * 7.x), never one the plugin brings: the plugin depends on no Hibernate at all. The loader sees, in this order,
 * <ol>
 *   <li>this plugin's jar (for {@code dev.fkguard.maven.isolated}), the guard's library and its embedded engine
 *       starters,</li>
 *   <li>the project's classes and its runtime (and provided) dependencies: its Hibernate, JDBC driver, Flyway or
 *       Liquibase,</li>
 *   <li>the plugin's H2, Flyway, Liquibase, JDBC drivers and embedded servers and what they need, for what the
 *       project does not have itself,</li>
 * </ol>
 * over the JDK alone (the platform class loader): nothing of Maven or of the plugin's realm leaks in. Only JDK types
 * cross between the two sides.
 */
final class IsolatedCheck {

    static final String ENTRY = "dev.fkguard.maven.isolated.BuildCheck";
    private static final String LIBRARY = "dev.fkguard:hibernate-fk-guard";
    private static final String ENGINES = "dev.fkguard:hibernate-fk-guard-engines";
    /** Log through java.util.logging when nothing else is there; their INFO lines say nothing the plugin doesn't. */
    private static final List<String> NOISY = List.of("org.hibernate", "org.flywaydb", "liquibase");

    private final Log log;

    IsolatedCheck(Log log) {
        this.log = log;
    }

    CheckResult run(List<String> projectClasspath, Collection<Artifact> projectArtifacts,
                    Collection<Artifact> pluginArtifacts, Map<String, Object> request)
            throws ReflectiveOperationException {
        List<URL> urls = urls(projectClasspath, projectArtifacts, pluginArtifacts);
        if (log.isDebugEnabled()) {
            log.debug("hibernate-fk-guard class path: " + urls);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        QuietLogging quiet = log.isDebugEnabled() ? QuietLogging.none() : QuietLogging.of(NOISY);
        try (URLClassLoader loader = new URLClassLoader("hibernate-fk-guard-check", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Method run = Class.forName(ENTRY, true, loader).getMethod("run", Map.class, BiConsumer.class);
            BiConsumer<String, String> sink = this::log;
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) run.invoke(null, request, sink);
            return CheckResult.of(answer);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (IOException e) {
            // Closing the loader: its jars stay open until the JVM ends, nothing worse.
            log.debug("could not close the check's class loader", e);
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
            quiet.restore();
        }
    }

    private void log(String level, String message) {
        switch (level) {
            case "warn" -> log.warn(message);
            case "debug" -> log.debug(message);
            default -> log.info(message);
        }
    }

    static List<URL> urls(List<String> projectClasspath, Collection<Artifact> projectArtifacts,
                          Collection<Artifact> pluginArtifacts) {
        Set<File> files = new LinkedHashSet<>();
        files.add(pluginJar());
        for (String own : List.of(LIBRARY, ENGINES)) {
            pluginArtifacts.stream().filter(a -> key(a).equals(own)).map(Artifact::getFile).forEach(files::add);
        }
        projectClasspath.stream().map(File::new).forEach(files::add);
        Set<String> projectHas = projectArtifacts.stream().map(IsolatedCheck::key).collect(Collectors.toSet());
        pluginArtifacts.stream()
                .filter(a -> !projectHas.contains(key(a)))
                .filter(a -> !key(a).startsWith("dev.fkguard:"))
                .map(Artifact::getFile)
                .forEach(files::add);
        List<URL> urls = new ArrayList<>();
        for (File file : files) {
            if (file == null) {
                continue;
            }
            try {
                urls.add(file.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("not a class path element: " + file, e);
            }
        }
        return urls;
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }

    /** This plugin's own jar (or classes directory): where {@code dev.fkguard.maven.isolated} is. */
    private static File pluginJar() {
        try {
            return Path.of(IsolatedCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
