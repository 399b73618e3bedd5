package fr.guichet.report;

import fr.guichet.common.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days a report covers, both included; limited to ten years so that a query stays bounded. */
public record Period(LocalDate from, LocalDate to) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleException("report.period.invalid");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new BusinessRuleException("report.period.tooLong");
        }
    }

    /** From the first of January to today. */
    public static Period yearToDate(LocalDate today) {
        return new Period(today.withDayOfYear(1), today);
    }

    public Instant start() {
        return from.atStartOfDay(PARIS).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    /** The budget year a cost report of this period reads: the year of its last day. */
    public int budgetYear() {
        return to.getYear();
    }
}
