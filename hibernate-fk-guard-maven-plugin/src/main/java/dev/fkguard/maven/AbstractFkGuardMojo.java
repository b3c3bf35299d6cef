package dev.fkguard.maven;

import dev.fkguard.build.CheckRequest;
import dev.fkguard.build.CheckResult;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What both goals share: the parameters, where the database comes from, and the run of the check in a class loader
 * over the project's own classpath (see {@link IsolatedCheck}).
 */
abstract class AbstractFkGuardMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    List<Artifact> pluginArtifacts;

    /** Skips the goal. */
    @Parameter(property = "fkguard.skip", defaultValue = "false")
    boolean skip;

    /** The compiled classes whose entities are checked. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    File classesDirectory;

    /** Only entities in these packages (and their sub-packages); default every entity found. */
    @Parameter(property = "fkguard.packages")
    List<String> packages;

    /** The persistence unit of {@code META-INF/persistence.xml} to check, when it has more than one. */
    @Parameter(property = "fkguard.persistenceUnit")
    String persistenceUnit;

    /**
     * Hibernate properties the application sets in code or in its framework's configuration, e.g.
     * {@code hibernate.physical_naming_strategy} (Spring Boot sets
     * {@code org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy}) or
     * {@code hibernate.default_schema}.
     */
    @Parameter
    Map<String, String> hibernateProperties;

    /**
     * The guard's settings, with the keys of the startup check without {@code hibernate.fkguard.}:
     * {@code <fail-on>warning</fail-on>}, {@code <rules.missing-foreign-key-index>off</rules.missing-foreign-key-index>}.
     * On the command line: {@code -Dfkguard.fail-on=warning}.
     */
    @Parameter
    Map<String, String> settings;

    /**
     * The engine of the throwaway database made from the project's migrations: {@code h2} (in memory), or
     * {@code postgresql} (17), {@code mariadb} (11.4) or {@code mysql} (8.0), embedded servers the goal starts and
     * stops (Linux x86-64; MySQL needs the packages libaio1 and libnuma1). Ignored with {@link #jdbcUrl}.
     */
    @Parameter(property = "fkguard.engine", defaultValue = "h2")
    String engine;

    /** Directories of Flyway SQL migrations; default {@code src/main/resources/db/migration} when it has some. */
    @Parameter(property = "fkguard.flywayLocations")
    List<File> flywayLocations;

    /**
     * Values of the {@code ${name}} placeholders in the Flyway migrations, as the application gives them to Flyway
     * ({@code spring.flyway.placeholders.*}, {@code flyway.placeholders.*}).
     */
    @Parameter
    Map<String, String> flywayPlaceholders;

    /**
     * The Liquibase master changelog; default {@code src/main/resources/db/changelog/db.changelog-master.*} when it
     * exists.
     */
    @Parameter(property = "fkguard.liquibaseChangelog")
    File liquibaseChangelog;

    /** Checks this existing database instead of one made from the migrations (read only). */
    @Parameter(property = "fkguard.jdbcUrl")
    String jdbcUrl;

    @Parameter(property = "fkguard.user")
    String user;

    @Parameter(property = "fkguard.password")
    String password;

    /** Where the reports (text, JSON, SARIF, Markdown, Mermaid) and the migration preview are written. */
    @Parameter(property = "fkguard.outputDirectory", defaultValue = "${project.build.directory}/fkguard")
    File outputDirectory;

    /** The goal's name for the isolated check ({@code check}, {@code migration}). */
    abstract String goal();

    /** Adds what the goal itself needs to the request. */
    abstract void addToRequest(Map<String, Object> request, DatabaseSource source) throws MojoFailureException;

    /** Acts on the check's result. */
    abstract void act(CheckResult result, DatabaseSource source) throws MojoFailureException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("hibernate-fk-guard: skipped (fkguard.skip)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("hibernate-fk-guard: skipped, a pom project has no entities");
            return;
        }
        Path basedir = project.getBasedir().toPath();
        DatabaseSource source = DatabaseSource.of(basedir, project.getBuild().getResources(), engine,
                Optional.ofNullable(jdbcUrl).filter(s -> !s.isBlank()), orEmpty(flywayLocations),
                Optional.ofNullable(liquibaseChangelog));
        // SARIF names files relative to the repository's root (or the top of the build outside a checkout).
        Path projectRoot = SourceRoot.of(Optional.ofNullable(session.getTopLevelProject())
                .map(MavenProject::getBasedir).map(java.io.File::toPath).orElse(basedir));
        Map<String, String> guardSettings = PluginSettings.of(orEmpty(settings), session.getUserProperties(),
                basedir, outputDirectory.toPath(), projectRoot);
        Map<String, Object> request = new LinkedHashMap<>(new CheckRequest("maven", goal())
                .classRoots(List.of(classesDirectory.toPath()))
                .packages(orEmpty(packages))
                .persistenceUnit(persistenceUnit == null ? "" : persistenceUnit)
                .hibernateProperties(orEmpty(hibernateProperties))
                .settings(guardSettings)
                .baseDirectory(basedir)
                .toMap());
        Map<String, String> placeholders = new LinkedHashMap<>();
        orEmpty(flywayPlaceholders).forEach((name, value) -> placeholders.put(name.trim(), value == null ? "" : value));
        request.put("flywayPlaceholders", Map.copyOf(placeholders));
        source.addTo(request, user == null ? "" : user, password == null ? "" : password);
        addToRequest(request, source);
        CheckResult result;
        try {
            result = new IsolatedCheck(getLog()).run(projectClasspath(), project.getArtifacts(), pluginArtifacts, request);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MojoExecutionException("hibernate-fk-guard could not run its check in the build: " + e, e);
        }
        switch (result.outcome()) {
            case "failure" -> throw new MojoFailureException(result.message());
            case "skipped" -> getLog().info(result.message());
            default -> act(result, source);
        }
    }

    /**
     * The project's runtime classpath (its classes first), then what only compiles against it ({@code provided}:
     * an application server's Hibernate); not its tests.
     */
    private List<String> projectClasspath() throws MojoExecutionException {
        List<String> elements = new ArrayList<>();
        try {
            elements.addAll(project.getRuntimeClasspathElements());
            project.getCompileClasspathElements().stream().filter(e -> !elements.contains(e)).forEach(elements::add);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("hibernate-fk-guard needs the project's dependencies resolved", e);
        }
        return elements;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

}
