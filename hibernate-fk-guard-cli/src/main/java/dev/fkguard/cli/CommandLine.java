package dev.fkguard.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed arguments of {@code check}: each option with its values in order. {@code --name value} and
 * {@code --name=value} both work; an option given twice that is not repeatable is an error, not a silent override.
 */
final class CommandLine {

    static final String CHECK = "check";

    private final Map<Option, List<String>> values;

    private CommandLine(Map<Option, List<String>> values) {
        this.values = values;
    }

    static CommandLine parse(String[] args) throws UsageException {
        Map<Option, List<String>> values = new EnumMap<>(Option.class);
        int start = 0;
        if (args.length > 0 && args[0].equals(CHECK)) {
            start = 1;
        } else if (args.length > 0 && !isHelp(args[0])) {
            throw new UsageException(args[0].startsWith("--") ? "no command before " + args[0] + "."
                    : "unknown command '" + args[0] + "'.", "start with the command: check (see --help).");
        }
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            if (isHelp(arg)) {
                values.put(Option.HELP, List.of());
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'.", "every value follows its option, e.g."
                        + " --packages com.acme (see --help).");
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            Option option = Option.named(name).orElseThrow(() -> new UsageException("unknown option --" + name + ".",
                    "see --help for the options; a setting of the guard is an option of its name, e.g."
                            + " --fail-on warning, or --setting <key>=<value>."));
            String value;
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException(option.spelled() + " takes no value.", "write " + option.spelled()
                            + " alone.");
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException(option.spelled() + " needs a value.", "write " + option.spelled() + " "
                        + option.value() + " (see --help).");
            }
            List<String> given = values.computeIfAbsent(option, o -> new ArrayList<>());
            if (!given.isEmpty() && !option.repeatable()) {
                throw new UsageException(option.spelled() + " is given twice.", "give it once.");
            }
            given.add(value);
        }
        return new CommandLine(values);
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    boolean has(Option option) {
        return values.containsKey(option);
    }

    Optional<String> value(Option option) {
        return Optional.ofNullable(values.get(option)).map(list -> list.get(0));
    }

    String required(Option option) throws UsageException {
        Optional<String> value = value(option).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            throw new UsageException(option.spelled() + " is missing.", "give " + option.spelled() + " "
                    + option.value() + ": " + option.help() + ".");
        }
        return value.get();
    }

    List<String> all(Option option) {
        return values.getOrDefault(option, List.of());
    }

    /** A repeatable option's values with their comma-separated parts. */
    List<String> split(Option option) {
        return all(option).stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }
}
