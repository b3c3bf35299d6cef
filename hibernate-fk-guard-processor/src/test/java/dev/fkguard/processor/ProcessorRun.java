package dev.fkguard.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compiles in-memory sources with javac and the test JVM's classpath (Jakarta Persistence and Hibernate of the line
 * under test), and checks the diagnostics against markers in the sources, Error Prone style: a line
 * {@code // BUG: WARNING [rule-id] message start} expects exactly that diagnostic on the annotation that begins the
 * next line (line and column). Every processor diagnostic must be expected by a marker, and every marker met.
 */
public final class ProcessorRun {

    private static final Pattern MARKER = Pattern.compile("//\\s*BUG:\\s*(ERROR|WARNING|MANDATORY_WARNING|NOTE)\\s+(.+)$");
    private static final Pattern TYPE_NAME =
            Pattern.compile("(?m)^\\s*(?:public\\s+|abstract\\s+|final\\s+)*(?:class|@interface|interface|enum|record)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    private final List<Source> sources;
    private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    private final boolean success;

    private ProcessorRun(List<Source> sources, List<Diagnostic<? extends JavaFileObject>> diagnostics, boolean success) {
        this.sources = sources;
        this.diagnostics = diagnostics;
        this.success = success;
    }

    /** Runs only {@link FkGuardProcessor}, as set on the compilation task. */
    public static ProcessorRun withGuard(List<String> options, String... sources) {
        return compile(options, Optional.of(List.of(new FkGuardProcessor())), List.of(sources));
    }

    /** Lets javac discover every processor on the classpath, as a build's annotationProcessorPaths would. */
    public static ProcessorRun withDiscoveredProcessors(List<String> options, String... sources) {
        return compile(options, Optional.empty(), List.of(sources));
    }

    public static ProcessorRun compile(List<String> options, Optional<List<Processor>> processors, List<String> texts) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<Source> sources = texts.stream().map(Source::of).collect(Collectors.toList());
        Path output = createTempDirectory();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, null)) {
            List<String> arguments = new ArrayList<>(List.of("-classpath", testClasspath(), "-d", output.toString(),
                    "-s", output.toString(), "-Xlint:-processing", "-implicit:none", "-Xmaxwarns", "100000", "-Xmaxerrs", "100000"));
            if (processors.isEmpty()) {
                arguments.addAll(List.of("-processorpath", testClasspath()));
            }
            arguments.addAll(options);
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, collector, arguments, null, sources);
            processors.ifPresent(task::setProcessors);
            boolean success = task.call();
            return new ProcessorRun(sources, List.copyOf(collector.getDiagnostics()), success);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(output);
        }
    }

    /** Surefire puts the real classpath here; java.class.path may be a manifest-only jar. */
    static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    public List<Diagnostic<? extends JavaFileObject>> diagnostics() {
        return diagnostics;
    }

    /** The diagnostics this project's processor reported: their messages start with "[". */
    public List<Diagnostic<? extends JavaFileObject>> guardDiagnostics() {
        return diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).startsWith("["))
                .collect(Collectors.toList());
    }

    public boolean succeeded() {
        return success;
    }

    public ProcessorRun assertSucceeded() {
        assertTrue(success, () -> "compilation failed:\n" + describe(diagnostics));
        return this;
    }

    /** Every marker met exactly, nothing unmarked reported by the guard. */
    public ProcessorRun assertMatchesMarkers() {
        List<Diagnostic<? extends JavaFileObject>> unmatched = new ArrayList<>(guardDiagnostics());
        for (Source source : sources) {
            String[] lines = source.text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher marker = MARKER.matcher(lines[i].trim());
                if (!marker.find()) {
                    continue;
                }
                long expectedLine = i + 2;
                String target = lines[i + 1];
                long expectedColumn = target.length() - target.stripLeading().length() + 1;
                Diagnostic.Kind kind = Diagnostic.Kind.valueOf(marker.group(1));
                String text = marker.group(2).trim();
                Optional<Diagnostic<? extends JavaFileObject>> hit = unmatched.stream()
                        .filter(d -> d.getSource() == source && d.getLineNumber() == expectedLine)
                        .findFirst();
                if (hit.isEmpty()) {
                    fail(source.name + ":" + expectedLine + ": expected " + kind + " " + text + "\nbut got:\n"
                            + describe(guardDiagnostics()));
                }
                Diagnostic<? extends JavaFileObject> diagnostic = hit.get();
                assertEquals(kind, diagnostic.getKind(), () -> "kind of " + describe(List.of(diagnostic)));
                assertTrue(diagnostic.getMessage(Locale.ROOT).startsWith(text),
                        () -> "message of " + describe(List.of(diagnostic)) + "\nshould start with: " + text);
                assertEquals(expectedColumn, diagnostic.getColumnNumber(),
                        () -> "column of " + describe(List.of(diagnostic)));
                unmatched.remove(diagnostic);
            }
        }
        assertTrue(unmatched.isEmpty(), () -> "unexpected diagnostics:\n" + describe(unmatched));
        return this;
    }

    public static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream()
                .map(d -> "  " + d.getKind() + " " + (d.getSource() == null ? "-" : d.getSource().getName()) + ":"
                        + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("fkguard-processor-test");
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

    /** A source held in memory, named after its package and first top-level type. */
    static final class Source extends SimpleJavaFileObject {

        private final String text;
        private final String name;

        private Source(String name, String text) {
            super(URI.create("string:///" + name.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.name = name;
            this.text = text;
        }

        static Source of(String text) {
            Matcher type = TYPE_NAME.matcher(text);
            if (!type.find()) {
                throw new IllegalArgumentException("no type declared in:\n" + text);
            }
            Matcher pkg = PACKAGE.matcher(text);
            return new Source((pkg.find() ? pkg.group(1) + "." : "") + type.group(1), text);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
