package fr.guichet.catalog;

import java.util.Arrays;
import java.util.List;
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
        return words(typed, "+", List.of());
    }

    /**
     * The same, but any word may match (more matching words rank higher), common French words left out
     * (InnoDB's own stop list is English): for suggestions while a subject is typed.
     */
    public static String anyOf(String typed) {
        return words(typed, "", FRENCH_STOP_WORDS);
    }

    private static final List<String> FRENCH_STOP_WORDS = List.of("les", "des", "une", "pour", "avec", "dans", "sur",
            "pas", "plus", "est", "sont", "que", "qui", "mon", "mes", "nos", "vos", "par", "aux", "ses", "son", "sans",
            "mais", "elle", "ils", "leur", "tout", "tous", "très", "bien", "fait", "peut", "suis", "depuis", "quand",
            "comme", "cette", "cela", "ceci", "avoir", "être", "nous", "vous", "notre", "votre", "encore", "ne");

    private static String words(String typed, String operator, List<String> leftOut) {
        if (typed == null) {
            return "";
        }
        return Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= MIN_WORD && !leftOut.contains(word))
                .distinct()
                .map(word -> operator + word + "*")
                .collect(Collectors.joining(" "));
    }
}
