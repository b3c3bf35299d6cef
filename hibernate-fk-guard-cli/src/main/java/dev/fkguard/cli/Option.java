package dev.fkguard.cli;

import dev.fkguard.FkGuardSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code check}: parsed by {@link CommandLine}, listed by {@code --help} from this one table. The
 * guard's settings are spelled as at startup without {@code hibernate.fkguard.} ({@code --fail-on warning}) and
 * validated by the guard as at startup.
 */
enum Option {
    JDBC_URL("jdbc-url", "URL", "the database to check, read only as at startup (required)", false, ""),
    USER("user", "NAME", "the database user", false, ""),
    PASSWORD_ENV("password-env", "VAR", "the environment variable that holds the password (never the password"
            + " itself on the command line)", false, ""),
    CLASSPATH("classpath", "PATH", "the application as it runs, e.g. 'app.jar:lib/*' (required, quoted so"
            + " the shell leaves * alone): entries named directly are searched for entities, dir/* adds the jars of"
            + " dir (Hibernate 6.6 or 7.x, the JDBC driver, what they need)", false, ""),
    PACKAGES("packages", "LIST", "only entities in these packages, comma-separated (default all found)", true, ""),
    PERSISTENCE_UNIT("persistence-unit", "NAME", "the unit of META-INF/persistence.xml when it has several", false,
            ""),
    HIBERNATE_PROPERTY("hibernate-property", "KEY=VALUE", "a Hibernate property the application sets outside"
            + " persistence.xml, e.g. Spring Boot's hibernate.physical_naming_strategy (repeatable)", true, ""),
    FORMAT("format", "FORMAT", "what is printed: text (default), json, sarif or markdown", false, ""),
    REPORT_DIR("report-dir", "DIR", "also write every report and the migration preview there", false,
            FkGuardSettings.REPORT_DIR),
    FAIL_ON("fail-on", "SEVERITY", "exit 1 on findings of this severity or worse: error (default) or warning", false,
            FkGuardSettings.FAIL_ON),
    MODE("mode", "MODE", "fail (default), warn (report, exit 0) or off", false, FkGuardSettings.MODE),
    RULES("rules", "ID=SEVERITY", "a rule's severity: error, warning, info or off; comma-separated, repeatable",
            true, FkGuardSettings.RULES),
    SCHEMAS("schemas", "LIST", "the schemas to read, comma-separated (default the connection's)", false,
            FkGuardSettings.SCHEMAS),
    BASELINE("baseline", "FILE", "accepted findings, as at startup", false, FkGuardSettings.BASELINE),
    MIGRATION_FORMAT("migration-format", "FORMAT", "the migration preview's format: sql (default), flyway,"
            + " liquibase-yaml, liquibase-xml", false, FkGuardSettings.MIGRATION_FORMAT),
    MIGRATION_SCOPE("migration-scope", "SCOPE", "failing (default) or all findings in the migration preview", false,
            FkGuardSettings.MIGRATION_SCOPE),
    SETTING("setting", "KEY=VALUE", "any other setting of the startup check without hibernate.fkguard., e.g."
            + " data-checks=true (repeatable)", true, FkGuardSettings.PREFIX),
    DEBUG("debug", "", "print Hibernate's own log, the class path and stack traces", false, ""),
    HELP("help", "", "this list", false, "");

    private final String name;
    private final String value;
    private final String help;
    private final boolean repeatable;
    private final String setting;

    Option(String name, String value, String help, boolean repeatable, String setting) {
        this.name = name;
        this.value = value;
        this.help = help;
        this.repeatable = repeatable;
        this.setting = setting;
    }

    static Optional<Option> named(String name) {
        return Arrays.stream(values()).filter(option -> option.name.equals(name)).findFirst();
    }

    String spelled() {
        return "--" + name;
    }

    /** What follows the option, e.g. {@code URL}; empty for a flag. */
    String value() {
        return value;
    }

    boolean takesValue() {
        return !value.isEmpty();
    }

    boolean repeatable() {
        return repeatable;
    }

    String help() {
        return help;
    }

    /** The startup keys that have an option of their own ({@code --fail-on}); rules and --setting are not among them. */
    static List<String> settingKeys() {
        return Arrays.stream(values()).filter(option -> option != RULES && option != SETTING)
                .flatMap(option -> option.setting().stream()).toList();
    }

    /** The startup check's key (or prefix, for rules and setting) this option sets, if it is a setting. */
    Optional<String> setting() {
        return Optional.of(setting).filter(key -> !key.isEmpty());
    }
}
