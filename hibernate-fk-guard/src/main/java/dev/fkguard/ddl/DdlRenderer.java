package dev.fkguard.ddl;

import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.TableRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Spells remedies as SQL for the engine that was checked (MySQL drops a key with {@code DROP FOREIGN KEY}, the
 * others with {@code DROP CONSTRAINT}; each changes a column type its own way). Identifiers are quoted only where
 * they need it.
 */
public final class DdlRenderer {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final DatabaseKind kind;
    private final Set<String> defaultSchemas;

    /**
     * @param defaultSchemas schemas the statements run in anyway; tables there are written without their schema,
     *                       as a migration for that schema would write them
     */
    public DdlRenderer(DatabaseKind kind, Collection<String> defaultSchemas) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.defaultSchemas = defaultSchemas.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The statement(s) of one remedy, each ending in a semicolon, joined by a space. */
    public String render(Remedy remedy) {
        // Java 17 has no pattern matching in switch; the sealed interface keeps this list complete.
        if (remedy instanceof Remedy.AddForeignKey add) {
            return addForeignKey(add.key(), add.constraintName());
        }
        if (remedy instanceof Remedy.DropForeignKey drop) {
            return dropForeignKey(drop.key());
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return replaceForeignKey(replace.existing(), replace.wanted());
        }
        if (remedy instanceof Remedy.ChangeColumnType change) {
            return changeColumnType(change.table(), change.column(), typeDefinition(change.type()), change.nullable());
        }
        if (remedy instanceof Remedy.DropNotNull drop) {
            return dropNotNull(drop.table(), drop.column(), typeDefinition(drop.type()));
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return setNotNull(set.table(), set.column(), typeDefinition(set.type()));
        }
        if (remedy instanceof Remedy.CreateIndex index) {
            return "CREATE INDEX " + identifier(index.indexName()) + " ON " + table(index.table()) + " ("
                    + identifiers(index.columns()) + ");";
        }
        if (remedy instanceof Remedy.ChangeEngine engine) {
            return "ALTER TABLE " + table(engine.table()) + " ENGINE=" + engine.engine() + ";";
        }
        if (remedy instanceof Remedy.ValidateConstraint validate) {
            return "ALTER TABLE " + table(validate.key().table()) + " VALIDATE CONSTRAINT "
                    + identifier(validate.key().name().orElse("<constraint name>")) + ";";
        }
        if (remedy instanceof Remedy.RenameForeignKey rename) {
            return renameForeignKey(rename.existing(), rename.newName());
        }
        Remedy.EnforceConstraint enforce = (Remedy.EnforceConstraint) remedy;
        return "ALTER TABLE " + table(enforce.key().table()) + " ALTER CONSTRAINT "
                + identifier(enforce.key().name().orElse("<constraint name>")) + " ENFORCED;";
    }

    public String setNotNull(TableRef table, String column, String type) {
        return switch (kind) {
            case MYSQL, MARIADB -> "ALTER TABLE " + table(table) + " MODIFY COLUMN " + identifier(column) + " "
                    + type + " NOT NULL;";
            case POSTGRESQL, H2, OTHER -> "ALTER TABLE " + table(table) + " ALTER COLUMN " + identifier(column)
                    + " SET NOT NULL;";
        };
    }

    /** A column type as DDL writes it; MySQL and MariaDB also repeat the character set and collation. */
    public String typeDefinition(ColumnType type) {
        StringBuilder text = new StringBuilder(type.describe());
        if (kind.isMySqlFamily()) {
            type.charset().ifPresent(c -> text.append(" CHARACTER SET ").append(c));
            type.collation().ifPresent(c -> text.append(" COLLATE ").append(c));
        }
        return text.toString();
    }

    public String addForeignKey(ForeignKey key, String constraintName) {
        return "ALTER TABLE " + table(key.table()) + " ADD " + constraintClause(key, constraintName) + ";";
    }

    public String dropForeignKey(ForeignKey key) {
        return "ALTER TABLE " + table(key.table()) + " " + dropClause(key) + ";";
    }

