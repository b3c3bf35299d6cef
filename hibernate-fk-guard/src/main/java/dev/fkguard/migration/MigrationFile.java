package dev.fkguard.migration;

import java.util.Objects;

/** One file of a migration: its name (no directory) and its text. */
public record MigrationFile(String fileName, String content) {

    public MigrationFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
