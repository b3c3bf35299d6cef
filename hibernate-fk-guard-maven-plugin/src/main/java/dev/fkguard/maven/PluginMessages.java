package dev.fkguard.maven;

/** The plugin's own failures read like the guard's: what went wrong, then a {@code Fix:} line. */
final class PluginMessages {

    static final String PREFIX = "hibernate-fk-guard-maven-plugin: ";

    private PluginMessages() {
    }

    static String failure(String problem, String fix) {
        return PREFIX + problem + "\nFix: " + fix;
    }
}
