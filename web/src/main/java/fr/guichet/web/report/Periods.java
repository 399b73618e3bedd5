package fr.guichet.web.report;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.report.Period;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads a report period from {@code from}/{@code to} parameters (AAAA-MM-JJ); missing ends default to the year to date. */
final class Periods {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Periods() {
    }

    static Period parse(String from, String to) {
        LocalDate today = LocalDate.now(PARIS);
        LocalDate end = date("to", to, today);
        return new Period(date("from", from, end.withDayOfYear(1)), end);
    }

    private static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new BusinessRuleException("error.invalidDate", name, value);
        }
    }
}
