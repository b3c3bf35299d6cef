package dev.fkguard.build.isolated;

import dev.fkguard.FkGuardException;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The entry point of the check inside its isolated class loader (see {@code dev.fkguard.build.IsolatedCheck}), for
 * the Maven plugin and the command line alike: JDK types in, JDK types out. This class touches no Hibernate type
 * itself, so it loads even when the project has no Hibernate and can say so.
 */
public final class BuildCheck {

    private BuildCheck() {
    }

    /**
     * @param request the goal's parameters (strings, lists of strings, maps of strings)
     * @param log     takes (level, message): info, warn, debug
     * @return outcome (clean, findings, drift, skipped, failure), message, written, engine, rendered
     */
    public static Map<String, Object> run(Map<String, Object> request, BiConsumer<String, String> log) {
        Request typed = new Request(request);
        Front front = Front.of(typed);
        try {
            String hibernate = HibernateVersion.require(front);
            log.accept("info", "hibernate-fk-guard: reading the mapping with the project's Hibernate ORM " + hibernate);
            return new GuardRun(typed, front, log).run();
        } catch (BuildFailure e) {
            return failure(front.prefix() + e.getMessage());
        } catch (FkGuardException e) {
            String message = e.getMessage();
            if (e.code() == FkGuardException.Code.INVALID_SETTING) {
                message += "\n" + front.settingSpelling();
            }
            return failure(message);
        }
    }

    static Map<String, Object> failure(String message) {
        return Map.of("outcome", "failure", "message", message, "written", List.of(), "engine", "", "rendered", "");
    }
}
