package fr.guichet.web.report;

import fr.guichet.report.Period;
import fr.guichet.web.api.QueryParams;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reads a report period from {@code from}/{@code to} parameters (AAAA-MM-JJ); missing ends default to the year to date. */
final class Periods {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Periods() {
    }

    static Period parse(String from, String to) {
        LocalDate today = LocalDate.now(PARIS);
        LocalDate end = QueryParams.date("to", to, today);
        return new Period(QueryParams.date("from", from, end.withDayOfYear(1)), end);
    }
}
