package dev.fkguard.migration;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * A Liquibase changelog in XML, written with the JDK's StAX writer so that every name, comment and statement is
 * escaped by the XML library rather than by hand. Indentation is written as text between the elements.
 */
final class LiquibaseXml {

    private static final String NAMESPACE = "http://www.liquibase.org/xml/ns/dbchangelog";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private LiquibaseXml() {
    }

    static String render(LiquibaseChangelog changelog, String version) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeComment(" " + comment(changelog.header()) + " ");
            xml.writeCharacters("\n");
            xml.writeStartElement("databaseChangeLog");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + NAMESPACE + "/dbchangelog-latest.xsd");
            for (LiquibaseChangelog.ChangeSet set : changelog.changeSets(version)) {
                changeSet(xml, set);
            }
            xml.writeCharacters("\n\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer refused the changelog: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static void changeSet(XMLStreamWriter xml, LiquibaseChangelog.ChangeSet set) throws XMLStreamException {
        xml.writeCharacters("\n\n    ");
        if (set.changes().isEmpty()) {
            // Nothing runs: only the reason it was left out, where the change set would have been.
            xml.writeComment(" " + comment(String.join(" ", set.comments())) + " ");
            return;
        }
        xml.writeStartElement("changeSet");
        xml.writeAttribute("id", set.id());
        xml.writeAttribute("author", LiquibaseChangelog.AUTHOR);
        if (!set.runInTransaction()) {
            xml.writeAttribute("runInTransaction", "false");
        }
        if (!set.comments().isEmpty()) {
            xml.writeCharacters("\n        ");
            xml.writeStartElement("comment");
            xml.writeCharacters(String.join(" ", set.comments()));
            xml.writeEndElement();
        }
        for (LiquibaseChangelog.Change change : set.changes()) {
            xml.writeCharacters("\n        ");
            boolean empty = change.sql().isEmpty() && change.columns().isEmpty();
            if (empty) {
                xml.writeEmptyElement(change.type());
            } else {
                xml.writeStartElement(change.type());
            }
            for (Map.Entry<String, String> attribute : change.attributes().entrySet()) {
                xml.writeAttribute(attribute.getKey(), attribute.getValue());
            }
            if (change.sql().isPresent()) {
                xml.writeCharacters(change.sql().get());
                xml.writeEndElement();
            } else if (!empty) {
                for (String column : change.columns()) {
                    xml.writeCharacters("\n            ");
                    xml.writeEmptyElement("column");
                    xml.writeAttribute("name", column);
                }
                xml.writeCharacters("\n        ");
                xml.writeEndElement();
            }
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    /** XML comments cannot hold "--" (nor end in "-"), and StAX does not escape comments. */
    private static String comment(String text) {
        String safe = text;
        while (safe.contains("--")) {
            safe = safe.replace("--", "- -");
        }
        return safe.endsWith("-") ? safe + " " : safe;
    }
}
