package fr.guichet.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void foldsCaseAccentsAndPlurals() {
        assertEquals(List.of("reparation", "imprimante", "bureau"), SearchWords.of("Réparation des IMPRIMANTES, bureaux"));
        assertEquals(SearchWords.of("réparation"), SearchWords.of("reparations"));
    }

    @Test
    void leavesOutShortAndCommonWordsAndRepeats() {
        assertEquals(List.of("messagerie", "bloquee", "mairie"),
                SearchWords.of("La messagerie est bloquée depuis la mairie, messagerie !"));
        assertEquals(List.of(), SearchWords.of("de la, à ; très"));
        assertEquals(List.of(), SearchWords.of(null));
    }

    @Test
    void splitsOnApostrophesAndSpellsOutLigatures() {
        assertEquals(List.of("imprimante", "oeuvre", "etat", "civil"), SearchWords.of("l'imprimante œuvre à l'état-civil"));
    }

    @Test
    void keepsShortPluralsAndCutsLongWords() {
        assertEquals(List.of("bus", "gaz", "class"), SearchWords.of("bus gaz class"));
        assertEquals(SearchWords.MAX_LENGTH, SearchWords.of("a".repeat(100)).get(0).length());
    }
}
