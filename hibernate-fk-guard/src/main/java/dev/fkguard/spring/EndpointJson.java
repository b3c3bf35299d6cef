package dev.fkguard.spring;

import dev.fkguard.FkGuardException;
import dev.fkguard.hibernate.LatestCheck;
import dev.fkguard.report.JsonReport;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Actuator endpoint's JSON: an object keyed by the factory's bean name, sorted, each value one of
 * <pre>
 * {"status": "checked", "at": "…", "report": {the JSON report, docs/report-json-schema.json}}
 * {"status": "failed", "at": "…", "code": "database-unreachable", "problem": "…", "fix": "…"}
 * {"status": "not-checked", "reason": "…"}
 * </pre>
 */
final class EndpointJson {

    static final String NOT_CHECKED = "no check has run: hibernate.fkguard.mode=off, the startup check is still"
            + " running, or the factory is not Hibernate's; POST to this endpoint to check now";

    private EndpointJson() {
    }

    static String render(Map<String, Optional<LatestCheck.Outcome>> outcomes) {
        if (outcomes.isEmpty()) {
            return "{}\n";
        }
        return outcomes.entrySet().stream()
                .map(entry -> "  " + string(entry.getKey()) + ": " + indented(outcome(entry.getValue())))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }

    private static String outcome(Optional<LatestCheck.Outcome> outcome) {
        if (outcome.isEmpty()) {
            return "{\n  \"status\": \"not-checked\",\n  \"reason\": " + string(NOT_CHECKED) + "\n}";
        }
        if (outcome.get() instanceof LatestCheck.Checked checked) {
            return "{\n  \"status\": \"checked\",\n  \"at\": " + string(checked.at().toString()) + ",\n  \"report\": "
                    + indented(new JsonReport().render(checked.report()).strip()) + "\n}";
        }
        LatestCheck.Failed failed = (LatestCheck.Failed) outcome.get();
        FkGuardException failure = failed.failure();
        return "{\n  \"status\": \"failed\",\n  \"at\": " + string(failed.at().toString()) + ",\n  \"code\": "
                + string(failure.code().id()) + ",\n  \"problem\": " + string(failure.problem()) + ",\n  \"fix\": "
                + string(failure.fix()) + "\n}";
    }

    /** {@code json} nested one level deeper: every line but the first indented by two spaces. */
    private static String indented(String json) {
        return json.replace("\n", "\n  ");
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
