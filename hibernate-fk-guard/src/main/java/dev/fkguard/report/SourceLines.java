package dev.fkguard.report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds declarations in a source file's lines, by what a declaration looks like rather than by parsing: the line
 * of a class, of a field (else its getter) after it, of an hbm.xml {@code <class>} and of an attribute inside it.
 * A line not found stays unknown; nothing is guessed.
 */
final class SourceLines {

    private SourceLines() {
    }

    /** The line of {@code class|record|interface|enum simpleName}, 1-based. */
    static Optional<Integer> javaType(List<String> lines, String simpleName) {
        Pattern type = Pattern.compile("\\b(class|record|interface|enum)\\s+" + Pattern.quote(simpleName) + "\\b");
        return first(lines, 0, type);
    }

    /** The line of the field {@code attribute} (a record component too), else of its getter, from {@code from}. */
    static Optional<Integer> javaMember(List<String> lines, int from, String attribute) {
        // A type (or its closing > or ]) then the name, then what ends a declarator: not an assignment in a method.
        Pattern field = Pattern.compile("[\\w>\\]?]\\s+" + Pattern.quote(attribute) + "\\s*[;=,)]");
        String capitalized = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        Pattern getter = Pattern.compile("\\b(get|is)" + Pattern.quote(capitalized) + "\\s*\\(\\s*\\)");
        Optional<Integer> declared = first(lines, from, field);
        return declared.isPresent() ? declared : first(lines, from, getter);
    }

    /** The line of the hbm.xml mapping of {@code entity}: {@code <class name="Order"} or an {@code entity-name}. */
    static Optional<Integer> hbmEntity(List<String> lines, String entity) {
        String simple = entity.substring(entity.lastIndexOf('.') + 1);
        Pattern mapping = Pattern.compile("<(class|subclass|joined-subclass|union-subclass)\\b[^>]*\\b"
                + "(name|entity-name)\\s*=\\s*\"(" + Pattern.quote(entity) + "|" + Pattern.quote(simple) + ")\"");
        return first(lines, 0, mapping);
    }

    /** The line of the element mapping {@code attribute} ({@code name="customer"}) from {@code from}. */
    static Optional<Integer> hbmAttribute(List<String> lines, int from, String attribute) {
        return first(lines, from, Pattern.compile("<[\\w-]+\\b[^>]*\\bname\\s*=\\s*\"" + Pattern.quote(attribute)
                + "\""));
    }

    private static Optional<Integer> first(List<String> lines, int from, Pattern pattern) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("<!--")
                    || line.startsWith("return ")) {
                continue;
            }
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
