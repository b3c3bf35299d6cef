package dev.fkguard.migration;

import java.util.Map;

/** A Liquibase changelog in XML. */
final class LiquibaseXml {

    private LiquibaseXml() {
    }

    static String render(LiquibaseChangelog changelog, String version) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<!-- ").append(escape(changelog.header()).replace("--", "- -")).append(" -->\n");
        xml.append("<databaseChangeLog\n")
                .append("        xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n")
                .append("        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .append("        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog")
                .append(" http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n");
        for (LiquibaseChangelog.ChangeSet set : changelog.changeSets(version)) {
            xml.append("\n    <changeSet id=\"").append(escape(set.id())).append("\" author=\"")
                    .append(LiquibaseChangelog.AUTHOR).append('"')
                    .append(set.runInTransaction() ? "" : " runInTransaction=\"false\"").append(">\n");
            if (!set.comments().isEmpty()) {
                xml.append("        <comment>").append(escape(String.join(" ", set.comments())))
                        .append("</comment>\n");
            }
            for (LiquibaseChangelog.Change change : set.changes()) {
                xml.append("        <").append(change.type());
                for (Map.Entry<String, String> attribute : change.attributes().entrySet()) {
                    xml.append(' ').append(attribute.getKey()).append("=\"").append(escape(attribute.getValue()))
                            .append('"');
                }
                if (change.sql().isPresent()) {
                    xml.append('>').append(escape(change.sql().get())).append("</").append(change.type()).append(">\n");
                } else if (!change.columns().isEmpty()) {
                    xml.append(">\n");
                    change.columns().forEach(c -> xml.append("            <column name=\"").append(escape(c))
                            .append("\"/>\n"));
                    xml.append("        </").append(change.type()).append(">\n");
                } else {
                    xml.append("/>\n");
                }
            }
            xml.append("    </changeSet>\n");
        }
        return xml.append("\n</databaseChangeLog>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
