package dev.fkguard.build.isolated;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The goal's parameters as the plugin side sent them, typed. */
final class Request {

    private final Map<String, Object> values;

    Request(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    String text(String key) {
        Object value = values.get(key);
        return value == null ? "" : value.toString();
    }

    Optional<String> optional(String key) {
        return Optional.of(text(key)).filter(s -> !s.isEmpty());
    }

    Path path(String key) {
        return Path.of(text(key));
    }

    /**
     * What the application's relative paths are relative to ({@code CheckRequest#baseDirectory}); the working
     * directory where the front sends none.
     */
    Path baseDirectory() {
        return optional("baseDirectory").map(Path::of).orElseGet(() -> Path.of("")).toAbsolutePath();
    }

    @SuppressWarnings("unchecked")
    List<String> list(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> map(String key) {
        Object value = values.get(key);
        return value == null ? Map.of() : (Map<String, String>) value;
    }
}
