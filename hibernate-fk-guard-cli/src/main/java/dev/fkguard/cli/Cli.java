package dev.fkguard.cli;

import dev.fkguard.build.CheckRequest;
import dev.fkguard.build.CheckResult;
import dev.fkguard.build.IsolatedCheck;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code check}: the build's check from the command line, for teams on Gradle or outside a build. It runs the same
 * isolated check as the Maven plugin ({@link IsolatedCheck}) over the application's {@code --classpath} and an
 * existing database, prints the report on standard output and everything else on standard error, and exits 0, 1 or
 * 2 (see {@link Help}).
 */
final class Cli {

    static final String PREFIX = "hibernate-fk-guard-cli: ";
    static final int AGREE = 0;
    static final int DRIFT = 1;
    static final int CANNOT_CHECK = 2;

    private static final List<String> FORMATS = List.of("text", "json", "sarif", "markdown");

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> environment;
    private boolean debug;

    Cli(PrintStream out, PrintStream err, Function<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    int run(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (args.length == 0) {
                err.print(Help.text());
                return CANNOT_CHECK;
            }
            if (line.has(Option.HELP)) {
                out.print(Help.text());
                return AGREE;
            }
            debug = line.has(Option.DEBUG);
            return check(line);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return CANNOT_CHECK;
        }
    }

    private int check(CommandLine line) throws UsageException {
        String jdbcUrl = line.required(Option.JDBC_URL);
        ApplicationClassPath classPath = ApplicationClassPath.parse(line.required(Option.CLASSPATH));
        String format = line.value(Option.FORMAT).orElse("text").trim();
        if (!FORMATS.contains(format)) {
            throw new UsageException("unknown --format '" + format + "'.", "use one of " + String.join(", ", FORMATS)
                    + ".");
        }
        CheckRequest request = new CheckRequest("cli", "check")
                .classRoots(classPath.roots())
                .packages(line.split(Option.PACKAGES))
                .persistenceUnit(line.value(Option.PERSISTENCE_UNIT).orElse(""))
                .hibernateProperties(hibernateProperties(line))
                .settings(CliSettings.of(line))
                // Relative paths in the application's own settings (application.yml) are the working directory's,
                // as the options' are; --help says so.
                .baseDirectory(Path.of(""))
                .settingOptions(Option.settingKeys())
                .existingDatabase(jdbcUrl, line.value(Option.USER).orElse(""), password(line));
        if (!format.equals("text")) {
            request.format(format);
        }
        // The isolated check quiets the application's libraries (Hibernate through java.util.logging, SLF4J to its
        // no-op): standard output carries the report alone.
        CheckResult result;
        try {
            result = new IsolatedCheck(this::log, debug).run(
                    new IsolatedCheck.ClassPath(List.of(IsolatedCheck.ownJar()), classPath.entries()),
                    request.toMap());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println(PREFIX + "the check could not run: " + e + "\nFix: see that --classpath holds the"
                    + " application's classes and all of its libraries (Hibernate 6.6 or 7.x and what it needs);"
                    + " --debug prints the stack trace.");
            return CANNOT_CHECK;
        }
        return report(result, format);
    }

    private int report(CheckResult result, String format) {
        boolean text = format.equals("text");
        switch (result.outcome()) {
            case "failure" -> {
                err.println(result.message());
                return CANNOT_CHECK;
            }
            case "drift" -> {
                // The message names the options to pass anyway or tune a rule (--mode warn, --rules <rule-id>=off).
                (text ? out : err).println(result.message());
                if (!text) {
                    out.print(result.rendered());
                }
                return DRIFT;
            }
            default -> {
                if (text || result.rendered().isEmpty()) {
                    (text ? out : err).println(result.message());
                } else {
                    err.println(result.message());
                    out.print(result.rendered());
                }
                return AGREE;
            }
        }
    }

    private String password(CommandLine line) throws UsageException {
        Optional<String> variable = line.value(Option.PASSWORD_ENV).map(String::trim);
        if (variable.isEmpty()) {
            return "";
        }
        String password = environment.apply(variable.get());
        if (password == null) {
            throw new UsageException("the environment variable " + variable.get() + " (--password-env) is not set.",
                    "export it with the database password before running the check, or drop --password-env for a"
                            + " user without one.");
        }
        return password;
    }

    private static Map<String, String> hibernateProperties(CommandLine line) throws UsageException {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : line.all(Option.HIBERNATE_PROPERTY)) {
            String[] pair = CliSettings.pair(Option.HIBERNATE_PROPERTY, property);
            properties.put(pair[0], pair[1]);
        }
        return properties;
    }

    private void log(String level, String message) {
        switch (level) {
            case "debug" -> {
                if (debug) {
                    err.println(message);
                }
            }
            case "warn" -> err.println("warning: " + message);
            default -> err.println(message);
        }
    }
}
