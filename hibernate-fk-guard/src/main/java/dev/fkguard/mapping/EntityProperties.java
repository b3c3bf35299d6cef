package dev.fkguard.mapping;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

/**
 * {@link PersistentClass#getProperties()} once per entity and read: Hibernate builds a new joined list on every call,
 * whose iterator runs a stream, and the walker, the entity facts, the origins and the suppressions each asked for it.
 * The copy has the same properties in the same order. One per read: the boot model does not change during it.
 */
final class EntityProperties {

    private final Map<PersistentClass, List<Property>> byEntity = new IdentityHashMap<>();

    /** What {@code entity.getProperties()} returns, as an unmodifiable list made on the first call. */
    List<Property> of(PersistentClass entity) {
        List<Property> properties = byEntity.get(entity);
        if (properties == null) {
            properties = copy(entity.getProperties());
            byEntity.put(entity, properties);
        }
        return properties;
    }

    /**
     * By index: Hibernate's joined list iterates through a flat-mapped stream, which costs the first read (on the
     * booting thread, before the JIT has compiled it) more than the copy itself.
     */
    private static List<Property> copy(List<Property> joined) {
        Property[] copy = new Property[joined.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = joined.get(i);
        }
        return List.of(copy);
    }
}
