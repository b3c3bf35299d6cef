package dev.fkguard.processor;

/**
 * Qualified names of the annotations the lints read. Matched as strings so that the processor needs neither
 * Jakarta Persistence nor Hibernate on its own path, and works with whatever version the application compiles with.
 */
final class Names {

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
    static final String EMBEDDABLE = "jakarta.persistence.Embeddable";

    static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
    static final String ONE_TO_ONE = "jakarta.persistence.OneToOne";
    static final String ONE_TO_MANY = "jakarta.persistence.OneToMany";
    static final String MANY_TO_MANY = "jakarta.persistence.ManyToMany";
    static final String ELEMENT_COLLECTION = "jakarta.persistence.ElementCollection";
    static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
    static final String JOIN_COLUMNS = "jakarta.persistence.JoinColumns";
    static final String JOIN_TABLE = "jakarta.persistence.JoinTable";
    static final String COLLECTION_TABLE = "jakarta.persistence.CollectionTable";
    static final String ID = "jakarta.persistence.Id";
    static final String MAPS_ID = "jakarta.persistence.MapsId";
    static final String INHERITANCE = "jakarta.persistence.Inheritance";

    static final String ON_DELETE = "org.hibernate.annotations.OnDelete";
    static final String SOFT_DELETE = "org.hibernate.annotations.SoftDelete";
    static final String SQL_DELETE = "org.hibernate.annotations.SQLDelete";
    static final String ANY = "org.hibernate.annotations.Any";
    static final String MANY_TO_ANY = "org.hibernate.annotations.ManyToAny";

    static final String SUPPRESS = "dev.fkguard.FkGuardSuppress";

    private Names() {
    }
}
