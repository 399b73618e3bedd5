package fr.guichet.common;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words a text is found by, folded so that what a user types matches what was written: lower case,
 * no accents ("réparation" and "reparation" alike), ligatures spelled out, plural as singular
 * ("imprimantes" finds "imprimante"), common French words and words under three characters left out.
 * Indexing and searching use the same folding, so a typed word matches exactly one stored word.
 */
public final class SearchWords {

    public static final int MIN_LENGTH = 3;
    /** The column's size: a longer word is kept by its beginning. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Written as people write them; compared folded, like every word. */
    private static final Set<String> STOP_WORDS = Stream.of("les", "des", "une", "pour", "avec", "dans", "sur", "pas",
            "plus", "est", "sont", "que", "qui", "mon", "mes", "nos", "vos", "par", "aux", "ses", "son", "sans", "mais",
            "elle", "ils", "leur", "tout", "tous", "très", "bien", "fait", "peut", "suis", "depuis", "quand", "comme",
            "cette", "cela", "ceci", "avoir", "être", "nous", "vous", "notre", "votre", "encore", "ont", "été", "lui",
            "ces", "car", "donc", "puis", "aussi", "avons", "avez", "the", "and")
            .map(word -> singular(fold(word))).collect(Collectors.toUnmodifiableSet());

    private SearchWords() {
    }

    /** The distinct words of a text, in the order they first appear. */
    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String raw : SEPARATORS.split(fold(text))) {
            String word = singular(raw);
            if (word.length() >= MIN_LENGTH && !STOP_WORDS.contains(word)) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return List.copyOf(words);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae")
                .replace("ß", "ss");
    }

    /** French plurals in -s and -x; short words ("bus", "gaz") keep their letter. */
    private static String singular(String word) {
        if (word.length() > 4 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
