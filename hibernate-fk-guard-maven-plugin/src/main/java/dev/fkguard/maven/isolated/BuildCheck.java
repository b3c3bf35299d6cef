package dev.fkguard.maven.isolated;

import dev.fkguard.FkGuardException;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The entry point of the check inside the plugin's isolated class loader (see the plugin's {@code IsolatedCheck}):
 * JDK types in, JDK types out. This class touches no Hibernate type itself, so it loads even when the project has
 * no Hibernate and can say so.
 */
public final class BuildCheck {

    private BuildCheck() {
    }

    /**
     * @param request the goal's parameters (strings, lists of strings, maps of strings)
     * @param log     takes (level, message): info, warn, debug
     * @return outcome (clean, findings, drift, skipped, failure), message, written, engine
     */
    public static Map<String, Object> run(Map<String, Object> request, BiConsumer<String, String> log) {
        try {
            String hibernate = HibernateVersion.require();
            log.accept("info", "hibernate-fk-guard: reading the mapping with the project's Hibernate ORM " + hibernate);
            return new GuardRun(new Request(request), log).run();
        } catch (BuildFailure e) {
            return failure(e.getMessage());
        } catch (FkGuardException e) {
            String message = e.getMessage();
            if (e.code() == FkGuardException.Code.INVALID_SETTING) {
                message += "\nIn the build the keys go without hibernate.fkguard.: <settings><fail-on>warning"
                        + "</fail-on></settings> or -Dfkguard.fail-on=warning.";
            }
            return failure(message);
        }
    }

    static Map<String, Object> failure(String message) {
        return Map.of("outcome", "failure", "message", message, "written", List.of(), "engine", "");
    }
}
