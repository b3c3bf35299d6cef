package dev.fkguard.maven;

import dev.fkguard.build.CheckResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Map;

/**
 * Checks the project's mapping against a database made from its own migrations (or an existing one) and fails the
 * build as the startup check would stop the application: same settings, same message, plus the migration preview.
 * The reports go to {@code target/fkguard}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class CheckMojo extends AbstractFkGuardMojo {

    /** What to do in the build instead of at startup, said after the startup check's own advice. */
    static final String BUILD_HINT = "In the build: -Dfkguard.mode=warn (or <settings><mode>warn</mode></settings>)"
            + " reports without failing, -Dfkguard.rules.<rule-id>=off tunes one rule, and `mvn fkguard:migration`"
            + " writes the migration into the project's migration folder.";

    @Override
    String goal() {
        return "check";
    }

    @Override
    void addToRequest(Map<String, Object> request, DatabaseSource source) {
        // The check needs nothing beyond the shared request.
    }

    @Override
    void act(CheckResult result, DatabaseSource source) throws MojoFailureException {
        switch (result.outcome()) {
            case "drift" -> throw new MojoFailureException(result.message() + "\n" + BUILD_HINT);
            case "findings" -> getLog().warn(result.message());
            default -> getLog().info(result.message());
        }
    }
}
