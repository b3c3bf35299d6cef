package dev.fkguard.mapping;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hibernate.Version;
import org.hibernate.boot.model.source.internal.hbm.MappingDocument;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.SoftDeletable;

/**
 * Every difference between Hibernate ORM 6.6 (which the library compiles against) and 7.x that the mapping
 * reader meets. The rest of the package calls only methods whose signatures are the same on both lines
 * (checked with javap against 6.6.56 and 7.4.15); anything else goes through here.
 *
 * <p>Differences found, and how they are handled:
 * <ul>
 *   <li>{@code Property.getCascade()}: 6.6 keeps the hbm-style string Hibernate built from the annotation
 *       ({@code "persist,merge,delete"}, {@code "all"}, {@code "delete-orphan"}); 7.x stores an
 *       {@code EnumSet<CascadeType>} and renders it as a string of its own (e.g. {@code "remove"}). Both are
 *       read here as words, so neither spelling is assumed.</li>
 *   <li>{@code Table.getForeignKeyIterator()} and {@code Component.getPropertyIterator()} are gone in 7.x;
 *       only {@code getForeignKeys()} / {@code getProperties()} are used.</li>
 *   <li>{@code ForeignKey.isCascadeDeleteEnabled()} is gone in 7.x; only {@code getOnDeleteAction()} is used.</li>
 *   <li>{@code Column.getNullable()} changed its return type (TruthValue → Boolean); only
 *       {@code Column.isNullable()} is used.</li>
 *   <li>{@code PrimaryKey.getColumnsInOriginalOrder()} is gone in 7.x; only {@code getColumns()} is used.</li>
 *   <li>{@code RootClass.getSoftDeleteColumn()} is declared by the class in 6.6 but inherited as a default method
 *       of {@code SoftDeletable} in 7.x (which also adds {@code getSoftDeleteStrategy()}); it is called through
 *       the interface, which both lines have.</li>
 * </ul>
 */
final class HibernateVersionAdapter {

    private static final Set<String> REMOVE_WORDS = Set.of("all", "delete", "remove", "all-delete-orphan");
    private static final Set<String> ORPHAN_WORDS = Set.of("delete-orphan", "all-delete-orphan", "delete_orphan");
    /** 6.6 separates words by commas, 7.x renders a set ({@code [REMOVE, PERSIST]}). */
    private static final Pattern CASCADE_SEPARATORS = Pattern.compile("[\\[\\],\\s]+");

    /** The running Hibernate's version, e.g. {@code 6.6.56.Final}. */
    String hibernateVersion() {
        return Version.getVersionString();
    }

    /** The major version of the running Hibernate (6 or 7). */
    int hibernateMajorVersion() {
        String version = hibernateVersion();
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }

    /** The property cascades removal of the associated entities ({@code REMOVE} or {@code ALL}). */
    boolean cascadesRemove(Property property) {
        return cascadesAny(property, REMOVE_WORDS);
    }

    /** The property declares orphan removal through its cascade (both lines record it there too). */
    boolean cascadesOrphanRemoval(Property property) {
        return cascadesAny(property, ORPHAN_WORDS);
    }

    /** The column {@code @SoftDelete} maps on the entity hierarchy, if the root class is soft-deleted. */
    Optional<Column> softDeleteColumn(RootClass root) {
        return Optional.ofNullable(((SoftDeletable) root).getSoftDeleteColumn());
    }

    /** The column {@code @SoftDelete} maps on a collection table, if the collection's rows are soft-deleted. */
    Optional<Column> softDeleteColumn(org.hibernate.mapping.Collection collection) {
        return Optional.ofNullable(((SoftDeletable) collection).getSoftDeleteColumn());
    }

    /**
     * The hbm.xml file a value was mapped in, e.g. {@code com/shop/Order.hbm.xml}; empty for annotations and orm.xml.
     * Both lines bind hbm.xml through a {@code MappingDocument} that keeps its origin (7.x too, unless
     * {@code hibernate.transform_hbm_xml.enabled} turns the file into orm.xml first; then the origin is gone).
     */
    Optional<String> hbmXmlFile(org.hibernate.mapping.SimpleValue value) {
        return value.getBuildingContext() instanceof MappingDocument document && document.getOrigin() != null
                ? Optional.ofNullable(document.getOrigin().getName())
                : Optional.empty();
    }

    /**
     * Whether a word of the property's cascade is one of {@code words}. Twice per collection of the mapping, on the
     * booting thread: the separator pattern is compiled once, the words are not collected.
     */
    private static boolean cascadesAny(Property property, Set<String> words) {
        String cascade = property.getCascade();
        if (cascade == null) {
            return false;
        }
        for (String word : CASCADE_SEPARATORS.split(cascade)) {
            if (!word.isEmpty() && words.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
