package fr.guichet.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts ({@code messages_fr} / {@code messages_en}) for Java code: problem details, Faces
 * messages. Pages use the same bundle as {@code #{msg}}.
 */
public final class Texts {

    public static final String BUNDLE = "fr.guichet.web.i18n.messages";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(translated(bundle, arguments));
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    /** Arguments that are themselves keys of the bundle (a status, an action) are shown in words. */
    private static Object[] translated(ResourceBundle bundle, Object[] arguments) {
        Object[] words = arguments.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof String key && bundle.containsKey(key)) {
                words[i] = bundle.getString(key);
            }
        }
        return words;
    }

    /** French unless English is asked for: the working language of the platform. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
