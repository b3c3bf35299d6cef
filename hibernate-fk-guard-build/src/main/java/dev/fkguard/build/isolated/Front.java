package dev.fkguard.build.isolated;

import dev.fkguard.SettingSpelling;

import java.util.Locale;
import java.util.Set;

/**
 * What ran the check, so that its failures name what the user writes: {@code <packages>} in a pom,
 * {@code --packages} on the command line.
 */
enum Front {
    MAVEN("hibernate-fk-guard-maven-plugin: "),
    CLI("hibernate-fk-guard-cli: ");

    private final String prefix;

    Front(String prefix) {
        this.prefix = prefix;
    }

    static Front of(Request request) {
        return request.text("front").equals("cli") ? CLI : MAVEN;
    }

    /** What the front's own failures start with. */
    String prefix() {
        return prefix;
    }

    /**
     * A parameter as the user spells it: {@code persistenceUnit} is {@code <persistenceUnit>} in a pom and
     * {@code --persistence-unit} on the command line.
     */
    String parameter(String name) {
        if (this == MAVEN) {
            return "<" + name + ">";
        }
        StringBuilder option = new StringBuilder("--");
        for (char c : name.toCharArray()) {
            option.append(Character.isUpperCase(c) ? "-" + Character.toLowerCase(c) : String.valueOf(c));
        }
        return option.toString();
    }

    /** Where the application's classes and libraries come from. */
    String classPath() {
        return this == MAVEN ? "the project's dependencies (runtime scope is enough)" : "--classpath";
    }

    /**
     * How the guard's settings are written here, for every message that names one.
     *
     * @param request the command line sends the keys it has options of its own for ({@code settingOptions})
     */
    SettingSpelling spelling(Request request) {
        return this == MAVEN ? new MavenSettingSpelling()
                : new CliSettingSpelling(Set.copyOf(request.list("settingOptions")));
    }

    /** Where the settings go here, said once after invalid ones. */
    String settingSpelling() {
        return this == MAVEN
                ? "In the build each setting goes under <settings> in the plugin's <configuration>"
                + " (<settings><fail-on>warning</fail-on></settings>) or on the command line as -Dfkguard.<key>"
                + " (-Dfkguard.fail-on=warning)."
                : "On the command line a setting is an option: --fail-on warning, --rules <rule-id>=off, or"
                + " --setting <key>=<value> for one without an option of its own (see --help).";
    }

    /** The parameters that name the existing database. */
    String connectionParameters() {
        return this == MAVEN ? "jdbcUrl, user, password" : "--jdbc-url, --user, --password-env";
    }

    /** What to do when no entity was found. */
    String noEntitiesFix() {
        String common = " or list the entities in META-INF/persistence.xml. Entities must use jakarta.persistence"
                + " (Hibernate 6.6+).";
        return this == MAVEN
                ? "run the goal after compiling (it binds to verify), check <packages>," + common
                : "name the application's classes directory or jar directly on --classpath (entries of dir/* are"
                + " its libraries and are not searched), check --packages," + common;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
