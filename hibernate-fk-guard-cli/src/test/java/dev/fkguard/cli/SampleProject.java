package dev.fkguard.cli;

import org.flywaydb.core.Flyway;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * One of the Maven plugin's sample projects ({@code hibernate-fk-guard-maven-plugin/src/it}) as a user hands it to
 * the CLI: its entities compiled here into {@code classes/}, its libraries (Hibernate 6.6, as its pom has it) in
 * {@code lib/}, and its database made by Flyway from the project's own migrations. The CLI is tested on the same
 * projects as the plugin.
 *
 * @param directory the project under {@code src/it}
 */
record SampleProject(Path directory) {

    private static final Path PROJECTS = Path.of(System.getProperty("fkguard.it.projects",
            "../hibernate-fk-guard-maven-plugin/src/it"));

    static SampleProject named(String name) {
        Path directory = PROJECTS.resolve(name);
        if (!Files.isDirectory(directory.resolve("src/main/java"))) {
            throw new IllegalStateException("no sample project " + directory.toAbsolutePath());
        }
        return new SampleProject(directory);
    }

    /** Compiles the project's classes into {@code <dir>/classes}; returns the {@code --classpath} value. */
    String build(Path dir) throws IOException {
        Path lib = SampleApplication.libraryDirectory(dir);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path[] sources;
        try (Stream<Path> files = Files.walk(directory.resolve("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toArray(Path[]::new);
        }
        SampleApplication.compile(classes, SampleApplication.libraries(), sources);
        return classes + File.pathSeparator + lib + File.separator + "*";
    }

    /** Makes the project's database at {@code url} with its Flyway migrations, as the application does at startup. */
    void migrate(String url, String user, String password, String... schemas) {
        Flyway.configure()
                .dataSource(url, user, password)
                .schemas(schemas)
                .locations("filesystem:" + directory.resolve("src/main/resources/db/migration").toAbsolutePath())
                .load()
                .migrate();
    }
}
