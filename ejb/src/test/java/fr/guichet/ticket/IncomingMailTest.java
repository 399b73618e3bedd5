package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.Utf8;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncomingMailTest {

    private static MailMessage message(String from, String subject, String text) {
        return new MailMessage("<id@test>", from, subject, Map.of(), List.of(), List.of(), text, List.of());
    }

    /** Issue 12: 40 000 "é" were cut to 60 000 characters, 80 000 bytes, and the insert failed. */
    @Test
    void aQuarantinedBodyFitsItsColumnInBytes() {
        IncomingMail mail = new IncomingMail(message("x@y.fr", "Objet", "é".repeat(100_000)), QuarantineReason.UNKNOWN_SENDER,
                null, Instant.now());
        int size = mail.getBody().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size <= IncomingMail.MAX_BODY_BYTES, size + " bytes");
        assertEquals(IncomingMail.MAX_BODY_BYTES / 2, mail.getBody().length());
        assertEquals(QuarantineReason.UNKNOWN_SENDER, mail.getReason());
    }

    @Test
    void textsAreCutBetweenCharacters() {
        assertEquals("aé", Utf8.cut("aé€", 4), "é takes two bytes, € three");
        assertEquals("aé€", Utf8.cut("aé€", 6));
        assertEquals("a", Utf8.cut("a😀", 4), "never half of a four-byte character");
        assertEquals("a😀", Utf8.cut("a😀", 5));
        assertEquals("😀😀", IncomingMail.characters("😀😀😀", 2), "the database counts characters, not UTF-16 units");
        assertEquals("abc", IncomingMail.characters("abc", 5));
        assertNull(Utf8.cut(null, 10));
    }

    @Test
    void longHeadersAreCutToTheirColumns() {
        IncomingMail mail = new IncomingMail(message("x".repeat(300) + "@y.fr", "ü".repeat(800), "texte"),
                QuarantineReason.UNREADABLE, "d".repeat(900), Instant.now());
        assertEquals(254, mail.getFromAddress().length());
        assertEquals(500, mail.getSubject().length());
        assertEquals(500, mail.getDetail().length());
    }
}
