package fr.guichet.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.BusinessRuleException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static MemberDetails details(LocalDate since, LocalDate until) {
        return new MemberDetails("Pierre-Bénite", MemberKind.COMMUNE, "69152", 10500, since, until, true, null, " ");
    }

    @Test
    void slugIsLowerCaseAsciiWithHyphens() {
        assertEquals("pierre-benite", Member.slugOf("Pierre-Bénite"));
        assertEquals("metropole-de-lyon", Member.slugOf("Métropole de Lyon"));
        assertEquals("saint-chamond", Member.slugOf("  Saint-Chamond "));
    }

    @Test
    void membershipPeriodIncludesBothEnds() {
        Member member = new Member(details(LocalDate.of(2014, 1, 1), LocalDate.of(2026, 6, 30)));
        assertFalse(member.isMemberOn(LocalDate.of(2013, 12, 31)));
        assertTrue(member.isMemberOn(LocalDate.of(2014, 1, 1)));
        assertTrue(member.isMemberOn(LocalDate.of(2026, 6, 30)));
        assertFalse(member.isMemberOn(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void membershipCannotEndBeforeItStarts() {
        assertThrows(BusinessRuleException.class,
                () -> new Member(details(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1))));
    }

    @Test
    void blankContactDetailsAreStoredAsNothing() {
        Member member = new Member(details(LocalDate.of(1971, 1, 1), null));
        assertEquals(null, member.getContactPhone());
    }
}
