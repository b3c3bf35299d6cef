package dev.fkguard.migration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a migration can be written in; {@code liquibase} alone means YAML, Spring Boot's default. */
public enum MigrationFormat {
    SQL("sql"),
    FLYWAY("flyway"),
    LIQUIBASE_YAML("liquibase-yaml"),
    LIQUIBASE_XML("liquibase-xml");

    private final String label;

    MigrationFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<MigrationFormat> fromLabel(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("liquibase")) {
            return Optional.of(LIQUIBASE_YAML);
        }
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
    }

    /** The values {@link #fromLabel} accepts, for error messages. */
    public static String validLabels() {
        return Arrays.stream(values()).map(MigrationFormat::label).collect(Collectors.joining(", ", "", ", liquibase"));
    }
}
