package dev.fkguard.model;

import java.util.Objects;

/**
 * One identifier: its text as written (the mapping's spelling, or the catalog's), whether it was written quoted,
 * the form the engine stores it in and the key names are compared by. {@link NameRules} computes the last two once,
 * when a name is read, so comparisons are plain string comparisons.
 *
 * @param text   as written, without quotes
 * @param quoted written quoted ({@code "Customer"}, {@code `order`}, Hibernate's global quoting); a catalog name is
 *               always quoted: it is already the stored form
 * @param stored what the engine's catalog holds for it (H2 upper-cases unquoted names, PostgreSQL lower-cases
 *               them and cuts every name to 63 bytes, MySQL with {@code lower_case_table_names=1} lower-cases all)
 * @param key    what equal names share: {@code stored}, or its lower case where the engine compares names without case
 */
public record Name(String text, boolean quoted, String stored, String key) {

    public Name {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(key, "key");
    }

    /** A name no engine has looked at yet: compared without case, as hand-built models always were. */
    public static Name of(String text) {
        return NameRules.LOOSE.name(text, false);
    }

    /**
     * A name as the mapping writes it; {@link NameRules#name} gives it its engine's stored form and key. Until then
     * its key is Hibernate's canonical name (a quoted name as written, an unquoted one without case), so the mapping
     * keeps the tables Hibernate keeps apart: {@code "Customer"} and {@code customer} are two tables to it.
     */
    public static Name written(String text, boolean quoted) {
        return new Name(text, quoted, text, quoted ? text : NameRules.lower(text));
    }

    /**
     * The schema a table without one is in: no text, so reports and messages still show the table as the mapping
     * wrote it, but the stored form and key of the default schema, so it equals the catalog's table there.
     */
    static Name implicit(String stored, String key) {
        return new Name("", true, stored, key);
    }

    /** Whether this is the default schema standing in for none written ({@link #implicit}). */
    public boolean isImplicit() {
        return text.isEmpty();
    }

    // Written out, as QuotedColumn's: the mapping read compares schema names on the booting thread.
    @Override
    public boolean equals(Object other) {
        return other instanceof Name that && quoted == that.quoted && text.equals(that.text)
                && stored.equals(that.stored) && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return ((31 * text.hashCode() + Boolean.hashCode(quoted)) * 31 + stored.hashCode()) * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
