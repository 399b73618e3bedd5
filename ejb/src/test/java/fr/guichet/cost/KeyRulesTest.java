package fr.guichet.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRulesTest {

    private static final Set<Long> MEMBERS = Set.of(1L, 2L, 3L);

    @Test
    void acceptsASluggedCodeAndPositiveOrZeroWeightsOfKnownMembers() {
        assertDoesNotThrow(() -> KeyRules.check("comite-2027", Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.ZERO,
                3L, new BigDecimal("999999999999.999999")), MEMBERS));
        assertDoesNotThrow(() -> KeyRules.check("p", Map.of(), MEMBERS));
    }

    @Test
    void refusesCodesThatAreNotSlugs() {
        for (String code : new String[] {null, "", "Comite", "clé", "-comite", "a b", "x".repeat(41)}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> KeyRules.check(code, Map.of(), MEMBERS), String.valueOf(code));
            assertEquals("allocation.key.code.invalid", refused.messageKey());
        }
        assertDoesNotThrow(() -> KeyRules.check("x".repeat(40), Map.of(), MEMBERS));
    }

    @Test
    void refusesUnknownMembersAndWeightsThatCannotBeStored() {
        assertEquals("allocation.member.invalid", refusal(Map.of(4L, BigDecimal.ONE)).messageKey());
        assertArrayEquals(new Object[] {"4"}, refusal(Map.of(4L, BigDecimal.ONE)).arguments());
        assertEquals("allocation.weight.invalid", refusal(Map.of(2L, new BigDecimal("-0.000001"))).messageKey());
        assertEquals("allocation.weight.invalid", refusal(Map.of(2L, BigDecimal.TEN.pow(12))).messageKey());
        assertEquals("allocation.weight.invalid", refusal(Map.of(2L, new BigDecimal("0.0000001"))).messageKey());
        assertEquals("allocation.weight.invalid", refusal(Map.of(2L, new BigDecimal("1E+400000000"))).messageKey());
        assertDoesNotThrow(() -> KeyRules.check("comite", Map.of(2L, new BigDecimal("12.5000000000")), MEMBERS));
        Map<Long, BigDecimal> missing = new HashMap<>();
        missing.put(3L, null);
        assertEquals("allocation.weight.invalid", refusal(missing).messageKey());
    }

    private static BusinessRuleException refusal(Map<Long, BigDecimal> weights) {
        return assertThrows(BusinessRuleException.class, () -> KeyRules.check("comite", weights, MEMBERS));
    }
}
