package dev.fkguard.build;

import java.util.List;
import java.util.Map;

/**
 * What the isolated check answered, in JDK types only (it runs in another class loader).
 *
 * @param outcome  clean, findings (below fail-on, or mode warn), drift (fails the build), skipped, failure
 * @param message  the report or failure, as the startup check words it
 * @param written  the migration files the goal wrote into the project
 * @param engine   the engine checked, e.g. "H2 2.4.240 (2024-…)"
 * @param rendered the report in the format the request asked for ({@code format}), else empty
 */
public record CheckResult(String outcome, String message, List<String> written, String engine, String rendered) {

    @SuppressWarnings("unchecked")
    public static CheckResult of(Map<String, Object> answer) {
        return new CheckResult((String) answer.get("outcome"), (String) answer.getOrDefault("message", ""),
                (List<String>) answer.getOrDefault("written", List.of()),
                (String) answer.getOrDefault("engine", ""), (String) answer.getOrDefault("rendered", ""));
    }
}
