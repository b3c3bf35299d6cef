package dev.fkguard.model;

import java.util.List;
import java.util.Objects;

/**
 * What was connected to.
 *
 * @param version          the product version string the driver reports
 * @param schemas          the schemas (MySQL: databases) that were read
 * @param foreignKeyChecks false when MySQL/MariaDB's global {@code foreign_key_checks} is off, so new sessions
 *                         enforce no foreign key at all; true elsewhere
 */
public record DatabaseInfo(DatabaseKind kind, String version, List<String> schemas, boolean foreignKeyChecks) {

    public DatabaseInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        schemas = List.copyOf(schemas);
    }

    /** A database that enforces foreign keys as declared. */
    public DatabaseInfo(DatabaseKind kind, String version, List<String> schemas) {
        this(kind, version, schemas, true);
    }
}
