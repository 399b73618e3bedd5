package fr.guichet.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a user types into a MariaDB boolean-mode full-text query: every word required, matched
 * as a prefix ("messag" finds "messagerie"); operators typed by the user are neutralised.
 */
public final class FullTextQuery {

    /** InnoDB ignores shorter words (innodb_ft_min_token_size). */
    static final int MIN_WORD = 3;

    private FullTextQuery() {
    }

    /** The boolean-mode expression, or an empty string when no word is long enough to search. */
    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        return Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_WORD)
                .distinct()
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }
}
