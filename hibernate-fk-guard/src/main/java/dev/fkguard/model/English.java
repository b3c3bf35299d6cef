package dev.fkguard.model;

import java.util.Locale;
import java.util.Set;

/**
 * The little grammar messages need, in one place: a count with its noun in the right number ({@code 1 foreign key},
 * {@code 2 foreign keys}) and the article a word takes ({@code an animal row}, {@code a user row}).
 */
public final class English {

    /** Words that start with a vowel letter but a consonant sound, or the other way round. */
    private static final Set<String> CONSONANT_SOUND_PREFIXES = Set.of("uni", "use", "usu", "uti", "eu", "one", "ur");
    private static final Set<String> VOWEL_SOUND_PREFIXES = Set.of("hour", "honest", "honor", "honour", "heir");

    private English() {
    }

    /** {@code 1 foreign key}, {@code 0 foreign keys}, {@code 2 foreign keys}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** {@code an animal}, {@code a user}, {@code an hour}: the article by how the word sounds, then the word. */
    public static String withArticle(String word) {
        return article(word) + " " + word;
    }

    /** {@code a} or {@code an} for {@code word}; identifiers are read as written ({@code an order_items row}). */
    public static String article(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (VOWEL_SOUND_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return "an";
        }
        if (lower.isEmpty() || "aeiou".indexOf(lower.charAt(0)) < 0
                || CONSONANT_SOUND_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return "a";
        }
        return "an";
    }
}
