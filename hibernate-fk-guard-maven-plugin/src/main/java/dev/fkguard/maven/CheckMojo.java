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

    /**
     * What only the build has, said after the guard's advice (which names the settings as -Dfkguard.*): the same keys
     * under {@code <settings>}, and the goal that writes the migration.
     */
    static final String BUILD_HINT = "In the build: the settings named above also go under <settings> in the"
            + " plugin's <configuration> (<settings><mode>warn</mode></settings>), and `mvn fkguard:migration` writes"
            + " the migration into the project's migration folder.";

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
