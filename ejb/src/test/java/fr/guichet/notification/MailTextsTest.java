package fr.guichet.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    private static final Path DIR = Path.of("src/main/resources/fr/guichet/notification");

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void everyTemplateHasASubjectAndABodyInBothLanguages() throws IOException {
        Properties french = load("mails_fr.properties");
        Properties english = load("mails_en.properties");
        assertEquals(french.stringPropertyNames(), english.stringPropertyNames());
        for (MailTemplate template : MailTemplate.values()) {
            assertTrue(french.containsKey(template.key() + ".subject"), template.name());
            assertTrue(french.containsKey(template.key() + ".body"), template.name());
        }
    }

    /** MessageFormat eats text after a lone apostrophe: every apostrophe must survive formatting. */
    @Test
    void apostrophesSurviveFormatting() throws IOException {
        for (String file : new String[] {"mails_fr.properties", "mails_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String formatted = new MessageFormat(pattern, Locale.FRENCH).format(new Object[] {"a", "b", "c", "d", "e", "f", "g"});
                assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        formatted.chars().filter(c -> c == '\'').count(), file + " " + key);
            }
        }
    }
}
