package dev.fkguard.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an entity's mapping was written, as far as the boot model tells, so reports can point at that file.
 * Read cheaply at startup; the files themselves are only looked for when a report is written.
 *
 * @param classes       the mapped class and its superclasses, nearest first (attributes may be declared in a
 *                      {@code @MappedSuperclass}); empty for an entity without a class (a dynamic map)
 * @param codeSource    the directory or jar the class was loaded from ({@code target/classes}), when it is a file
 * @param mappingFile   the hbm.xml file that maps the entity, as Hibernate names its origin (a class path resource
 *                      such as {@code com/shop/Order.hbm.xml}, or a file path)
 * @param contributed   the entity was contributed by another tool (Envers' {@code Invoice_AUD}), not mapped by the
 *                      application: it has no source of its own
 * @param describedEntity the application entity a contributed entity describes (the audited {@code com.shop.Invoice}
 *                      for {@code com.shop.Invoice_AUD}), whose source is the one to show
 */
public record EntityOrigin(List<String> classes, Optional<Path> codeSource, Optional<String> mappingFile,
                           boolean contributed, Optional<String> describedEntity) {

    public EntityOrigin {
        classes = List.copyOf(classes);
        Objects.requireNonNull(codeSource, "codeSource");
        Objects.requireNonNull(mappingFile, "mappingFile");
        Objects.requireNonNull(describedEntity, "describedEntity");
    }

    /** Nothing known: reports derive the file from the entity name, as for a model built by hand. */
    public static EntityOrigin unknown() {
        return new EntityOrigin(List.of(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    public boolean isUnknown() {
        return !contributed && classes.isEmpty() && codeSource.isEmpty() && mappingFile.isEmpty();
    }
}
