package dev.fkguard.build.isolated;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.ProviderNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * What the check maps, as the application would: the classes and mapping files of {@code META-INF/persistence.xml}
 * (its persistence unit's {@code <class>} and {@code <mapping-file>} entries and properties), or, without one or
 * when its unit lists no classes, every {@code @Entity}, {@code @Embeddable} and {@code @MappedSuperclass} in the
 * compiled classes. {@code packages} narrows either.
 *
 * @param classes      the classes to add to Hibernate's metadata
 * @param mappingFiles class path resources ({@code META-INF/orm.xml}, …)
 * @param properties   the persistence unit's properties (none without persistence.xml)
 */
record EntitySelection(List<Class<?>> classes, List<String> mappingFiles, Map<String, String> properties) {

    static final String PERSISTENCE_XML = "META-INF/persistence.xml";
    static final String ORM_XML = "META-INF/orm.xml";

    /**
     * @param roots the application's compiled classes: directories or jars, searched in this order
     */
    static EntitySelection find(List<Path> roots, List<String> packages, String unitName, Front front,
                                BiConsumer<String, String> log) {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw noEntities(roots, packages, root + " does not exist (nothing compiled yet?)", front);
            }
        }
        if (roots.isEmpty()) {
            throw noEntities(roots, packages, "no classes directory or jar was given", front);
        }
        List<FileSystem> jars = new ArrayList<>();
        try {
            List<Path> opened = new ArrayList<>();
            for (Path root : roots) {
                opened.add(open(root, jars));
            }
            return find(roots, opened, packages, unitName, front, log);
        } finally {
            jars.forEach(EntitySelection::close);
        }
    }

    private static EntitySelection find(List<Path> roots, List<Path> opened, List<String> packages, String unitName,
                                        Front front, BiConsumer<String, String> log) {
        ClassLoader loader = EntitySelection.class.getClassLoader();
        List<String> mappingFiles = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        List<Class<?>> classes = new ArrayList<>();
        boolean scan = true;
        java.util.Optional<Path> persistenceXml = opened.stream().map(root -> root.resolve(PERSISTENCE_XML))
                .filter(Files::isRegularFile).findFirst();
        if (persistenceXml.isPresent()) {
            String where = where(persistenceXml.get());
            Element unit = unit(persistenceXml.get(), where, unitName, front);
            log.accept("info", "hibernate-fk-guard: persistence unit '" + unit.getAttribute("name") + "' of " + where);
            List<String> listed = texts(unit, "class");
            for (String name : listed) {
                if (inPackages(name, packages)) {
                    classes.add(load(name, loader).orElseThrow(() -> new BuildFailure("the class " + name + " listed"
                            + " in " + where + " cannot be loaded.", "compile it, or correct the entry.")));
                }
            }
            mappingFiles.addAll(texts(unit, "mapping-file"));
            for (Element property : children(unit, "property")) {
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            List<String> exclude = texts(unit, "exclude-unlisted-classes");
            scan = listed.isEmpty() || (!exclude.isEmpty() && exclude.get(0).equalsIgnoreCase("false"));
        }
        if (opened.stream().anyMatch(root -> Files.isRegularFile(root.resolve(ORM_XML)))
                && !mappingFiles.contains(ORM_XML)) {
            mappingFiles.add(ORM_XML);
        }
        if (scan) {
            for (Path root : opened) {
                for (Class<?> type : scanned(root, packages, loader, log)) {
                    if (!classes.contains(type)) {
                        classes.add(type);
                    }
                }
            }
        }
        if (classes.stream().noneMatch(c -> c.isAnnotationPresent(Entity.class)) && mappingFiles.isEmpty()) {
            throw noEntities(roots, packages, "no class there is annotated @jakarta.persistence.Entity", front);
        }
        return new EntitySelection(List.copyOf(classes), List.copyOf(mappingFiles), Map.copyOf(properties));
    }

    /** A directory as it is; a jar as the root of its file system, kept open in {@code jars} until closed. */
    private static Path open(Path root, List<FileSystem> jars) {
        if (Files.isDirectory(root)) {
            return root;
        }
        try {
            FileSystem jar = FileSystems.newFileSystem(root);
            jars.add(jar);
            return jar.getRootDirectories().iterator().next();
        } catch (IOException | ProviderNotFoundException e) {
            throw new BuildFailure("cannot read " + root + " as a jar: " + e.getMessage(), "name a directory of"
                    + " compiled classes or a jar file.", e);
        }
    }

    private static void close(FileSystem jar) {
        try {
            jar.close();
        } catch (IOException e) {
            // Only read from; nothing is lost.
        }
    }

    /** A file in a directory by its path, one in a jar by its {@code jar:file:…!/…} URI. */
    private static String where(Path file) {
        return file.getFileSystem() == FileSystems.getDefault() ? file.toString() : file.toUri().toString();
    }

    private static BuildFailure noEntities(List<Path> roots, List<String> packages, String why, Front front) {
        return new BuildFailure("no entities found in " + roots.stream().map(Path::toString)
                .collect(java.util.stream.Collectors.joining(", "))
                + (packages.isEmpty() ? "" : " in the packages " + packages) + ": " + why + ".",
                front.noEntitiesFix());
    }

    private static List<Class<?>> scanned(Path root, List<String> packages, ClassLoader loader,
                                          BiConsumer<String, String> log) {
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace(root.getFileSystem().getSeparator(), "."))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !n.endsWith("module-info") && !n.endsWith("package-info"))
                    .filter(n -> inPackages(n, packages))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            load(name, loader).ifPresentOrElse(type -> {
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(MappedSuperclass.class)) {
                    found.add(type);
                }
            }, () -> log.accept("debug", "hibernate-fk-guard: skipped " + name + ", which cannot be loaded"));
        }
        return found;
    }

    private static java.util.Optional<Class<?>> load(String name, ClassLoader loader) {
        try {
            // Not initialized: no static initializer of the application runs in the build.
            return java.util.Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }

    static boolean inPackages(String className, List<String> packages) {
        return packages.isEmpty() || packages.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    private static Element unit(Path persistenceXml, String where, String wanted, Front front) {
        Document document;
        try (InputStream in = Files.newInputStream(persistenceXml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BuildFailure("cannot read " + where + ": " + e.getMessage(), "correct the file.", e);
        }
        List<Element> units = children(document.getDocumentElement(), "persistence-unit");
        List<String> names = units.stream().map(u -> u.getAttribute("name")).toList();
        if (!wanted.isEmpty()) {
            return units.stream().filter(u -> u.getAttribute("name").equals(wanted)).findFirst()
                    .orElseThrow(() -> new BuildFailure("no persistence unit '" + wanted + "' in " + where
                            + "; it has " + names + ".", "set " + front.parameter("persistenceUnit")
                            + " to one of them."));
        }
        if (units.size() != 1) {
            throw new BuildFailure(where + " has " + units.size() + " persistence units " + names
                    + "; the check reads one.", "set " + front.parameter("persistenceUnit") + " to the one to"
                    + " check.");
        }
        return units.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static List<String> texts(Element parent, String localName) {
        return children(parent, localName).stream().map(e -> e.getTextContent().trim()).toList();
    }
}
