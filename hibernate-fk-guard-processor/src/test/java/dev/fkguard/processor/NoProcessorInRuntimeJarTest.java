package dev.fkguard.processor;

import dev.fkguard.FkGuard;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adding the runtime dependency changes nothing in the user's compilation: javac, told to discover processors on the
 * class path ({@code -proc:full}, as JDK 17–22 do by default), finds none in the runtime jar and compiles an entity
 * with an ERROR-level mistake quietly; only with hibernate-fk-guard-processor on the processor path does the lint
 * run. On Hibernate 7 the runtime classes come from the library's real jar; in the library's own build from its
 * classes directory, which holds what the jar will.
 */
class NoProcessorInRuntimeJarTest {

    private static final Pattern GUARD_DIAGNOSTIC = Pattern.compile("^\\S+\\.java:\\d+: (error|warning|note): (\\[.*)$");

    private static final String SERVICE = "META-INF/services/javax.annotation.processing.Processor";

    private static final String ENTITY = """
            package app;
            import jakarta.persistence.*;
            import org.hibernate.annotations.OnDelete;
            import org.hibernate.annotations.OnDeleteAction;
            @Entity
            public class Child {
                @Id Long id;
                @ManyToOne(optional = false)
                @OnDelete(action = OnDeleteAction.SET_NULL)
                Child parent;
            }
            """;

    @Test
    void theRuntimeJarRegistersNoProcessor() throws IOException {
        try (URLClassLoader runtimeOnly = new URLClassLoader(new URL[] {location(FkGuard.class).toUri().toURL()}, null)) {
            assertFalse(runtimeOnly.getResources(SERVICE).hasMoreElements(),
                    location(FkGuard.class) + " registers an annotation processor");
        }
    }

    @Test
    void withOnlyTheRuntimeJarNothingIsLinted() {
        Compilation compilation = compile(List.of());
        assertEquals(List.of(), compilation.guardDiagnostics(), compilation::describe);
        assertTrue(compilation.success, compilation::describe);
    }

    @Test
    void withTheProcessorOnTheProcessorPathTheLintRuns() {
        Compilation compilation = compile(List.of("-processorpath", location(FkGuardProcessor.class).toString()));
        List<String> lints = compilation.guardDiagnostics();
        assertEquals(1, lints.size(), compilation::describe);
        assertTrue(lints.get(0).startsWith("ERROR [set-null-on-required-column] Child.parent: @OnDelete(SET_NULL) on a"
                + " column that may not be null (optional = false)"), compilation::describe);
        assertFalse(compilation.success, "an ERROR lint fails the compilation");
    }

    /**
     * A javac of its own, as a user's build runs it: in-process javac would also see the test JVM's class path (the
     * processor's classes among it) through its class loader's parent.
     */
    private static Compilation compile(List<String> extraOptions) {
        String classPath = Stream.of(FkGuard.class, jakarta.persistence.Entity.class,
                        org.hibernate.annotations.OnDelete.class)
                .map(NoProcessorInRuntimeJarTest::location).map(Path::toString).distinct()
                .collect(Collectors.joining(File.pathSeparator));
        Path dir = tempDirectory();
        try {
            Path source = dir.resolve("app/Child.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, ENTITY);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac")
                            .toString(), "-J-Duser.language=en", "-proc:full", "-classpath", classPath, "-d", dir.resolve("out").toString(),
                    "-Xlint:-processing", "-implicit:none"));
            command.addAll(extraOptions);
            command.add(source.toString());
            Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Compilation(javac.waitFor() == 0, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteRecursively(dir);
        }
    }

    private record Compilation(boolean success, String output) {

        /** The guard's diagnostics: javac prints "Child.java:9: error: [rule-id] …". */
        List<String> guardDiagnostics() {
            return output.lines()
                    .map(line -> GUARD_DIAGNOSTIC.matcher(line))
                    .filter(Matcher::find)
                    .map(m -> m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2))
                    .toList();
        }

        String describe() {
            return "success=" + success + "\n" + output;
        }
    }

    /** The jar (or, in the library's own build, the classes directory) a class was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("fkguard-runtime-jar-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
