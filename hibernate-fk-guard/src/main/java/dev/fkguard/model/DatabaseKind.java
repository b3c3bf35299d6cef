package dev.fkguard.model;

/** The engines the guard knows the catalog and the quirks of; OTHER is read through JDBC metadata alone. */
public enum DatabaseKind {
    MYSQL("MySQL"),
    MARIADB("MariaDB"),
    POSTGRESQL("PostgreSQL"),
    H2("H2"),
    OTHER("other");

    private final String displayName;

    DatabaseKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** MySQL and MariaDB: NO ACTION is checked immediately, exactly like RESTRICT, and FKs need InnoDB. */
    public boolean isMySqlFamily() {
        return this == MYSQL || this == MARIADB;
    }
}