    /** Drop and re-add in one statement where the engine allows it, so no moment passes without the key. */
    public String replaceForeignKey(ForeignKey existing, ForeignKey wanted) {
        String name = existing.name().orElseGet(() -> constraintName(wanted));
        // Both keys sit on the same table; the wanted key carries the mapping's spelling of its name.
        if (kind == DatabaseKind.H2 || kind == DatabaseKind.OTHER) {
            return "ALTER TABLE " + table(wanted.table()) + " " + dropClause(existing) + "; "
                    + addForeignKey(wanted, name);
        }
        return "ALTER TABLE " + table(wanted.table()) + " " + dropClause(existing) + ", ADD "
                + constraintClause(wanted, name) + ";";
    }

    public String renameForeignKey(ForeignKey existing, String newName) {
        if (kind.isMySqlFamily() || existing.name().isEmpty()) {
            return "ALTER TABLE " + table(existing.table()) + " " + dropClause(existing) + ", ADD "
                    + constraintClause(existing, newName) + ";";
        }
        return "ALTER TABLE " + table(existing.table()) + " RENAME CONSTRAINT " + identifier(existing.name().get())
                + " TO " + identifier(newName) + ";";
    }

    public String changeColumnType(TableRef table, String column, String type, boolean nullable) {
        return switch (kind) {
            case MYSQL, MARIADB -> "ALTER TABLE " + table(table) + " MODIFY COLUMN " + identifier(column) + " " + type
                    + (nullable ? " NULL" : " NOT NULL") + ";";
            case POSTGRESQL -> "ALTER TABLE " + table(table) + " ALTER COLUMN " + identifier(column) + " TYPE "
                    + type + ";";
            case H2, OTHER -> "ALTER TABLE " + table(table) + " ALTER COLUMN " + identifier(column)
                    + " SET DATA TYPE " + type + ";";
        };
    }

    public String dropNotNull(TableRef table, String column, String type) {
        return switch (kind) {
            case MYSQL, MARIADB -> "ALTER TABLE " + table(table) + " MODIFY COLUMN " + identifier(column) + " "
                    + type + " NULL;";
            case POSTGRESQL, H2, OTHER -> "ALTER TABLE " + table(table) + " ALTER COLUMN " + identifier(column)
                    + " DROP NOT NULL;";
        };
    }

    /**
     * A deterministic name for a new constraint: {@code fk_<table>_<columns>}, cut to the engine's identifier limit
     * with a stable hash so two long names never collide.
     */
    public String constraintName(ForeignKey key) {
        return shortenedName("fk_" + key.table().name() + "_" + String.join("_", key.columns()));
    }

    /** A deterministic name for a new index, {@code idx_<table>_<columns>}, shortened like {@link #constraintName}. */
    public String indexName(TableRef table, List<String> columns) {
        return shortenedName("idx_" + table.name() + "_" + String.join("_", columns));
    }

    private String shortenedName(String name) {
        String full = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        int limit = kind == DatabaseKind.POSTGRESQL ? 63 : 64;
        if (full.length() <= limit) {
            return full;
        }
        String hash = sha256(full).substring(0, 8);
        return full.substring(0, limit - hash.length() - 1) + "_" + hash;
    }

    public String identifier(String name) {
        if (PLAIN_IDENTIFIER.matcher(name).matches()) {
            return name;
        }
        return kind.isMySqlFamily()
                ? "`" + name.replace("`", "``") + "`"
                : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public String table(TableRef ref) {
        return ref.schema()
                .filter(s -> !defaultSchemas.contains(s.toLowerCase(Locale.ROOT)))
                .map(s -> identifier(s) + ".").orElse("") + identifier(ref.name());
    }

    private String constraintClause(ForeignKey key, String constraintName) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(identifier(constraintName))
                .append(" FOREIGN KEY (").append(identifiers(key.columns())).append(") REFERENCES ")
                .append(table(key.targetTable())).append(" (").append(identifiers(key.targetColumns())).append(')');
        if (!isDefault(key.onDelete())) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (!isDefault(key.onUpdate())) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        return sql.toString();
    }

    /** The clause an omitted ON DELETE/UPDATE means; MySQL and MariaDB treat RESTRICT as that default too. */
    private boolean isDefault(ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION || (kind.isMySqlFamily() && action == ReferentialAction.RESTRICT);
    }

    private String dropClause(ForeignKey key) {
        String name = identifier(key.name().orElse("<constraint name>"));
        return kind.isMySqlFamily() ? "DROP FOREIGN KEY " + name : "DROP CONSTRAINT " + name;
    }

    private String identifiers(List<String> names) {
        return names.stream().map(this::identifier).collect(Collectors.joining(", "));
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
