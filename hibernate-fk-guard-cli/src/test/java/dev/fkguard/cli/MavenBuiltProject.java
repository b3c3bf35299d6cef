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

    /** A sample project to build, and its module that is checked: "" for the project itself. */
    record Sample(SampleProject project, String module) {
    }

    /**
     * Copies each sample under {@code dir} (a directory, and a repository, of its own), resolves all their libraries
     * with one Maven run over an aggregator pom (Maven starts once) and compiles each checked module.
     */
    static List<MavenBuiltProject> build(Path dir, List<Sample> samples) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (Sample sample : samples) {
            String name = sample.project().directory().getFileName().toString();
            Path root = dir.resolve(name);
            copy(sample.project().directory(), root);
            Files.createDirectories(root.resolve(".git"));
            names.add(name);
        }
        List<Path> poms;
        try (Stream<Path> files = Files.walk(dir)) {
            poms = files.filter(f -> f.getFileName().toString().equals("pom.xml")).toList();
        }
        for (Path pom : poms) {
            Files.writeString(pom, filter(Files.readString(pom)));
        }
        StringBuilder modules = new StringBuilder();
        names.forEach(name -> modules.append("<module>").append(name).append("</module>"));
        Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion>"
                + "<groupId>dev.fkguard.it</groupId><artifactId>cli-samples</artifactId><version>1</version>"
                + "<packaging>pom</packaging><modules>" + modules + "</modules></project>\n");
        // Relative, so each module's libraries go to its own target/lib.
        maven(dir, COPY_DEPENDENCIES, "-DincludeScope=runtime", "-DoutputDirectory=target/lib");
        List<MavenBuiltProject> built = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Path root = dir.resolve(names.get(i));
            Path checked = root.resolve(samples.get(i).module());
            compile(checked);
            built.add(new MavenBuiltProject(root, checked));
        }
        return built;
    }

    /** The module's classes against its libraries, its resources beside them, as {@code mvn compile} leaves them. */
    private static void compile(Path module) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(module.resolve("target/lib"))) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        Path classes = Files.createDirectories(module.resolve("target/classes"));
        Path[] sources;
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toArray(Path[]::new);
        }
        SampleApplication.compile(classes, jars, sources);
        copy(module.resolve("src/main/resources"), classes);
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
