package dev.fkguard.testing;

/** The database engines every {@link AllDatabases} test runs against. */
public enum Engine {
    H2("H2"),
    POSTGRESQL("PostgreSQL"),
    MARIADB("MariaDB"),
    MYSQL("MySQL");

    private final String displayName;

    Engine(String displayName) {
        this.displayName = displayName;
    }

    /** The name shown in test reports, e.g. {@code [MySQL] someTest}. */
    public String displayName() {
        return displayName;
    }
}
