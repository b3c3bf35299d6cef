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
 *                       {@code lower_case_table_names=0}); column names are compared without case on every engine
 * @param maxBytes       the engine's identifier length in UTF-8 bytes, past which it cuts names silently (PostgreSQL:
 *                       63); 0 for engines that refuse long names instead
 * @param defaultSchema  the schema (MySQL: database) unqualified names resolve to, in stored form
 * @param keywords       words (upper case) the engine or the SQL standard reserves: names spelled like them are quoted
 * @param quotedColumns  the catalog's columns whose stored name only a quoted identifier names ({@code "CustomerId"}
 *                       on PostgreSQL, a lower-case {@code "id"} on H2), each as {@link #columnEntry}: a column name
 *                       alone does not say whether the mapping wrote it quoted, the catalog does
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
        return name.isImplicit() ? name : name(name.text(), name.quoted());
    }

    /**
     * The table under these rules: its names normalized and, when it names no schema, placed in the default one, so
     * that {@code notes} in the mapping and {@code sales.notes} in the catalog are one table and {@code crm.notes}
     * another.
     */
    public TableRef table(TableRef ref) {
        Optional<Name> schema = ref.schemaName().map(this::normalize)
                .or(() -> defaultSchema.map(this::stored).map(s -> Name.implicit(s.stored(), s.key())));
        return new TableRef(schema, normalize(ref.tableName()));
    }

    /**
     * The key column names compare by: the stored form of the name written unquoted, without case. Column names
     * compare without case on every engine here (MySQL always does; a column pair differing only in case is left to
     * the engine to refuse), but H2's and PostgreSQL's folding and cutting are applied first.
     */
    public String columnKey(String column) {
        return lower(stored(column, false, false));
    }

    /** Whether two column (or constraint, index) names name the same thing on this engine. */
    public boolean sameColumn(String a, String b) {
        return a.equals(b) || columnKey(a).equals(columnKey(b));
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
        String text = pattern.strip();
        boolean quoted = text.length() >= 2 && ((text.startsWith("\"") && text.endsWith("\""))
                || (text.startsWith("`") && text.endsWith("`")));
        Name form = name(quoted ? text.substring(1, text.length() - 1) : text, quoted);
        String regex = java.util.Arrays.stream(form.key().split("\\*", -1))
                .map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL)
                .matcher(stored(stored).key()).matches();
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
