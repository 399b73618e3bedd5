package fr.guichet.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void lettersAndDigitsOfNineCharactersPass() {
        assertDoesNotThrow(() -> PasswordPolicy.check("Demo-2026"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Abc-123", "sansChiffres", "123456789012"})
    void weakPasswordsAreRefused(String password) {
        assertThrows(BusinessRuleException.class, () -> PasswordPolicy.check(password));
    }
}
