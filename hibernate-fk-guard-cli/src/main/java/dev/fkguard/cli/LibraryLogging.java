package dev.fkguard.cli;

/**
 * What the application's libraries log while the CLI checks it. The CLI's own lines are its output; the libraries'
 * are not: Hibernate logs through java.util.logging (which the check quiets to warnings), and SLF4J, which an
 * application's JDBC driver or pool may use, binds to its no-op provider. Without that, an application with
 * slf4j-api and no provider prints SLF4J's "No SLF4J providers were found" warning, and one with Logback logs at
 * DEBUG onto standard output, into the JSON or SARIF report. {@code --debug} leaves SLF4J to the application.
 */
final class LibraryLogging {

    /** slf4j-api 2.0.9+ takes its provider from this property; NOP_FallbackServiceProvider is slf4j-api's own. */
    static final String SLF4J_PROVIDER = "slf4j.provider";
    static final String SLF4J_NOP = "org.slf4j.helpers.NOP_FallbackServiceProvider";
    /** Else slf4j-api says at INFO which provider the property named. */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    private LibraryLogging() {
    }

    /** Sets what the user has not set on the JVM ({@code -D}): the CLI owns its JVM. */
    static void quiet(boolean debug) {
        setIfAbsent("org.jboss.logging.provider", "jdk");
        if (!debug) {
            setIfAbsent(SLF4J_PROVIDER, SLF4J_NOP);
            setIfAbsent(SLF4J_VERBOSITY, "WARN");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
