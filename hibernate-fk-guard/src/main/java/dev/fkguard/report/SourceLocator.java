package dev.fkguard.report;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.SettingSpelling;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.EntityOrigin;
import dev.fkguard.model.MappingModel;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the file (and line) a finding's entity was written in, relative to the repository root, as code scanning
 * wants it. The root is {@code hibernate.fkguard.source-root} when set, else the nearest directory above the class's
 * code source ({@code target/classes}, a jar) that holds {@code .git}, {@code .hg} or {@code .svn}. The file must
 * exist under the root: a class's {@code .java} under a module's {@code src/main/java} or {@code src/test/java},
 * an hbm.xml mapping under its {@code src/main/resources}. Without a root the module-relative path of a Maven layout
 * is kept, and the guard says so once; with a root but no such file there is no file at all, never one that does
 * not exist. Files are read only here, when a report is written, and each once.
 */
public final class SourceLocator {

    private static final Logger LOG = Logger.getLogger("dev.fkguard");
    private static final List<String> VCS_MARKERS = List.of(".git", ".hg", ".svn");
    private static final List<String> JAVA_DIRS = List.of("src/main/java", "src/test/java");
    private static final List<String> RESOURCE_DIRS = List.of("src/main/resources", "src/test/resources");

    private final Optional<Path> configuredRoot;
    private final SettingSpelling spelling;
    private final Map<String, EntityOrigin> origins;
    private final Map<Path, Optional<Path>> roots = new HashMap<>();
    private final Map<Path, Optional<List<String>>> files = new HashMap<>();
    private final Map<List<Path>, List<Path>> modules = new HashMap<>();
    private final Map<String, Optional<SourceFile>> located = new HashMap<>();
    private boolean rootMissingSaid;

    private SourceLocator(Optional<Path> configuredRoot, Map<String, EntityOrigin> origins, SettingSpelling spelling) {
        this.configuredRoot = configuredRoot.map(p -> p.toAbsolutePath().normalize());
        this.spelling = spelling;
        this.origins = origins;
    }

    /** Paths derived from entity names alone, as for a model built without Hibernate. */
    public static SourceLocator byName() {
        return new SourceLocator(Optional.empty(), Map.of(), SettingSpelling.STARTUP);
    }

    /** The locator for the entities of {@code mapping}, under {@code sourceRoot} when one is configured. */
    public static SourceLocator of(MappingModel mapping, Optional<Path> sourceRoot) {
        return of(mapping, sourceRoot, SettingSpelling.STARTUP);
    }

    /** As {@link #of(MappingModel, Optional)}; what it logs names the source root setting as {@code spelling} does. */
    public static SourceLocator of(MappingModel mapping, Optional<Path> sourceRoot, SettingSpelling spelling) {
        Map<String, EntityOrigin> origins = new HashMap<>();
        for (EntityMapping entity : mapping.entities()) {
            if (!entity.origin().isUnknown()) {
                origins.putIfAbsent(entity.entity(), entity.origin());
            }
        }
        return new SourceLocator(sourceRoot, origins, spelling);
    }

    /**
     * The file of {@code entity}, with the line of {@code attribute} (or of the entity) when it can be read. Each
     * answer is kept: one locator serves every tenant of a schema-per-tenant check, whose entities are the same.
     */
    public synchronized Optional<SourceFile> locate(String entity, Optional<String> attribute) {
        String key = entity + "#" + attribute.orElse("");
        Optional<SourceFile> known = located.get(key);
        if (known == null) {
            known = find(entity, attribute);
            located.put(key, known);
        }
        return known;
    }

    private Optional<SourceFile> find(String entity, Optional<String> attribute) {
        EntityOrigin origin = origins.get(entity);
        if (origin == null) {
            return conventionalJava(entity);
        }
        if (origin.contributed()) {
            // The described (application) entity's file, never the audit entity's name turned into a file name.
            return origin.describedEntity().flatMap(described -> find(described, attribute));
        }
        Optional<Path> root = configuredRoot.isPresent() ? configuredRoot : origin.codeSource().flatMap(this::vcsRoot);
        if (root.isEmpty()) {
            sayRootMissing(origin);
            if (origin.mappingFile().isPresent()) {
                return conventionalResource(origin.mappingFile().get());
            }
            return origin.classes().stream().findFirst().flatMap(SourceLocator::conventionalJava);
        }
        Path rootDir = root.get();
        List<Path> modules = this.modules.computeIfAbsent(List.of(rootDir, origin.codeSource().orElse(rootDir)),
                key -> modules(rootDir, origin.codeSource()));
        if (origin.mappingFile().isPresent()) {
            return hbm(root.get(), modules, origin.mappingFile().get(), entity, attribute);
        }
        return java(root.get(), modules, origin.classes(), attribute);
    }

