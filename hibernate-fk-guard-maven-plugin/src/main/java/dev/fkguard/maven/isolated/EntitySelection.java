package dev.fkguard.maven.isolated;

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
import java.nio.file.Files;
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

    static EntitySelection find(Path classesDirectory, List<String> packages, String unitName,
                                BiConsumer<String, String> log) {
        if (!Files.isDirectory(classesDirectory)) {
            throw noEntities(classesDirectory, packages, "the directory does not exist (nothing compiled yet?)");
        }
        ClassLoader loader = EntitySelection.class.getClassLoader();
        Path persistenceXml = classesDirectory.resolve(PERSISTENCE_XML);
        List<String> mappingFiles = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        List<Class<?>> classes = new ArrayList<>();
        boolean scan = true;
        if (Files.isRegularFile(persistenceXml)) {
            Element unit = unit(persistenceXml, unitName);
            log.accept("info", "hibernate-fk-guard: persistence unit '" + unit.getAttribute("name") + "' of "
                    + persistenceXml);
            List<String> listed = texts(unit, "class");
            for (String name : listed) {
                if (inPackages(name, packages)) {
                    classes.add(load(name, loader).orElseThrow(() -> new BuildFailure("the class " + name + " listed"
                            + " in " + persistenceXml + " cannot be loaded.", "compile it, or correct the entry.")));
                }
            }
            mappingFiles.addAll(texts(unit, "mapping-file"));
            for (Element property : children(unit, "property")) {
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            List<String> exclude = texts(unit, "exclude-unlisted-classes");
            scan = listed.isEmpty() || (!exclude.isEmpty() && exclude.get(0).equalsIgnoreCase("false"));
        }
        if (Files.isRegularFile(classesDirectory.resolve(ORM_XML)) && !mappingFiles.contains(ORM_XML)) {
            mappingFiles.add(ORM_XML);
        }
        if (scan) {
            for (Class<?> type : scanned(classesDirectory, packages, loader, log)) {
                if (!classes.contains(type)) {
                    classes.add(type);
                }
            }
        }
        if (classes.stream().noneMatch(c -> c.isAnnotationPresent(Entity.class)) && mappingFiles.isEmpty()) {
            throw noEntities(classesDirectory, packages, "no class there is annotated @jakarta.persistence.Entity");
        }
        return new EntitySelection(List.copyOf(classes), List.copyOf(mappingFiles), Map.copyOf(properties));
    }

    private static BuildFailure noEntities(Path classesDirectory, List<String> packages, String why) {
        return new BuildFailure("no entities found in " + classesDirectory
                + (packages.isEmpty() ? "" : " in the packages " + packages) + ": " + why + ".",
                "run the goal after compiling (it binds to verify), check <packages>, or list the entities in"
                        + " META-INF/persistence.xml. Entities must use jakarta.persistence (Hibernate 6.6+).");
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

    private static Element unit(Path persistenceXml, String wanted) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().parse(persistenceXml.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BuildFailure("cannot read " + persistenceXml + ": " + e.getMessage(), "correct the file.", e);
        }
        List<Element> units = children(document.getDocumentElement(), "persistence-unit");
        List<String> names = units.stream().map(u -> u.getAttribute("name")).toList();
        if (!wanted.isEmpty()) {
            return units.stream().filter(u -> u.getAttribute("name").equals(wanted)).findFirst()
                    .orElseThrow(() -> new BuildFailure("no persistence unit '" + wanted + "' in " + persistenceXml
                            + "; it has " + names + ".", "set <persistenceUnit> to one of them."));
        }
        if (units.size() != 1) {
            throw new BuildFailure(persistenceXml + " has " + units.size() + " persistence units " + names
                    + "; the check reads one.", "set <persistenceUnit> (-Dfkguard.persistenceUnit) to the one to"
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
