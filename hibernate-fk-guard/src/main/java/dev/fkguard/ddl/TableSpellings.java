package dev.fkguard.ddl;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Name;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.TableRef;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One spelling for each table and schema of one migration. Its remedies name a table from two sides: the key to add
 * as the mapping writes it ({@code shop.shop_purchase_order}), the key to drop as the catalog stores it (on H2
 * {@code SHOP.SHOP_PURCHASE_ORDER}). Both are one table to the engine, but a file that spells it two ways reads as
 * two, so every statement takes one: the mapping's where a remedy has it (a name written unquoted, which the engine
 * folds to the stored one), else the first seen. Tables are the same by {@link NameRules#table}'s keys, never by
 * their text.
 */
public final class TableSpellings {

    private final NameRules rules;
    /** By {@link TableRef#qualifiedKey()} of the normalized ref. */
    private final Map<String, Name> tables;
    /** By the schema's {@link Name#key()}. */
    private final Map<String, Name> schemas;

    private TableSpellings(NameRules rules, Map<String, Name> tables, Map<String, Name> schemas) {
        this.rules = rules;
        this.tables = Map.copyOf(tables);
        this.schemas = Map.copyOf(schemas);
    }

    /** Each table as its ref spells it: for statements outside a migration (a finding's fix hint). */
    public static TableSpellings asWritten(NameRules rules) {
        return new TableSpellings(rules, Map.of(), Map.of());
    }

    /** The spellings of every table and schema {@code remedies} name, the mapping's first. */
    public static TableSpellings of(NameRules rules, Collection<Remedy> remedies) {
        Map<String, Name> tables = new HashMap<>();
        Map<String, Name> schemas = new HashMap<>();
        for (Remedy remedy : remedies) {
            for (TableRef ref : tables(remedy)) {
                TableRef normalized = rules.table(ref);
                tables.merge(normalized.qualifiedKey(), ref.tableName(), TableSpellings::preferred);
                ref.schemaName().filter(schema -> !schema.isImplicit()).ifPresent(schema -> schemas.merge(
                        rules.normalize(schema).key(), schema, TableSpellings::preferred));
            }
        }
        return new TableSpellings(rules, tables, schemas);
    }

    /** {@code ref} with this migration's spelling of its table and schema. */
    public TableRef spell(TableRef ref) {
        if (tables.isEmpty()) {
            return ref;
        }
        Name table = tables.getOrDefault(rules.table(ref).qualifiedKey(), ref.tableName());
        Optional<Name> schema = ref.schemaName().map(s -> s.isImplicit() ? s
                : schemas.getOrDefault(rules.normalize(s).key(), s));
        return new TableRef(schema, table);
    }

    /** The mapping's spelling (written unquoted: a catalog name is always quoted) over the catalog's; else the first. */
    private static Name preferred(Name first, Name other) {
        return first.quoted() && !other.quoted() ? other : first;
    }

    /** Every table a remedy's statements name: the table it alters and, for a key, the table it references. */
    private static List<TableRef> tables(Remedy remedy) {
        if (remedy instanceof Remedy.AddForeignKey add) {
            return keyTables(add.key());
        }
        if (remedy instanceof Remedy.DropForeignKey drop) {
            return keyTables(drop.key());
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            // The wanted key first: it carries the mapping's spelling.
            return List.of(replace.wanted().table(), replace.wanted().targetTable(), replace.existing().table(),
                    replace.existing().targetTable());
        }
        if (remedy instanceof Remedy.RenameForeignKey rename) {
            return keyTables(rename.existing());
        }
        if (remedy instanceof Remedy.ValidateConstraint validate) {
            return keyTables(validate.key());
        }
        if (remedy instanceof Remedy.EnforceConstraint enforce) {
            return keyTables(enforce.key());
        }
        return List.of(remedy.table());
    }

    private static List<TableRef> keyTables(ForeignKey key) {
        return List.of(key.table(), key.targetTable());
    }
}
