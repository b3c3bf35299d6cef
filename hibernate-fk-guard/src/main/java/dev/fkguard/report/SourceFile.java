package dev.fkguard.report;

import java.util.Objects;
import java.util.Optional;

/**
 * A file a finding points at, relative to the repository root when the root is known (else to the module), with
 * the line of the declaration when the file was read.
 *
 * @param path '/'-separated, e.g. {@code shop/src/main/java/com/shop/Order.java}
 * @param line 1-based; empty when the file was not read or holds no declaration to point at
 */
public record SourceFile(String path, Optional<Integer> line) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(line, "line");
    }
}
