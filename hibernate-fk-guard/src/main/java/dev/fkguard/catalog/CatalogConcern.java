package dev.fkguard.catalog;

/** One thing read from the catalog; each has one query file per dialect. */
enum CatalogConcern {
    TABLES("tables", "tables"),
    COLUMNS("columns", "columns"),
    FOREIGN_KEYS("foreign-keys", "foreign keys"),
    INDEXES("indexes", "indexes and primary keys"),
    /** Server-wide settings, read once per check rather than per schema; MySQL/MariaDB only. */
    SETTINGS("settings", "server settings");

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
