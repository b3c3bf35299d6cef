package dev.fkguard.ddl;

import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.Name;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;

import java.util.Objects;
import java.util.Optional;

/**
 * The one place DDL spells names: quoting from a name's own form and the engine's keywords, and qualification of
 * every table outside the connection's default schema. A name is written as the mapping wrote it when that is a
 * plain, unreserved word the engine folds to the stored name by itself (so fixes read like the mapping:
 * {@code orders}, not {@code "ORDERS"}); otherwise its stored form, quoted where the engine needs it
 * ({@code "OrderLines"} on PostgreSQL, {@code "DESC"} on H2, {@code `rank`} on MySQL).
 */
public final class SqlNames {

    private final DatabaseKind kind;
    private final NameRules rules;
    private final TableSpellings spellings;

    /** Each table as its ref spells it. */
    public SqlNames(DatabaseKind kind, NameRules rules) {
        this(kind, rules, TableSpellings.asWritten(rules));
    }

    /** Each table as one migration spells it ({@link TableSpellings}). */
    public SqlNames(DatabaseKind kind, NameRules rules, TableSpellings spellings) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.spellings = Objects.requireNonNull(spellings, "spellings");
    }

    /** A table, qualified when it is not in the schema unqualified names resolve to. */
    public String table(TableRef ref) {
        TableRef spelled = spellings.spell(ref);
        return qualifier(spelled).map(s -> name(s) + ".").orElse("") + name(rules.table(spelled).tableName());
    }

    /** The table's name as written, in this migration's spelling: for writers that quote names themselves. */
    public String tableText(TableRef ref) {
        return spellings.spell(ref).name();
    }

    /** The table a key of {@code from} references, qualified as {@link NameRules#referenceQualifier} says. */
    public String referencedTable(TableRef from, TableRef target) {
        TableRef spelled = spellings.spell(target);
        return rules.referenceQualifier(spellings.spell(from), spelled).map(s -> name(s) + ".").orElse("")
                + name(rules.table(spelled).tableName());
    }

    /**
     * The schema a statement must name {@code ref} with; empty where it is in the schema unqualified names resolve
     * to. Writers that spell the schema apart (Liquibase's {@code schemaName}) ask this too, so both agree.
     */
    public Optional<Name> qualifier(TableRef ref) {
        return rules.qualifier(spellings.spell(ref));
    }

    /** A schema or table name. */
    public String name(Name name) {
        Name normalized = rules.normalize(name);
        if (!normalized.quoted() && rules.isPlainWord(normalized.text())) {
            return normalized.text();
        }
        return rules.needsQuotes(normalized.stored()) ? quote(normalized.stored()) : normalized.stored();
    }

    /** A constraint or index name known by its text alone; see {@link NameRules#identifierSql}. */
    public String identifier(String text) {
        return rules.identifierSql(text, this::quote);
    }

    /** A column of {@code table}; see {@link NameRules#columnSql}. */
    public String column(TableRef table, String column) {
        return rules.columnSql(table, column, this::quote);
    }

    /** Whether a name derived from these columns in lower case could name a twin too; see {@link NameRules#keepsCase}. */
    public boolean keepsCase(TableRef table, java.util.List<String> columns) {
        return columns.stream().anyMatch(column -> rules.keepsCase(table, column));
    }

    private String quote(String stored) {
        return kind.isMySqlFamily() ? "`" + stored.replace("`", "``") + "`"
                : "\"" + stored.replace("\"", "\"\"") + "\"";
    }
}
