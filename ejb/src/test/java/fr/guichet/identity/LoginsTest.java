package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginsTest {

    @Test
    void loginIsTrimmedAndLowerCased() {
        assertEquals(Optional.of("givors.agent1"), Logins.normalise("  Givors.Agent1 "));
        assertEquals(Optional.of("givors.agent1"), Logins.normalise("GIVORS.AGENT1"));
    }

    @Test
    void caseIsFoldedWithoutTheLocaleOfTheServer() {
        assertEquals(Optional.of("istres.agent"), Logins.normalise("ISTRES.AGENT"), "no Turkish dotless i");
    }

    @Test
    void composedAndDecomposedAccentsGiveOneLogin() {
        String composed = "h\u00e9l\u00e8ne";
        String decomposed = "he\u0301le\u0300ne";
        assertEquals(Optional.of(composed), Logins.normalise(decomposed));
        assertEquals(Logins.normalise(composed), Logins.normalise(decomposed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"givors.agent1\u0000", "\u0000givors.agent1", "givors.\u0000agent1", "givors.agent1\t",
            "givors.agent1\n", "givors.agent1\u007f", "givors.agent1\u0085", "givors.agent1\u200b", "givors.agent1\u200d",
            "givors.agent1\ufeff", "givors.agent1\u2028", "givors.agent1\u2029", "givors.agent1\u00ad", "givors.agent1\ud800",
            "givors.agent1\ue000"})
    void controlAndInvisibleCharactersAreRefusedNotDropped(String typed) {
        assertTrue(Logins.normalise(typed).isEmpty(), () -> "refused: " + typed.codePoints().boxed().toList());
    }

    @Test
    void innerSpacesAreKeptSoTheLoginMatchesNoAccount() {
        assertEquals(Optional.of("givors agent1"), Logins.normalise("givors agent1"));
    }

    @Test
    void missingBlankOrOverlongLoginsAreRefused() {
        assertTrue(Logins.normalise(null).isEmpty());
        assertTrue(Logins.normalise("   ").isEmpty());
        assertTrue(Logins.normalise("a".repeat(Logins.MAX_LENGTH + 1)).isEmpty());
        assertEquals(Logins.MAX_LENGTH, Logins.normalise("a".repeat(Logins.MAX_LENGTH)).orElseThrow().length());
    }

    @Test
    void newAccountsGetTheNormalisedLoginAndUnusableOnesStayForValidationToRefuse() {
        assertEquals("givors.agent4", new NewUser("Givors.Agent4 ", "A", "a@givors.example.fr", null, Set.of(), "x").login());
        assertEquals("givors.agent4\u0000", new NewUser("givors.agent4\u0000", "A", "a@givors.example.fr", null, Set.of(), "x").login());
    }
}
