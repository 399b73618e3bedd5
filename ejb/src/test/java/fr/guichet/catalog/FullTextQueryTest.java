package fr.guichet.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    void everyWordIsRequiredAsAPrefix() {
        assertEquals("+messagerie* +collaborative*", FullTextQuery.of("Messagerie collaborative"));
    }

    @Test
    void operatorsAndShortWordsAreDropped() {
        assertEquals("+état* +civil*", FullTextQuery.of("l'état -civil \"de\" (*)"));
        assertEquals("", FullTextQuery.of("de la"));
        assertEquals("", FullTextQuery.of(null));
    }

    @Test
    void suggestionsAcceptAnyWordButNotCommonFrenchOnes() {
        assertEquals("mot* passe* messagerie* oublié*", FullTextQuery.anyOf("Mot de passe de ma messagerie oublié"));
        assertEquals("imprimantes* ligne*", FullTextQuery.anyOf("Les imprimantes ne sont pas en ligne"));
    }
}
