package dev.fkguard.rules.db;

/**
 * DDL shared by the rule tests: a parent and a child table in SQL every engine accepts. Each test adds the child's
 * constraint the way its scenario needs.
 */
final class ShopTables {

    private ShopTables() {
    }

    static final String PARENTS = "CREATE TABLE parents (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40))";
    static final String OTHERS = "CREATE TABLE others (id BIGINT NOT NULL PRIMARY KEY)";

    /**
     * The index a correct schema has on the child's key column: PostgreSQL never creates one, and without it
     * missing-foreign-key-index reports every key.
     */
    static final String PARENT_ID_INDEX = "CREATE INDEX idx_children_parent_id ON children (parent_id)";

    /** The child table with {@code parent_id} of {@code type} and the given table constraint (or none). */
    static String children(String type, String nullability, String constraint) {
        return "CREATE TABLE children (id BIGINT NOT NULL PRIMARY KEY, parent_id " + type + " " + nullability
                + (constraint.isEmpty() ? "" : ", " + constraint) + ")";
    }

    static String children(String constraint) {
        return children("BIGINT", "NULL", constraint);
    }

    static String fk(String onDelete) {
        return "CONSTRAINT fk_children_parent FOREIGN KEY (parent_id) REFERENCES parents (id)"
                + (onDelete.isEmpty() ? "" : " ON DELETE " + onDelete);
    }
}
