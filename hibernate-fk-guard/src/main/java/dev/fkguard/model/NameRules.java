package dev.fkguard.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one engine stores and compares identifiers, learned once from the connection: the only place that folds
 * case, cuts long names or decides whether two spellings name the same table or column.
 *
 * @param unquotedFold   what the engine does to an unquoted name (H2: upper case, non-ASCII included —
 *                       {@code kunde_straße} is {@code KUNDE_STRASSE}; PostgreSQL: lower case of A–Z only; MySQL:
 *                       nothing)
 * @param lowerCaseAll   MySQL/MariaDB {@code lower_case_table_names=1}: table and database names are stored in lower
 *                       case, quoted or not
 * @param caseSensitive  table and schema names that differ in case are different tables (H2, PostgreSQL, MySQL with
 *                       {@code lower_case_table_names=0}); column names, see {@link #columnsCaseSensitive}
 * @param maxBytes       the engine's identifier length in UTF-8 bytes, past which it cuts names silently (PostgreSQL:
 *                       63); 0 for engines that refuse long names instead
 * @param defaultSchema  the schema (MySQL: database) unqualified names resolve to, in stored form
 * @param keywords       words (upper case) the engine or the SQL standard reserves: names spelled like them are quoted
 * @param quotedColumns  the column names that are their own stored form, each as {@link #columnEntry}: the
 *                       catalog's columns only a quoted identifier names ({@code "CustomerId"} on PostgreSQL, a
 *                       lower-case {@code "id"} on H2), and the columns the mapping writes quoted
 *                       ({@link MappingModel#quotedColumns}). A column name is a plain string in the model; this set
 *                       says which strings the engine must not fold
 */
public record NameRules(Fold unquotedFold, boolean lowerCaseAll, boolean caseSensitive, int maxBytes,
                        Optional<String> defaultSchema, Set<String> keywords, Set<String> quotedColumns) {

    /** The engine's treatment of unquoted names. */
    public enum Fold {
        NONE, UPPER, LOWER_ASCII, LOWER
    }

    /** Rules for models built by hand, without an engine: no folding, no case, no default schema. */
    public static final NameRules LOOSE = new NameRules(Fold.NONE, false, false, 0, Optional.empty(),
            SqlKeywords.STANDARD, Set.of());

    public NameRules {
        Objects.requireNonNull(unquotedFold, "unquotedFold");
        Objects.requireNonNull(defaultSchema, "defaultSchema");
        keywords = Set.copyOf(keywords);
        quotedColumns = Set.copyOf(quotedColumns);
    }

    /** The rules the supported engines apply with their default settings (H2 with DATABASE_TO_UPPER). */
    public static NameRules of(DatabaseKind kind, Optional<String> defaultSchema, int lowerCaseTableNames,
                               Set<String> driverKeywords) {
        Set<String> keywords = new TreeSet<>(SqlKeywords.STANDARD);
        keywords.addAll(SqlKeywords.of(kind));
        driverKeywords.forEach(word -> keywords.add(word.strip().toUpperCase(Locale.ROOT)));
        return switch (kind) {
            case H2 -> new NameRules(Fold.UPPER, false, true, 0, defaultSchema, keywords, Set.of());
            case POSTGRESQL -> new NameRules(Fold.LOWER_ASCII, false, true, 63, defaultSchema, keywords, Set.of());
            case MYSQL, MARIADB -> new NameRules(Fold.NONE, lowerCaseTableNames == 1, lowerCaseTableNames == 0, 0,
                    defaultSchema, keywords, Set.of());
            case OTHER -> new NameRules(Fold.NONE, false, false, 0, defaultSchema, keywords, Set.of());
        };
    }

    public NameRules withUnquotedFold(Fold fold) {
        return new NameRules(fold, lowerCaseAll, caseSensitive, maxBytes, defaultSchema, keywords, quotedColumns);
    }

    public NameRules withDefaultSchema(Optional<String> schema) {
        return new NameRules(unquotedFold, lowerCaseAll, caseSensitive, maxBytes, schema, keywords, quotedColumns);
    }

    public NameRules withQuotedColumns(Set<String> columns) {
        return new NameRules(unquotedFold, lowerCaseAll, caseSensitive, maxBytes, defaultSchema, keywords, columns);
    }

    /** These rules, with {@code columns} (entries as {@link #columnEntry}) also taken as their own stored form. */
    public NameRules withMoreQuotedColumns(Set<String> columns) {
        if (quotedColumns.containsAll(columns)) {
            return this;
        }
        Set<String> all = new java.util.HashSet<>(quotedColumns);
        all.addAll(columns);
        return withQuotedColumns(all);
    }

    /** The entry of {@link #quotedColumns} for a column of {@code table} whose stored name is {@code stored}. */
    public String columnEntry(TableRef table, String stored) {
        return table(table).qualifiedKey() + '\u0000' + stored;
    }

    /**
     * A column's name in a statement: its stored name, quoted, where the catalog has it so ({@link #quotedColumns});
     * otherwise the name as the mapping wrote it unquoted — as it is when it is a plain word, else its stored form
     * quoted (a reserved word, {@code straße_id} on H2: {@code "STRASSE_ID"}), or the text quoted as it is when no
     * unquoted identifier could spell it (a space, a dot: the mapping must have quoted it).
     */
    public String columnSql(TableRef table, String column, java.util.function.UnaryOperator<String> quote) {
        if (!quotedColumns.isEmpty() && quotedColumns.contains(columnEntry(table, column))) {
            return quote.apply(column);
        }
        return identifierSql(column, quote);
    }

    /** A column, constraint or index name known by its text alone, as {@link #columnSql} spells one. */
    public String identifierSql(String name, java.util.function.UnaryOperator<String> quote) {
        if (isPlainWord(name)) {
            return name;
        }
        boolean word = !name.isEmpty() && name.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
        return quote.apply(word ? stored(name, false, false) : name);
    }

    /** A table or schema name written as {@code text}, with the form the engine stores and the key it compares. */
    public Name name(String text, boolean quoted) {
        String stored = stored(text, quoted, lowerCaseAll);
        return new Name(text, quoted, stored, caseSensitive ? stored : lower(stored));
    }

    /** A name as the catalog reports it: already stored, never folded again. */
    public Name stored(String text) {
        return name(text, true);
    }

    /** {@code name} under these rules (a catalog name stays as it is; a mapping name gets its stored form). */
    public Name normalize(Name name) {
        if (name.isImplicit()) {
            return name;
        }
        String stored = stored(name.text(), name.quoted(), lowerCaseAll);
        String key = caseSensitive ? stored : lower(stored);
        // A name normalized before (every catalog name, a mapping read twice) is kept, not copied: a check normalizes
        // every table ref of both models, and most already are.
        return stored.equals(name.stored()) && key.equals(name.key()) ? name
                : new Name(name.text(), name.quoted(), stored, key);
    }

    /**
     * The table under these rules: its names normalized and, when it names no schema, placed in the default one, so
     * that {@code notes} in the mapping and {@code sales.notes} in the catalog are one table and {@code crm.notes}
     * another.
     */
    public TableRef table(TableRef ref) {
        Name table = normalize(ref.tableName());
        if (ref.schemaName().isPresent()) {
            Name schema = normalize(ref.schemaName().get());
            return schema == ref.schemaName().get() && table == ref.tableName() ? ref
                    : new TableRef(Optional.of(schema), table);
        }
        return new TableRef(defaultSchema.map(this::stored).map(s -> Name.implicit(s.stored(), s.key())), table);
    }

    /**
     * The schema a statement or a report names {@code ref} with; empty where it is in the schema unqualified names
     * resolve to. DDL, Liquibase's {@code schemaName} and finding locations all ask this, so they agree on which
     * tables they qualify.
     */
    public Optional<Name> qualifier(TableRef ref) {
        Optional<String> home = defaultSchema.map(this::stored).map(Name::key);
        return table(ref).schemaName().filter(s -> home.filter(s.key()::equals).isEmpty());
    }

    /**
     * The schema a key of {@code from} must name its {@code target} with in DDL: {@link #qualifier}'s, and also the
     * default schema (its stored form, {@link Name#isImplicit}) where only {@code from} is outside it — H2, MySQL and
     * MariaDB resolve an unqualified {@code REFERENCES customers} in the referencing table's schema, not the
     * connection's, so a key of {@code crm.leads} re-created that way would reach {@code crm.customers}. SQL only:
     * Liquibase resolves an absent {@code referencedTableSchemaName} to its own default schema, so a changelog leaves
     * it out and still runs wherever that default is the checked schema.
     */
    public Optional<Name> referenceQualifier(TableRef from, TableRef target) {
        Optional<Name> own = qualifier(target);
        if (own.isPresent() || qualifier(from).isEmpty()) {
            return own;
        }
        return table(target).schemaName();
    }

    /**
     * Whether column names that differ in case name different columns: on the engines that fold unquoted names (H2,
     * PostgreSQL) a quoted {@code "Code"} and an unquoted {@code code} are two columns; MySQL and MariaDB compare
     * column names without case whatever {@code lower_case_table_names} says, and so do hand-built models.
     */
    public boolean columnsCaseSensitive() {
        return caseSensitive && unquotedFold != Fold.NONE;
    }

    /**
     * The key a column of {@code table} compares by: its stored form — the name itself where it is one already (a
     * catalog name, a name the mapping quotes: {@link #quotedColumns}), else as the engine folds and cuts an unquoted
     * name — and without case where the engine compares column names without case.
     */
    public String columnKey(TableRef table, String column) {
        String stored = isStoredColumn(table, column) ? stored(column, true, false) : stored(column, false, false);
        return columnsCaseSensitive() ? stored : lower(stored);
    }

    /**
     * The column a name the mapping writes unquoted stands for in {@code table}, given these rules know only the
     * catalog's stored columns: where the catalog has a column stored exactly as the mapping spells it, but an
     * unquoted name would be folded ({@link #quotedColumns}: H2 {@code "code"} beside {@code CODE}; PostgreSQL
     * {@code "CODE"} beside {@code code}), the folded stored form — the column the engine reads the name as.
     * Otherwise the name as written.
     */
    public String unquotedColumn(TableRef table, String column) {
        return isStoredColumn(table, column) ? stored(column, false, false) : column;
    }

    /** Whether {@code a} and {@code b}, both columns of {@code table}, name the same column on this engine. */
    public boolean sameColumn(TableRef table, String a, String b) {
        return a.equals(b) || columnKey(table, a).equals(columnKey(table, b));
    }

    /** Whether two lists of columns of {@code table} name the same columns in the same order. */
    public boolean sameColumns(TableRef table, java.util.List<String> a, java.util.List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameColumn(table, a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The column of the live {@code table} that {@code column} names, if it has one. */
    public Optional<Column> column(Table table, String column) {
        String key = columnKey(table.ref(), column);
        return table.columns().stream().filter(c -> columnKey(table.ref(), c.name()).equals(key)).findFirst();
    }

    /**
     * Whether the engine keeps the case of this column of {@code table} where an unquoted name would lose it: a
     * quoted {@code "Code"} on PostgreSQL, a quoted {@code "code"} on H2 — a column with a twin in another case, or
     * that could have one. A name derived from it in lower case ({@code fk_shops_code}) would not tell them apart.
     */
    public boolean keepsCase(TableRef table, String column) {
        return columnsCaseSensitive() && isStoredColumn(table, column)
                && !stored(column, false, false).equals(stored(column, true, false));
    }

    /**
     * Whether the engine keeps this table or schema name's case where the name in lower case, unquoted, would be
     * another one: {@code "Customer"} beside {@code customer} on PostgreSQL or H2, {@code Customer} on MySQL with
     * {@code lower_case_table_names=0}.
     */
    public boolean keepsCase(Name name) {
        return caseSensitive && !name.isImplicit() && !name(lower(name.stored()), false).key().equals(name.key());
    }

    /** Whether {@code column} of {@code table} is a stored form, not to be folded ({@link #quotedColumns}). */
    private boolean isStoredColumn(TableRef table, String column) {
        return !quotedColumns.isEmpty() && quotedColumns.contains(columnEntry(table, column));
    }

    /**
     * Whether two constraint or index names are the same. They are compared by the stored form of the name written
     * unquoted, without case: the mapping rarely fixes one, and a constraint name that differs only in case is not
     * drift worth a finding.
     */
    public boolean sameConstraintName(String a, String b) {
        return a.equals(b) || lower(stored(a, false, false)).equals(lower(stored(b, false, false)));
    }

    /** Whether a {@code hibernate.fkguard.schemas} entry is a pattern ({@code tenant_*}) rather than one schema. */
    public static boolean isPattern(String entry) {
        return entry.indexOf('*') >= 0;
    }

    /**
     * Whether the schema the catalog stores as {@code stored} matches {@code pattern}, where {@code *} stands for any
     * run of characters. The pattern is a name like any other: unquoted, it is folded as the engine folds names
     * ({@code tenant_*} is {@code TENANT_*} on H2); quoted ({@code "Tenant_*"}, or in backticks), it keeps its case;
     * and it is compared by key, so with case exactly where the engine compares schema names with case (H2,
     * PostgreSQL, MySQL with {@code lower_case_table_names=0}).
     */
    public boolean matchesPattern(String pattern, String stored) {
        Name form = settingEntry(pattern);
        String regex = java.util.Arrays.stream(form.key().split("\\*", -1))
                .map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL)
                .matcher(stored(stored).key()).matches();
    }

    /**
     * The schema a named (not pattern) {@code hibernate.fkguard.schemas} entry stands for, in stored form: a name
     * like the mapping's, so unquoted it is folded as the engine folds names ({@code sales} is {@code SALES} on H2,
     * {@code Sales} is {@code sales} on PostgreSQL), and quoted ({@code "Sales"}, or in backticks) it keeps its case.
     */
    public String schemaEntry(String entry) {
        return settingEntry(entry).stored();
    }

    /** A {@code hibernate.fkguard.schemas} entry as a name: quoted when written in double quotes or backticks. */
    private Name settingEntry(String entry) {
        String text = entry.strip();
        boolean quoted = text.length() >= 2 && ((text.startsWith("\"") && text.endsWith("\""))
                || (text.startsWith("`") && text.endsWith("`")));
        return name(quoted ? text.substring(1, text.length() - 1) : text, quoted);
    }

    /** Whether the engine would read {@code stored} unquoted as itself: a plain word in the case it folds to. */
    public boolean needsQuotes(String stored) {
        return !isPlainWord(stored) || !stored(stored, false, false).equals(stored);
    }

    /** An ASCII letter or underscore, then letters, digits and underscores, and no reserved word. */
    public boolean isPlainWord(String text) {
        if (text.isEmpty() || keywords.contains(text.toUpperCase(Locale.ROOT))) {
            return false;
        }
        char first = text.charAt(0);
        if (!(first == '_' || isAsciiLetter(first))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '_' || isAsciiLetter(c) || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private String stored(String text, boolean quoted, boolean lowerAll) {
        String folded = quoted ? text : switch (unquotedFold) {
            case NONE -> text;
            // H2 upper-cases with Java's English rules: ß becomes SS.
            case UPPER -> text.toUpperCase(Locale.ENGLISH);
            case LOWER -> text.toLowerCase(Locale.ENGLISH);
            // PostgreSQL's downcase_identifier folds A-Z only in a multi-byte encoding.
            case LOWER_ASCII -> asciiLower(text);
        };
        if (lowerAll) {
            folded = lower(folded);
        }
        return maxBytes > 0 ? truncated(folded, maxBytes) : folded;
    }

    /** The longest prefix of at most {@code limit} UTF-8 bytes that ends on a character boundary, as pg_mbcliplen. */
    static String truncated(String text, int limit) {
        if (text.length() * 3 <= limit || text.getBytes(StandardCharsets.UTF_8).length <= limit) {
            return text;
        }
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > limit) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    private static String asciiLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
