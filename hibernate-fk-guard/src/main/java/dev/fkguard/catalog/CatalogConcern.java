package dev.fkguard.catalog;

/** One thing read from the catalog; each has one query file per dialect. */
enum CatalogConcern {
    TABLES("tables", "tables"),
    COLUMNS("columns", "columns"),
    FOREIGN_KEYS("foreign-keys", "foreign keys"),
    INDEXES("indexes", "indexes and primary keys"),
    /** Views (PostgreSQL: also materialized views), which an entity may be mapped to but carry no keys. */
    VIEWS("views", "views"),
    /**
     * H2 only: foreign keys' tables and states, joined to {@link #FOREIGN_KEYS} in Java, and the index behind each
     * primary key, joined to {@link #INDEXES} (see H2TableConstraints).
     */
    TABLE_CONSTRAINTS("table-constraints", "foreign and primary key constraints"),
    /** H2, MySQL and MariaDB: the columns of keys, joined to {@link #FOREIGN_KEYS} in Java. */
    KEY_COLUMNS("key-columns", "key columns"),
    /** The names of every schema the user sees, to match {@code hibernate.fkguard.schemas} patterns against. */
    SCHEMAS("schemas", "schema names"),
    /** Server-wide settings, read once per check rather than per schema; MySQL/MariaDB only. */
    SETTINGS("settings", "server settings"),
    /**
     * One fingerprint per tenant schema of what the other concerns read there (see TenantCopies); only where the
     * engine has a query for it ({@link CatalogSql#find}).
     */
    FINGERPRINTS("fingerprints", "tenant fingerprints");

    private final String fileStem;
    private final String description;

    CatalogConcern(String fileStem, String description) {
        this.fileStem = fileStem;
        this.description = description;
    }

    String fileStem() {
        return fileStem;
    }

    String description() {
        return description;
    }
}
