package dev.fkguard.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was connected to.
 *
 * @param version          the product version string the driver reports
 * @param schemas          the schemas (MySQL: databases) that were read
 * @param foreignKeyChecks false when MySQL/MariaDB's global {@code foreign_key_checks} is off, so new sessions
 *                         enforce no foreign key at all; true elsewhere
 * @param names            how the engine stores and compares names, and the schema unqualified names resolve to
 * @param tenants          the schemas a {@code hibernate.fkguard.schemas} pattern matched, as the catalog stores them
 *                         and in the order of their keys: the mapping's unqualified tables are checked against each
 *                         of them (schema-per-tenant); empty when no pattern was given
 */
public record DatabaseInfo(DatabaseKind kind, String version, List<String> schemas, boolean foreignKeyChecks,
                           NameRules names, List<String> tenants) {

    public DatabaseInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(names, "names");
        tenants = List.copyOf(tenants);
    }

    /** A database without tenant schemas. */
    public DatabaseInfo(DatabaseKind kind, String version, List<String> schemas, boolean foreignKeyChecks,
                        NameRules names) {
        this(kind, version, schemas, foreignKeyChecks, names, List.of());
    }

    /** Whether the mapping was checked against each of several tenant schemas. */
    public boolean hasTenants() {
        return !tenants.isEmpty();
    }

    /**
     * A database described by hand (tests, reports of a check that ran elsewhere): names compare without case, and
     * unqualified names are in the first schema listed.
     */
    public DatabaseInfo(DatabaseKind kind, String version, List<String> schemas, boolean foreignKeyChecks) {
        this(kind, version, schemas, foreignKeyChecks, NameRules.LOOSE.withDefaultSchema(
                schemas.isEmpty() ? Optional.empty() : Optional.of(schemas.get(0))));
    }

    /** A database that enforces foreign keys as declared. */
    public DatabaseInfo(DatabaseKind kind, String version, List<String> schemas) {
        this(kind, version, schemas, true);
    }
}
