package dev.fkguard.build;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs the check in class loaders of its own, so that it reads the mapping with the application's Hibernate (6.6 or
 * 7.x), never one the caller brings: neither the Maven plugin nor the command line depends on a Hibernate at all.
 * <ul>
 *   <li>the application's loader over its class path ({@link ClassPath#application()}: its classes, Hibernate,
 *       JDBC driver, Flyway or Liquibase), over the JDK alone;</li>
 *   <li>below it, the guard's loader ({@link ClassPath#guard()}: this module with {@code dev.fkguard.build.isolated},
 *       the library, the engine starters, and the helpers that fill what the application lacks: H2, drivers,
 *       Flyway, Liquibase). It takes {@code dev.fkguard} classes from its own jars first, so an application that
 *       depends on the library itself runs this check's version; everything else it asks the application's loader
 *       for first.</li>
 * </ul>
 * Nothing of Maven or of the caller's class path leaks in; only JDK types cross between the two sides.
 */
public final class IsolatedCheck {

    static final String ENTRY = "dev.fkguard.build.isolated.BuildCheck";
    /** Log through java.util.logging when nothing else is there; their INFO lines say nothing the check doesn't. */
    private static final List<String> NOISY = List.of("org.hibernate", "org.flywaydb", "liquibase");

    /**
     * @param guard       the guard's own jars (with this module's), then the helpers
     * @param application the application's classes and libraries, in class path order
     */
    public record ClassPath(List<Path> guard, List<Path> application) {

        public ClassPath {
            guard = List.copyOf(new LinkedHashSet<>(guard));
            application = List.copyOf(new LinkedHashSet<>(application));
        }
    }

    /** Closes one of the check's class loaders; a seam so a test can make closing fail. */
    @FunctionalInterface
    interface LoaderCloser {
        void close(URLClassLoader loader) throws IOException;
    }

    private final BiConsumer<String, String> log;
    private final boolean debug;
    private final LoaderCloser closer;

    /**
     * @param log   takes (level, message): info, warn, debug
     * @param debug whether debug lines are wanted: then Hibernate's own INFO lines are not quieted either
     */
    public IsolatedCheck(BiConsumer<String, String> log, boolean debug) {
        this(log, debug, URLClassLoader::close);
    }

    IsolatedCheck(BiConsumer<String, String> log, boolean debug, LoaderCloser closer) {
        this.log = log;
        this.debug = debug;
        this.closer = closer;
    }

    /** This module's jar (or classes directory): where {@code dev.fkguard.build.isolated} is. */
    public static Path ownJar() {
        try {
            return Path.of(IsolatedCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws ReflectiveOperationException when the guard's class path lacks {@code dev.fkguard.build.isolated}
     */
    public CheckResult run(ClassPath classPath, Map<String, Object> request) throws ReflectiveOperationException {
        if (debug) {
            log.accept("debug", "hibernate-fk-guard class path: guard " + classPath.guard() + ", application "
                    + classPath.application());
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        QuietLogging quiet = debug ? QuietLogging.none() : QuietLogging.of(NOISY);
        URL[] applicationUrls = urls(classPath.application());
        URL[] guardUrls = urls(classPath.guard());
        URLClassLoader application = new URLClassLoader("hibernate-fk-guard-application", applicationUrls,
                ClassLoader.getPlatformClassLoader());
        GuardClassLoader guard = new GuardClassLoader(guardUrls, application);
        try {
            thread.setContextClassLoader(guard);
            Method run = Class.forName(ENTRY, true, guard).getMethod("run", Map.class, BiConsumer.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) run.invoke(null, request, log);
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
        } finally {
            thread.setContextClassLoader(previous);
            quiet.restore();
            close(guard);
            close(application);
        }
    }

    /**
     * A loader that does not close keeps its jars open until the JVM ends, nothing worse: the check's answer (or its
     * failure) is what the caller needs, so this is logged, never thrown.
     */
    private void close(URLClassLoader loader) {
        try {
            closer.close(loader);
        } catch (IOException e) {
            log.accept("debug", "could not close the check's class loader " + loader.getName() + ": " + e);
        }
    }

    private static URL[] urls(List<Path> files) {
        List<URL> urls = new ArrayList<>();
        for (Path file : files) {
            try {
                urls.add(file.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("not a class path element: " + file, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
