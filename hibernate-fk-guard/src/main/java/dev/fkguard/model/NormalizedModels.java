package dev.fkguard.model;

import java.util.Objects;

/**
 * A mapping and a catalog whose table references carry the keys of the catalog's engine ({@link NameNormalizer}):
 * what every comparison after the read works on. Normalizing copies every table reference of both models, so a check
 * does it once and hands this on; code given two models it cannot vouch for normalizes them with {@link #of}.
 */
public final class NormalizedModels {

    private final MappingModel mapping;
    private final SchemaModel database;

    private NormalizedModels(MappingModel mapping, SchemaModel database) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Both models normalized for the engine {@code database} was read from. */
    public static NormalizedModels of(MappingModel mapping, SchemaModel database) {
        NameNormalizer names = new NameNormalizer(database.database().names());
        MappingModel normalized = NameNormalizer.withUnquotedColumnsFolded(names.normalize(mapping),
                database.database().names());
        return new NormalizedModels(normalized, names.withQuotedColumnsOf(normalized, names.normalize(database)));
    }

    /** Two models normalized here already, e.g. one tenant's part of a normalized catalog. */
    static NormalizedModels trusted(MappingModel normalizedMapping, SchemaModel normalizedDatabase) {
        // The database's name rules learn which of this mapping's columns are quoted (case-only twins).
        MappingModel folded = NameNormalizer.withUnquotedColumnsFolded(normalizedMapping,
                normalizedDatabase.database().names());
        return new NormalizedModels(folded, new NameNormalizer(normalizedDatabase.database().names())
                .withQuotedColumnsOf(folded, normalizedDatabase));
    }

    public MappingModel mapping() {
        return mapping;
    }

    public SchemaModel database() {
        return database;
    }
}
