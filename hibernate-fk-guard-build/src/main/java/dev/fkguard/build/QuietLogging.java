package dev.fkguard.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the application's libraries log during the check, set for its length and put back after: the check's own
 * lines go to the front's log, the libraries' are noise there. JUL and system properties are one per JVM (Maven's,
 * in the plugin), so what is changed here is restored.
 * <ul>
 *   <li>Hibernate logs through java.util.logging ({@code org.jboss.logging.provider=jdk}), whatever logging the
 *       application has: never an unconfigured Logback logging at DEBUG onto standard output;</li>
 *   <li>some JUL loggers are raised to WARNING;</li>
 *   <li>SLF4J, which a JDBC driver or embedded server of either side may use (the MariaDB driver, loaded with every
 *       driver, binds to any slf4j-api it sees), binds to slf4j-api's own no-op provider ({@code slf4j.provider},
 *       slf4j-api 2.0.9+): no "No SLF4J providers were found" warning, no provider's defaults.</li>
 * </ul>
 * A property the user set ({@code -D}) is left alone. The loggers are held, as JUL keeps only weak ones.
 */
final class QuietLogging {

    static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";
    static final String SLF4J_PROVIDER = "slf4j.provider";
    static final String SLF4J_NOP = "org.slf4j.helpers.NOP_FallbackServiceProvider";
    /** Else slf4j-api says at INFO which provider the property named. */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    private final List<Logger> loggers;
    private final List<Level> levels;
    private final List<String> propertiesSet = new ArrayList<>();

    private QuietLogging(List<Logger> loggers, Map<String, String> properties) {
        this.loggers = loggers;
        this.levels = loggers.stream().map(Logger::getLevel).toList();
        loggers.forEach(logger -> logger.setLevel(Level.WARNING));
        properties.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
                propertiesSet.add(key);
            }
        });
    }

    /** Quiets the {@code names} JUL loggers and SLF4J. */
    static QuietLogging of(List<String> names) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(JBOSS_LOGGING_PROVIDER, "jdk");
        properties.put(SLF4J_PROVIDER, SLF4J_NOP);
        properties.put(SLF4J_VERBOSITY, "WARN");
        return new QuietLogging(names.stream().map(Logger::getLogger).toList(), properties);
    }

    /** For debugging: Hibernate's JUL lines at their own levels, SLF4J as the application has it. */
    static QuietLogging none() {
        return new QuietLogging(List.of(), Map.of(JBOSS_LOGGING_PROVIDER, "jdk"));
    }

    void restore() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(levels.get(i));
        }
        propertiesSet.forEach(System::clearProperty);
    }
}
