package fr.guichet.sla;

import fr.guichet.common.BusinessRuleException;
import java.util.Map;

/**
 * The calendars SLA policies refer to, by code. For now the two the syndicate starts with; calendars
 * with their own hours and closure days will be kept in the database with the SLA policies.
 */
public final class Calendars {

    private static final Map<String, BusinessCalendar> BY_CODE = Map.of(
            "standard", BusinessCalendar.standard(),
            "24x7", BusinessCalendar.twentyFourSeven());

    private Calendars() {
    }

    public static BusinessCalendar byCode(String code) {
        BusinessCalendar calendar = code == null ? null : BY_CODE.get(code.trim());
        if (calendar == null) {
            throw new BusinessRuleException("sla.calendar.unknown", String.valueOf(code));
        }
        return calendar;
    }
}
