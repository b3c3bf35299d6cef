package dev.fkguard.mapping;

import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.boot.jaxb.Origin;
import org.hibernate.boot.model.source.spi.LocalMetadataBuildingContext;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import dev.fkguard.model.EntityOrigin;

/**
 * Reads where each entity was mapped from the boot model: its class (and where the class was loaded from), the
 * hbm.xml file whose binding context built its attributes, and for an entity another tool contributed (Envers'
 * {@code Invoice_AUD}) the application entity it describes. Only names and paths are kept; no file is opened here.
 */
final class EntityOrigins {

    /** The contributor Hibernate records for the application's own mappings. */
    private static final String ORM = "orm";

    private final Collection<PersistentClass> bindings;

    /** The application's entity names, longest first; made when the first entity not from the application is met. */
    private List<String> applicationEntities;

    /**
     * Where each code source is on disk, worked out once per check: all of an application's entities usually come
     * from one or two, and turning a location into a path (URL to URI to Path) allocates a few kB each time.
     */
    private final Map<CodeSource, Optional<Path>> paths = new IdentityHashMap<>();

    private final EntityProperties properties;

    EntityOrigins(Collection<PersistentClass> bindings, EntityProperties properties) {
        this.properties = properties;
        this.bindings = bindings;
    }

    private List<String> applicationEntities() {
        if (applicationEntities == null) {
            // Longest first: Invoice_lines_AUD describes InvoiceLine's owner Invoice only when no longer name fits.
            // Only entities an integration contributes (Envers' audit tables) ask; most mappings have none.
            applicationEntities = bindings.stream()
                    .filter(EntityOrigins::fromApplication)
                    .map(PersistentClass::getEntityName)
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
        return applicationEntities;
    }

    EntityOrigin of(PersistentClass entity) {
        if (!fromApplication(entity)) {
            String name = entity.getEntityName();
            Optional<String> described = applicationEntities().stream().filter(name::contains).findFirst();
            return new EntityOrigin(List.of(), Optional.empty(), Optional.empty(), true, described);
        }
        Optional<Class<?>> type = mappedClass(entity);
        List<String> classes = new ArrayList<>();
        for (Class<?> c = type.orElse(null); c != null && c != Object.class; c = c.getSuperclass()) {
            classes.add(c.getName());
        }
        return new EntityOrigin(classes, type.flatMap(this::codeSource), mappingFile(entity), false,
                Optional.empty());
    }

    private static boolean fromApplication(PersistentClass entity) {
        return entity.getContributor() == null || ORM.equals(entity.getContributor());
    }

    private static Optional<Class<?>> mappedClass(PersistentClass entity) {
        if (entity.getClassName() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(entity.getMappedClass());
        } catch (RuntimeException e) {
            // A class Hibernate itself could not load: the report then derives the file from the name.
            return Optional.empty();
        }
    }

    private Optional<Path> codeSource(Class<?> type) {
        CodeSource source;
        try {
            source = type.getProtectionDomain().getCodeSource();
        } catch (SecurityException e) {
            return Optional.empty();
        }
        return source == null ? Optional.empty() : paths.computeIfAbsent(source, EntityOrigins::path);
    }

    private static Optional<Path> path(CodeSource source) {
        try {
            URL location = source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(location.toURI()));
        } catch (SecurityException | java.net.URISyntaxException | IllegalArgumentException
                 | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The hbm.xml origin of the context that bound the entity's own attributes (or its identifier). Annotation
     * bindings have no origin; an hbm.xml transformed to the annotation model (Hibernate 7's
     * {@code hibernate.transform_hbm_xml.enabled}) loses it.
     */
    private Optional<String> mappingFile(PersistentClass entity) {
        // The first context that names a file, in the order properties and then the identifier were bound.
        for (Property property : properties.of(entity)) {
            Optional<String> file = file(property.getValue().getBuildingContext());
            if (file.isPresent()) {
                return file;
            }
        }
        KeyValue identifier = entity.getIdentifier();
        return identifier == null ? Optional.empty() : file(identifier.getBuildingContext());
    }

    private static Optional<String> file(MetadataBuildingContext context) {
        if (!(context instanceof LocalMetadataBuildingContext local) || local.getOrigin() == null) {
            return Optional.empty();
        }
        String name = local.getOrigin().getName();
        return name != null && !name.isBlank() && !Origin.UNKNOWN_FILE_PATH.equals(name) ? Optional.of(name)
                : Optional.empty();
    }
}
