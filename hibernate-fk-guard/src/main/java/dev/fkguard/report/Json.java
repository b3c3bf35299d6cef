package dev.fkguard.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, deterministic JSON writer: maps keep their insertion order, output is indented by two spaces with
 * {@code \n} line ends, and empty {@link Optional}s are left out of objects. Enough for the reports, so the library
 * needs no JSON dependency.
 */
final class Json {

    private Json() {
    }

    /**
     * Writes {@code value}: a {@link Map} with String keys (an object), a {@link List} (an array), a String, an
     * Integer or Long, a Boolean, or an {@link Optional} of one of those.
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value, 0);
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, Object value, int depth) {
        if (value instanceof Optional<?> optional) {
            value(out, optional.orElseThrow(() -> new IllegalArgumentException("empty Optional outside an object")),
                    depth);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + (value == null ? "null" : value.getClass()));
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        List<? extends Map.Entry<?, ?>> present = map.entrySet().stream()
                .filter(e -> !(e.getValue() instanceof Optional<?> o && o.isEmpty()))
                .toList();
        if (present.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = present.iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys are strings: " + entry.getKey());
            }
            newline(out, depth + 1);
            string(out, key);
            out.append(": ");
            value(out, entry.getValue(), depth + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newline(out, depth + 1);
            value(out, list.get(i), depth + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(depth));
    }

    /** RFC 8259 escaping; U+2028/U+2029 too, so the output is also safe to embed in JavaScript. */
    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
