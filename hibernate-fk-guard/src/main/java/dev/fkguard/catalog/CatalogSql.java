package dev.fkguard.catalog;

import dev.fkguard.model.DatabaseKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds the query file for a dialect and concern under {@code dev/fkguard/catalog/}. MariaDB looks in
 * {@code mariadb/} first and falls back to {@code mysql/}; PostgreSQL 18+ prefers {@code *-pg18.sql}.
 */
final class CatalogSql {

    private static final String ROOT = "/dev/fkguard/catalog/";

    private CatalogSql() {
    }

    static String query(DatabaseKind kind, int majorVersion, CatalogConcern concern) {
        return find(kind, majorVersion, concern).orElseThrow(() -> new IllegalStateException("no catalog query "
                + concern.fileStem() + ".sql for " + kind.displayName() + " on the class path (looked for "
                + candidates(kind, majorVersion, concern) + ")"));
    }

    /** The query, for a concern only some engines have a query for ({@link CatalogConcern#FINGERPRINTS}). */
    static Optional<String> find(DatabaseKind kind, int majorVersion, CatalogConcern concern) {
        for (String path : candidates(kind, majorVersion, concern)) {
            Optional<String> text = load(path);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    static List<String> candidates(DatabaseKind kind, int majorVersion, CatalogConcern concern) {
        String file = concern.fileStem() + ".sql";
        if (concern == CatalogConcern.FINGERPRINTS && kind == DatabaseKind.POSTGRESQL && majorVersion < 14) {
            return List.of(); // hash_record_extended arrived in PostgreSQL 14: such servers read every tenant
        }
        return switch (kind) {
            case MYSQL -> List.of(ROOT + "mysql/" + file);
            case MARIADB -> List.of(ROOT + "mariadb/" + file, ROOT + "mysql/" + file);
            case POSTGRESQL -> majorVersion >= 18
                    ? List.of(ROOT + "postgresql/" + concern.fileStem() + "-pg18.sql", ROOT + "postgresql/" + file)
                    : List.of(ROOT + "postgresql/" + file);
            case H2 -> List.of(ROOT + "h2/" + file);
            case OTHER -> List.of();
        };
    }

    private static Optional<String> load(String path) {
        try (InputStream in = CatalogSql.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
