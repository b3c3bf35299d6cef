package dev.fkguard.testing;

/** The database engines the tests (every {@code @AllDatabases} test) and the build-time check run on. */
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
