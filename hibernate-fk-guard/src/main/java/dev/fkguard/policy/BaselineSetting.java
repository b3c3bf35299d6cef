package dev.fkguard.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code hibernate.fkguard.baseline=<file>}, and whether to (re)write that file from the current findings
 * ({@code hibernate.fkguard.baseline.write=true}) instead of checking against it.
 */
public record BaselineSetting(Path file, boolean write) {

    public BaselineSetting {
        Objects.requireNonNull(file, "file");
    }
}
