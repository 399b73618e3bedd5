package fr.guichet.report;

import fr.guichet.common.BusinessRuleException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The days a report covers, both included; limited to ten years so that a query stays bounded. */
public record Period(LocalDate from, LocalDate to) implements Serializable {

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

    /** The months the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** When each of {@link #months()} begins in Paris, the first one at the period's start. */
    public List<Instant> monthStarts() {
        List<Instant> starts = new ArrayList<>();
        months().forEach(month -> starts.add(starts.isEmpty() ? start() : month.atDay(1).atStartOfDay(PARIS).toInstant()));
        return starts;
    }

    /** The budget year a cost report of this period reads: the year of its last day. */
    public int budgetYear() {
        return to.getYear();
    }
}
