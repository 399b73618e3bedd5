package fr.guichet.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts Guichet writes into its own records (audit details, what became of an incoming mail, a knowledge
 * draft): in French, the syndicate's working language, whoever acted. Their wording lives in
 * {@code fr/guichet/common/stored.properties} beside the other bundles, not in code.
 */
public final class StoredTexts {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.guichet.common.stored", Locale.ROOT,
            StoredTexts.class.getClassLoader());

    private StoredTexts() {
    }

    public static String get(String key, Object... arguments) {
        String text = TEXTS.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.FRANCE).format(arguments);
    }
}
