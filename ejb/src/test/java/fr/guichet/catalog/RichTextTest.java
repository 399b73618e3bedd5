package fr.guichet.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsSimpleFormatting() {
        assertEquals("<p>Service <strong>mutualisé</strong></p><ul><li>un</li></ul>",
                RichText.sanitise("<p>Service <strong>mutualisé</strong></p><ul><li>un</li></ul>"));
    }

    @Test
    void removesScriptsHandlersAndDangerousLinks() {
        String cleaned = RichText.sanitise("<p onclick=\"alert(1)\">a</p><script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">x</a><img src=x onerror=alert(4)><a href=\"https://sitiv.fr\">doc</a>");
        assertFalse(cleaned.contains("script"), cleaned);
        assertFalse(cleaned.contains("onclick"), cleaned);
        assertFalse(cleaned.contains("javascript"), cleaned);
        assertFalse(cleaned.contains("onerror"), cleaned);
        assertTrue(cleaned.contains("href=\"https://sitiv.fr\""), cleaned);
        assertTrue(cleaned.contains("noopener") && cleaned.contains("noreferrer"), cleaned);
    }
}
