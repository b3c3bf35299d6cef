package dev.fkguard.migration;

import java.util.List;
import java.util.Map;

/**
 * A Liquibase changelog in YAML. Every value is a double-quoted scalar: YAML 1.1, which Liquibase's SnakeYAML
 * reads, turns plain {@code yes}, {@code on}, {@code off}, {@code null}, {@code ~}, {@code 1e3} into booleans, null
 * or numbers, and {@code :} or {@code #} inside a plain scalar start a mapping or a comment. Quoted, a table or
 * column of any name is read back as the string it is.
 */
final class LiquibaseYaml {

    private LiquibaseYaml() {
    }

    static String render(LiquibaseChangelog changelog, String version) {
        StringBuilder yaml = new StringBuilder(comment(changelog.header()));
        yaml.append("databaseChangeLog:\n");
        for (LiquibaseChangelog.ChangeSet set : changelog.changeSets(version)) {
            if (set.changes().isEmpty()) {
                // Nothing runs: only the reason it was left out, where the change set would have been.
                yaml.append(comment(String.join(" ", set.comments())).indent(2));
                continue;
            }
            yaml.append("  - changeSet:\n");
            yaml.append("      id: ").append(scalar(set.id())).append('\n');
            yaml.append("      author: ").append(scalar(LiquibaseChangelog.AUTHOR)).append('\n');
            if (!set.runInTransaction()) {
                yaml.append("      runInTransaction: false\n");
            }
            if (!set.comments().isEmpty()) {
                yaml.append("      comment: ").append(scalar(String.join(" ", set.comments()))).append('\n');
            }
            yaml.append("      changes:\n");
            for (LiquibaseChangelog.Change change : set.changes()) {
                yaml.append("        - ").append(change.type()).append(":\n");
                change.sql().ifPresent(sql -> yaml.append("            sql: ").append(scalar(sql)).append('\n'));
                for (Map.Entry<String, String> attribute : change.attributes().entrySet()) {
                    yaml.append("            ").append(attribute.getKey()).append(": ")
                            .append(scalar(attribute.getValue())).append('\n');
                }
                columns(yaml, change.columns());
            }
        }
        return yaml.toString();
    }

    private static void columns(StringBuilder yaml, List<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        yaml.append("            columns:\n");
        columns.forEach(c -> yaml.append("              - column:\n                  name: ").append(scalar(c))
                .append('\n'));
    }

    /** A comment line; a line break in the text would end the comment, so it becomes a space. */
    private static String comment(String text) {
        return "# " + text.replaceAll("[\\r\\n]+", " ") + "\n";
    }

    /** A double-quoted scalar: YAML reads it back as exactly this string, whatever it holds. */
    static String scalar(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
