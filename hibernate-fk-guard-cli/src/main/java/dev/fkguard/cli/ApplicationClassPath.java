package dev.fkguard.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code --classpath}: the application as it runs, in {@code java -cp} form ({@code app.jar:lib/*}). Entries named
 * directly are the application's own classes, searched for entities; a {@code dir/*} entry stands for the jars in
 * that directory (sorted by name), its libraries: Hibernate, the JDBC driver, and what they need.
 *
 * @param entries every directory and jar, in order
 * @param roots   the entries named directly: where the entities are looked for
 */
record ApplicationClassPath(List<Path> entries, List<Path> roots) {

    static ApplicationClassPath parse(String value) throws UsageException {
        List<Path> entries = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry.trim());
            if (path.getFileName() != null && path.getFileName().toString().equals("*")) {
                entries.addAll(jars(path.getParent() == null ? Path.of(".") : path.getParent(), entry));
            } else if (Files.exists(path)) {
                entries.add(path.toAbsolutePath().normalize());
                roots.add(path.toAbsolutePath().normalize());
            } else {
                throw new UsageException("the --classpath entry " + entry + " does not exist ("
                        + path.toAbsolutePath().normalize() + ").", "correct the path: --classpath takes the"
                        + " application's classes directory or jar, then its libraries, separated by '"
                        + File.pathSeparator + "', e.g. build/libs/app.jar" + File.pathSeparator + "build/libs/lib/*.");
            }
        }
        if (entries.isEmpty()) {
            throw new UsageException("--classpath names no directory or jar.", "give the application's classes and"
                    + " libraries, e.g. --classpath app.jar" + File.pathSeparator + "lib/*.");
        }
        return new ApplicationClassPath(List.copyOf(entries), List.copyOf(roots));
    }

    private static List<Path> jars(Path directory, String entry) throws UsageException {
        if (!Files.isDirectory(directory)) {
            throw new UsageException("the --classpath entry " + entry + " names no directory ("
                    + directory.toAbsolutePath().normalize() + ").", "correct the directory of the application's"
                    + " libraries.");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(directory)) {
            jars = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("cannot list the --classpath entry " + entry + ": " + e.getMessage(),
                    "make the directory readable.");
        }
        if (jars.isEmpty()) {
            throw new UsageException("the --classpath entry " + entry + " matches no jar file.", "point it at the"
                    + " directory that holds the application's library jars.");
        }
        return jars;
    }
}
