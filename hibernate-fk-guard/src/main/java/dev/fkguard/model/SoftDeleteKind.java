package dev.fkguard.model;

/** How an entity avoids real deletes, so that no database ON DELETE rule ever fires for it. */
public enum SoftDeleteKind {
    /** Hibernate's {@code @SoftDelete}. */
    SOFT_DELETE("@SoftDelete"),
    /** {@code @SQLDelete} whose statement is an UPDATE. */
    SQL_DELETE_UPDATE("@SQLDelete(UPDATE …)");

    private final String annotation;

    SoftDeleteKind(String annotation) {
        this.annotation = annotation;
    }

    public String annotation() {
        return annotation;
    }
}
