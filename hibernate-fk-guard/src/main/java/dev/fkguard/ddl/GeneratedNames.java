package dev.fkguard.ddl;

import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Index;
import dev.fkguard.model.Name;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TableRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names the guard gives the constraints and indexes it creates, in one place: a rule that names a new key in its
 * fix, the planner that adds an index, and the renderer that spells a replacement must all arrive at the same name,
 * or a report would name a constraint the migration does not create.
 */
public final class GeneratedNames {

    private final DatabaseKind kind;
    /** The rules that know which columns keep their case (quoted twins); empty where no column does. */
    private final Optional<NameRules> rules;
    /**
     * The index names the database already has, per schema key: PostgreSQL and H2 name indexes per schema, so a new
     * index may not take a name another table's index has (MySQL and MariaDB name them per table, which this covers).
     */
    private final Map<String, List<String>> takenIndexNames;

    public GeneratedNames(DatabaseKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rules = Optional.empty();
        this.takenIndexNames = Map.of();
    }

    /** Names for a database read with {@code rules}: a column whose case only quoting keeps gets a hash of it. */
    public GeneratedNames(DatabaseKind kind, NameRules rules) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rules = Optional.of(rules);
        this.takenIndexNames = Map.of();
    }

    /**
     * Names for the database {@code live} as read: besides the rules of {@link #GeneratedNames(DatabaseKind,
     * NameRules)}, a new index never takes the name of an index the schema already has, or its CREATE INDEX would
     * fail.
     */
    public GeneratedNames(DatabaseKind kind, SchemaModel live) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rules = Optional.of(live.database().names());
        NameRules names = live.database().names();
        this.takenIndexNames = live.tables().stream().collect(Collectors.groupingBy(
                table -> schemaKey(names, table.ref()),
                Collectors.flatMapping(table -> table.indexes().stream().map(Index::name), Collectors.toList())));
    }

    /**
     * {@code fk_<table>_<columns>}, cut to the engine's identifier limit with a stable hash so two long names never
     * collide.
     */
    public String constraintName(ForeignKey key) {
        return shortened("fk_" + key.table().name() + "_" + String.join("_", key.columns()),
                keepsCase(key.table(), key.columns()));
    }

    /** {@code idx_<table>_<columns>}, shortened like {@link #constraintName}. */
    public String indexName(TableRef table, List<String> columns) {
        String name = "idx_" + table.name() + "_" + String.join("_", columns);
        boolean keepsCase = keepsCase(table, columns);
        List<String> taken = rules.map(r -> takenIndexNames.getOrDefault(schemaKey(r, table), List.of()))
                .orElse(List.of());
        String candidate = shortened(name, keepsCase);
        for (int n = 2; isTaken(candidate, taken); n++) {
            candidate = shortened(name + "_" + n, keepsCase);
        }
        return candidate;
    }

    private boolean isTaken(String candidate, List<String> taken) {
        return rules.isPresent() && taken.stream().anyMatch(name -> rules.get().sameConstraintName(name, candidate));
    }

    /** The schema a table is in under {@code names}, its default schema where the ref names none. */
    private static String schemaKey(NameRules names, TableRef table) {
        return names.table(table).schemaName().map(Name::key).orElse("");
    }

    /**
     * The name a replacement key gets: the wanted key's own (a plan that also renames the key puts the new name
     * there), else the existing key's, else a generated one.
     */
    public String replacementName(Remedy.ReplaceForeignKey replace) {
        return replace.wanted().name().or(() -> replace.existing().name())
                .orElseGet(() -> constraintName(replace.wanted()));
    }

    /** Whether a name derived from these columns in lower case could name a twin too ({@link NameRules#keepsCase}). */
    private boolean keepsCase(TableRef table, List<String> columns) {
        return rules.map(r -> columns.stream().anyMatch(column -> r.keepsCase(table, column))).orElse(false);
    }

    /** @param keepsCase a column keeps a case lower case loses: the hash of the name as written tells twins apart */
    private String shortened(String name, boolean keepsCase) {
        String full = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (keepsCase) {
            full = full + "_" + sha256(name).substring(0, 8);
        }
        int limit = kind == DatabaseKind.POSTGRESQL ? 63 : 64;
        if (full.length() <= limit) {
            return full;
        }
        String hash = sha256(full).substring(0, 8);
        return full.substring(0, limit - hash.length() - 1) + "_" + hash;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE ships SHA-256", e);
        }
    }
}
