package dev.fkguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns a generated model into real annotated classes: Java sources compiled in-process with javax.tools into a
 * directory, loaded through their own class loader. Plain source is the most robust input Hibernate has (the same
 * path every application takes); compiling costs seconds, is done once per size and is not measured.
 */
final class EntityCompiler {

    private final Path root;

    EntityCompiler(Path root) {
        this.root = root;
    }

    ClassLoader compile(GeneratedModel model) {
        Path out = root.resolve("n" + model.size());
        Path done = out.resolve("COMPILED");
        try {
            if (!Files.exists(done)) {
                Files.createDirectories(out);
                javac(model, out);
                Files.writeString(done, "ok");
            }
            return new URLClassLoader("bench-entities-" + model.size(), new URL[] {url(out)},
                    EntityCompiler.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void javac(GeneratedModel model, Path out) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the benchmark on a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        for (GeneratedModel.SourceFile file : model.sources()) {
            String path = model.packageName().replace('.', '/') + "/" + file.simpleName() + ".java";
            units.add(new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return file.source();
                }
            });
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-proc:none", "-nowarn", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("generated entities do not compile: " + diagnostics.getDiagnostics());
            }
        }
    }

    private static URL url(Path dir) {
        try {
            return dir.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
