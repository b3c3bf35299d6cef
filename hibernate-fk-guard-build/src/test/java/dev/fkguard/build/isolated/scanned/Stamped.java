package dev.fkguard.build.isolated.scanned;

import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** Found by the scan without being an entity: its entities inherit its columns. */
@MappedSuperclass
public abstract class Stamped {
    Instant createdAt;
}
