package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoredTextsTest {

    @Test
    void recordsAreWrittenInFrenchWithTheirArguments() {
        assertEquals("mot de passe changé", StoredTexts.get("stored.audit.password.changed"));
        assertEquals("5 échecs de connexion : les tentatives suivantes sont ralenties", StoredTexts.get("stored.login.throttled", 5));
        assertEquals("pièces jointes refusées : a.exe, b.svg", StoredTexts.get("stored.mail.in.refusedFiles", "a.exe, b.svg"));
    }

    @Test
    void numbersThatNameThingsAreNotGrouped() {
        assertEquals("ticket n° 123456", StoredTexts.get("stored.mail.in.ticketNumber", 123456L));
    }

    @Test
    void aKnowledgeDraftKeepsTheTicketsLines() {
        assertEquals("Symptôme\nL'écran reste noir\n\nSolution\nCâble changé",
                StoredTexts.get("stored.kb.draft.fromTicket", "L'écran reste noir", "Câble changé"));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle("fr.guichet.common.stored");
        // Whole keys only: a prefix completed in code ("stored.ticket.field." + field) is checked by its own test.
        Pattern used = Pattern.compile("StoredTexts\\.get\\(\"([a-zA-Z0-9.]+)\"(?=[,)])");
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(source));
                while (m.find()) {
                    found++;
                    assertTrue(texts.containsKey(m.group(1)), source + " uses a missing text: " + m.group(1));
                }
            }
        }
        assertTrue(found >= 10, "uses found: " + found);
    }
}
