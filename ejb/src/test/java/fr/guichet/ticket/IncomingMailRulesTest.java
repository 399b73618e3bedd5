package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncomingMailRulesTest {

    @Test
    void referencesAreFormattedAndFoundInSubjects() {
        assertEquals("GUI-2026-000123", TicketReference.of(2026, 123));
        assertEquals("GUI-2026-1234567", TicketReference.of(2026, 1_234_567));
        assertEquals(Optional.of("GUI-2026-000123"), TicketReference.findIn("RE: [Guichet] GUI-2026-000123 — imprimante en panne"));
        assertEquals(Optional.empty(), TicketReference.findIn("RE: imprimante GUI-26-12"));
        assertEquals(Optional.empty(), TicketReference.findIn(null));
    }

    @Test
    void automaticRepliesAreRecognised() {
        assertTrue(IncomingMailRules.isAutomatic(Map.of("Auto-Submitted", "auto-replied")));
        assertTrue(IncomingMailRules.isAutomatic(Map.of("precedence", "Bulk")));
        assertTrue(IncomingMailRules.isAutomatic(Map.of("Precedence", "auto_reply")));
        assertTrue(IncomingMailRules.isAutomatic(Map.of("X-Autoreply", "yes")));
        assertFalse(IncomingMailRules.isAutomatic(Map.of("Auto-Submitted", "no")));
        assertFalse(IncomingMailRules.isAutomatic(Map.of("Subject", "Bonjour")));
    }

    @Test
    void quotedHistoryIsStripped() {
        String french = "Merci, c'est réparé de mon côté.\n\nCordialement\n\nLe lun. 23 nov. 2026 à 10:02, Guichet <guichet@sitiv.example.fr> a écrit :\n> Bonjour,\n> votre ticket...";
        assertEquals("Merci, c'est réparé de mon côté.\n\nCordialement", IncomingMailRules.withoutQuotedHistory(french));
        String outlook = "Toujours en panne.\r\n\r\n-----Message d'origine-----\r\nDe : Guichet\r\nObjet : GUI-2026-000123";
        assertEquals("Toujours en panne.", IncomingMailRules.withoutQuotedHistory(outlook));
        String english = "Works now.\nOn Mon, 23 Nov 2026 at 10:02, Guichet wrote:\n> text";
        assertEquals("Works now.", IncomingMailRules.withoutQuotedHistory(english));
        assertEquals("Pas d'historique.", IncomingMailRules.withoutQuotedHistory("Pas d'historique."));
    }
}
