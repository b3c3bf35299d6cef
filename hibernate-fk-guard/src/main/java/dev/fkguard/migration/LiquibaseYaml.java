package dev.fkguard.migration;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A Liquibase changelog in YAML. */
final class LiquibaseYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ,.()]*");

    private LiquibaseYaml() {
    }

    static String render(LiquibaseChangelog changelog, String version) {
        StringBuilder yaml = new StringBuilder("# ").append(changelog.header()).append('\n');
        yaml.append("databaseChangeLog:\n");
        for (LiquibaseChangelog.ChangeSet set : changelog.changeSets(version)) {
            yaml.append("  - changeSet:\n");
            yaml.append("      id: ").append(scalar(set.id())).append('\n');
            yaml.append("      author: ").append(LiquibaseChangelog.AUTHOR).append('\n');
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

    /** Plain where YAML reads it back unchanged, else double-quoted with escapes. */
    private static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
