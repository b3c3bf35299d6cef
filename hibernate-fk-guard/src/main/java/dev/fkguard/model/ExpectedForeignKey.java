package dev.fkguard.model;

import java.util.Objects;

/**
 * A foreign key the mapping implies. The key's {@code onDelete} is what the mapping would generate
 * ({@code @OnDelete} or NO ACTION); {@code intent} says why and from where.
 */
public record ExpectedForeignKey(ForeignKey key, MappingIntent intent) {

    public ExpectedForeignKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(intent, "intent");
    }
}
