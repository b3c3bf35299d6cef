package dev.fkguard.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One of the plugin's sample projects handed to the CLI as its user would: copied out, as a repository of its own
 * ({@code .git}), with its poms filtered as the invoker filters them ({@code @hibernate6.version@}), its libraries
 * resolved by real Maven from its own poms ({@code mvn dependency:copy-dependencies} into each module's
 * {@code target/lib}, runtime scope, from the build's local repository), the checked module's classes compiled into
 * {@code target/classes} with its resources, as {@code mvn compile} leaves them. The poms' own fkguard plugin is never
 * run, so the plugin need not be installed.
 *
 * @param root   the copy: the repository's root
 * @param module the checked module, where the CLI runs: the root itself, or a module below it
 */
record MavenBuiltProject(Path root, Path module) {

    /** The plugin pinned here, as a user's build pins it: the outer build's local repository has it. */
    private static final String COPY_DEPENDENCIES = "org.apache.maven.plugins:maven-dependency-plugin:"
            + System.getProperty("fkguard.it.dependency-plugin.version", "3.8.1") + ":copy-dependencies";
    private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Za-z0-9.-]+)@");

    /** Copies {@code project} to {@code dir}, resolves its libraries with Maven and compiles it. */
    static MavenBuiltProject build(SampleProject project, Path dir) throws IOException, InterruptedException {
        return build(project, dir, "");
    }

    /** The same for a multi-module project, whose {@code module} (a path below its root) is checked. */
    static MavenBuiltProject build(SampleProject project, Path dir, String module)
            throws IOException, InterruptedException {
        copy(project.directory(), dir);
        Files.createDirectories(dir.resolve(".git"));
        List<Path> poms;
        try (Stream<Path> files = Files.walk(dir)) {
            poms = files.filter(f -> f.getFileName().toString().equals("pom.xml")).toList();
        }
        for (Path pom : poms) {
            Files.writeString(pom, filter(Files.readString(pom)));
        }
        // Relative, so each module's libraries go to its own target/lib.
        maven(dir, COPY_DEPENDENCIES, "-DincludeScope=runtime", "-DoutputDirectory=target/lib");
        Path checked = dir.resolve(module);
        List<Path> jars;
        try (Stream<Path> files = Files.list(checked.resolve("target/lib"))) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        Path classes = Files.createDirectories(checked.resolve("target/classes"));
        Path[] sources;
        try (Stream<Path> files = Files.walk(checked.resolve("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toArray(Path[]::new);
        }
        SampleApplication.compile(classes, jars, sources);
        copy(checked.resolve("src/main/resources"), classes);
        return new MavenBuiltProject(dir, checked);
    }

    /** {@code target/classes:target/lib/*}, relative to the checked module, as its user writes it there. */
    String classPath() {
        return "target/classes" + File.pathSeparator + "target/lib" + File.separator + "*";
    }

    /** The pom's {@code @name@} placeholders, as the invoker fills them from the build's properties. */
    private static String filter(String pom) {
        Matcher placeholder = PLACEHOLDER.matcher(pom);
        StringBuilder filtered = new StringBuilder();
        while (placeholder.find()) {
            String value = System.getProperty("fkguard.it.filter." + placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for " + placeholder.group() + " (system property"
                        + " fkguard.it.filter." + placeholder.group(1) + " in the CLI's pom)");
            }
            placeholder.appendReplacement(filtered, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filtered).toString();
    }

    /** Maven as the outer build runs: its installation, its local repository, offline when it is. */
    private static void maven(Path dir, String... goals) throws IOException, InterruptedException {
        String home = System.getProperty("fkguard.it.maven.home", System.getenv("MAVEN_HOME"));
        List<String> command = new ArrayList<>(List.of(home == null ? "mvn" : Path.of(home, "bin", "mvn").toString(),
                "-B", "-q"));
        if (System.getProperty("fkguard.it.maven.offline", "").equals("offline=true")) {
            command.add("-o");
        }
        String repository = System.getProperty("fkguard.it.maven.repository", "");
        if (!repository.isEmpty()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(goals));
        Path log = dir.resolve("maven.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Maven did not end in 300 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Maven failed (" + process.exitValue() + "): " + command + "\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