    private Optional<SourceFile> java(Path root, List<Path> modules, List<String> classes, Optional<String> attribute) {
        Optional<SourceFile> entityFile = Optional.empty();
        for (String type : classes) {
            Optional<Path> file = find(modules, JAVA_DIRS, javaFile(type));
            if (file.isEmpty()) {
                continue;
            }
            List<String> lines = lines(file.get()).orElse(List.of());
            String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
            Optional<Integer> typeLine = SourceLines.javaType(lines, simple);
            Optional<Integer> memberLine = attribute.flatMap(a -> SourceLines.javaMember(lines,
                    typeLine.orElse(1) - 1, firstSegment(a)));
            String path = relative(root, file.get());
            if (memberLine.isPresent()) {
                return Optional.of(new SourceFile(path, memberLine));
            }
            if (entityFile.isEmpty()) {
                // The entity's own file; an attribute declared in a superclass may still be found further up.
                entityFile = Optional.of(new SourceFile(path, attribute.isPresent() ? Optional.empty() : typeLine));
            }
            if (attribute.isEmpty()) {
                break;
            }
        }
        return entityFile;
    }

    private Optional<SourceFile> hbm(Path root, List<Path> modules, String mappingFile, String entity,
                                     Optional<String> attribute) {
        Path named = Path.of(mappingFile);
        Optional<Path> file = named.isAbsolute()
                ? Optional.of(named.normalize()).filter(p -> p.startsWith(root) && Files.isRegularFile(p))
                : find(modules, RESOURCE_DIRS, mappingFile);
        return file.map(f -> {
            List<String> lines = lines(f).orElse(List.of());
            Optional<Integer> entityLine = SourceLines.hbmEntity(lines, entity);
            Optional<Integer> line = attribute.isPresent()
                    ? entityLine.flatMap(at -> SourceLines.hbmAttribute(lines, at - 1, firstSegment(attribute.get())))
                    : entityLine;
            return new SourceFile(relative(root, f), line);
        });
    }

    /** The module directories to look in: those above the code source up to the root, the root, its children. */
    private static List<Path> modules(Path root, Optional<Path> codeSource) {
        Set<Path> modules = new LinkedHashSet<>();
        codeSource.map(p -> p.toAbsolutePath().normalize()).filter(p -> p.startsWith(root)).ifPresent(source -> {
            for (Path dir = source; dir != null && dir.startsWith(root); dir = dir.getParent()) {
                modules.add(dir);
            }
        });
        modules.add(root);
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).sorted().forEach(modules::add);
        } catch (IOException | UncheckedIOException e) {
            // An unreadable root only narrows the search.
        }
        return new ArrayList<>(modules);
    }

    private static Optional<Path> find(List<Path> modules, List<String> sourceDirs, String file) {
        for (Path module : modules) {
            for (String dir : sourceDirs) {
                Path candidate = module.resolve(dir).resolve(file);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Path> vcsRoot(Path codeSource) {
        return roots.computeIfAbsent(codeSource, source -> {
            for (Path dir = source.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path candidate = dir;
                // .git is a directory, or a file in a worktree or a submodule.
                if (VCS_MARKERS.stream().anyMatch(marker -> Files.exists(candidate.resolve(marker)))) {
                    return Optional.of(dir);
                }
            }
            return Optional.empty();
        });
    }

    private void sayRootMissing(EntityOrigin origin) {
        if (!rootMissingSaid) {
            rootMissingSaid = true;
            LOG.info("hibernate-fk-guard found no repository root (a directory with .git, .hg or .svn) above "
                    + origin.codeSource().map(Path::toString).orElse("the entity classes")
                    + "; report paths stay relative to the module (src/main/java/…). Set "
                    + spelling.key(FkGuardSettings.SOURCE_ROOT) + " to the repository root for paths code scanning"
                    + " can show.");
        }
    }

    private Optional<List<String>> lines(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return Optional.of(Files.readAllLines(f, StandardCharsets.UTF_8));
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty();
            }
        });
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String firstSegment(String attribute) {
        int dot = attribute.indexOf('.');
        return dot < 0 ? attribute : attribute.substring(0, dot);
    }

    private static String javaFile(String type) {
        // A nested class lives in its outer class's file.
        int nested = type.indexOf('$');
        String topLevel = nested < 0 ? type : type.substring(0, nested);
        return topLevel.replace('.', '/') + ".java";
    }

    private static Optional<SourceFile> conventionalJava(String entity) {
        return EntitySource.conventionalJavaFile(entity).map(path -> new SourceFile(path, Optional.empty()));
    }

    /** A class path resource where a Maven layout keeps it; a file named by its absolute path has no such place. */
    private static Optional<SourceFile> conventionalResource(String mappingFile) {
        if (Path.of(mappingFile).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(new SourceFile("src/main/resources/" + mappingFile.replace('\\', '/'), Optional.empty()));
    }
}
