package dev.fkguard.cli;

import java.util.ArrayList;
import java.util.List;

/** {@code --help}: the usage, every {@link Option}, the exit codes. */
final class Help {

    private static final int WIDTH = 100;
    private static final int INDENT = 30;

    private Help() {
    }

    static String text() {
        StringBuilder text = new StringBuilder();
        text.append("hibernate-fk-guard-cli: checks an application's JPA/Hibernate mapping against a database's real"
                + " foreign keys,\nwith the application's own Hibernate, as the startup check does; read only.\n\n");
        text.append("Usage: java -jar hibernate-fk-guard-cli.jar check --jdbc-url URL [--user NAME]"
                + " [--password-env VAR]\n       --classpath 'app.jar:lib/*' [options]\n\nOptions:\n");
        for (Option option : Option.values()) {
            String head = "  " + option.spelled() + (option.takesValue() ? " " + option.value() : "");
            List<String> lines = wrap(option.help(), WIDTH - INDENT);
            text.append(head.length() < INDENT ? pad(head) : head + "\n" + pad("")).append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                text.append(pad("")).append(line).append('\n');
            }
        }
        text.append("\nRelative paths, those of the options and those the application's own settings name\n"
                + "(hibernate.fkguard.baseline in persistence.xml, spring.jpa.properties.hibernate.fkguard.baseline in\n"
                + "application.yml), are relative to the current directory: run the check from the project's root.\n");
        text.append("\nExit codes:\n"
                + "  0  the mapping and the database agree, or the findings are below --fail-on (or --mode warn)\n"
                + "  1  findings at or above --fail-on: the message the startup check fails with\n"
                + "  2  the check could not run: a usage error, an unreachable database or one the user may not\n"
                + "     read (the Fix: line names the grant), no entities found\n");
        text.append("\nExample:\n  FKGUARD_PASSWORD=… java -jar hibernate-fk-guard-cli.jar check"
                + " --jdbc-url jdbc:postgresql://localhost:5432/shop \\\n      --user shop --password-env"
                + " FKGUARD_PASSWORD --classpath 'build/libs/shop.jar:build/libs/lib/*' --packages com.acme\n");
        return text.toString();
    }

    private static String pad(String head) {
        return head + " ".repeat(INDENT - head.length());
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
