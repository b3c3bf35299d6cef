package dev.fkguard.model;

/** Which mapping construct implies a foreign key. */
public enum AssociationKind {
    MANY_TO_ONE("@ManyToOne"),
    ONE_TO_ONE("@OneToOne"),
    JOIN_TABLE("@JoinTable"),
    ELEMENT_COLLECTION("@ElementCollection"),
    ONE_TO_MANY_JOIN_COLUMN("@OneToMany @JoinColumn"),
    INHERITANCE("JOINED inheritance"),
    SECONDARY_TABLE("@SecondaryTable"),
    OTHER("mapping");

    private final String annotation;

    AssociationKind(String annotation) {
        this.annotation = annotation;
    }

    public String annotation() {
        return annotation;
    }
}
