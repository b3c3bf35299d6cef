package dev.fkguard.model;

import java.util.List;
import java.util.Objects;

/**
 * What was connected to.
 *
 * @param version  the product version string the driver reports
 * @param schemas  the schemas (MySQL: databases) that were read
 */
public record DatabaseInfo(DatabaseKind kind, String version, List<String> schemas) {

    public DatabaseInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        schemas = List.copyOf(schemas);
    }
}
