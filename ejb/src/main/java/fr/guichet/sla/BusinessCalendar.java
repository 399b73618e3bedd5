package fr.guichet.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When the syndicate works: working days, opening periods within a day, French public holidays and
 * extra closures, in a time zone. Business time is counted in real elapsed minutes inside opening
 * periods, so a period that crosses a daylight-saving change counts what really elapsed.
 */
public final class BusinessCalendar {

    /** An opening period of a working day, e.g. 08:30–12:00. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            if (!end.isAfter(start) && !end.equals(LocalTime.MIDNIGHT)) {
                throw new IllegalArgumentException("period must end after it starts: " + start + "–" + end);
            }
        }
    }

    /** Ten years of closed days in a row means the calendar never opens. */
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final String code;
    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final List<Period> periods;
    private final Set<LocalDate> closures;
    private final boolean frenchHolidays;
    private final boolean alwaysOpen;
    /** Whose public holidays apply ({@link FrenchHolidays#departmentOf}); null: metropolitan France's. */
    private final String department;

    private BusinessCalendar(String code, ZoneId zone, Set<DayOfWeek> workingDays, List<Period> periods,
                             Set<LocalDate> closures, boolean frenchHolidays, boolean alwaysOpen) {
        this(code, zone, workingDays, periods, closures, frenchHolidays, alwaysOpen, null);
    }

    private BusinessCalendar(String code, ZoneId zone, Set<DayOfWeek> workingDays, List<Period> periods,
                             Set<LocalDate> closures, boolean frenchHolidays, boolean alwaysOpen, String department) {
        this.department = department;
        this.code = code;
        this.zone = zone;
        this.workingDays = workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingDays);
        this.periods = List.copyOf(periods);
        this.closures = Set.copyOf(closures);
        this.frenchHolidays = frenchHolidays;
        this.alwaysOpen = alwaysOpen;
        if (!alwaysOpen && (this.workingDays.isEmpty() || this.periods.isEmpty())) {
            throw new IllegalArgumentException("a calendar needs working days and opening periods");
        }
    }

    /** Monday to Friday, 08:30–12:00 and 13:30–17:30 Paris time, closed on French public holidays. */
    public static BusinessCalendar standard() {
        return new BusinessCalendar("standard", ZoneId.of("Europe/Paris"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(new Period(LocalTime.of(8, 30), LocalTime.of(12, 0)), new Period(LocalTime.of(13, 30), LocalTime.of(17, 30))),
                Set.of(), true, false);
    }

    /** Every minute counts (security incidents). */
    public static BusinessCalendar twentyFourSeven() {
        return twentyFourSeven("24x7", ZoneId.of("Europe/Paris"));
    }

    public static BusinessCalendar twentyFourSeven(String code, ZoneId zone) {
        return new BusinessCalendar(code, zone, EnumSet.allOf(DayOfWeek.class),
                List.of(new Period(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)), Set.of(), false, true);
    }

    public static BusinessCalendar of(String code, ZoneId zone, Set<DayOfWeek> workingDays, List<Period> periods,
                                      Set<LocalDate> closures, boolean frenchHolidays) {
        return new BusinessCalendar(code, zone, workingDays, periods, closures, frenchHolidays, false);
    }

    /**
     * This calendar as a member sees it: the public holidays of its department and its own closures (a bridge day)
     * on top of the syndicate's. A calendar that runs around the clock stays as it is.
     */
    public BusinessCalendar forMember(String memberDepartment, Set<LocalDate> memberClosures) {
        if (alwaysOpen || (memberDepartment == null || !frenchHolidays) && memberClosures.isEmpty()) {
            return this;
        }
        Set<LocalDate> all = new HashSet<>(closures);
        all.addAll(memberClosures);
        return new BusinessCalendar(code, zone, workingDays, periods, all, frenchHolidays, false, memberDepartment);
    }

    public String code() {
        return code;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return alwaysOpen || workingDays.contains(day.getDayOfWeek()) && !closures.contains(day)
                && !(frenchHolidays && FrenchHolidays.isHoliday(day, department));
    }

    /** The instant {@code minutes} of business time after {@code from}. */
    public Instant addBusinessMinutes(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        return addBusinessTime(from, Duration.ofMinutes(minutes));
    }

    /** The instant {@code amount} of business time after {@code from}. */
    public Instant addBusinessTime(Instant from, Duration amount) {
        if (alwaysOpen || amount.isZero()) {
            return from.plus(amount);
        }
        Duration remaining = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                Instant start = latest(from, startOf(day, period));
                Instant end = endOf(day, period);
                if (start.isBefore(end)) {
                    Duration available = Duration.between(start, end);
                    if (remaining.compareTo(available) <= 0) {
                        return start.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
        }
        throw new IllegalStateException("calendar " + code + " does not open within ten years");
    }

    /** Business minutes between two instants (zero if {@code to} is not after {@code from}). */
    public long businessMinutesBetween(Instant from, Instant to) {
        return businessTimeBetween(from, to).toMinutes();
    }

    /** Business time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                Instant start = latest(from, startOf(day, period));
                Instant end = earliest(to, endOf(day, period));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Instant startOf(LocalDate day, Period period) {
        return ZonedDateTime.of(day, period.start(), zone).toInstant();
    }

    /** A period ending at midnight ends at the start of the next day. */
    private Instant endOf(LocalDate day, Period period) {
        return period.end().equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, period.end(), zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
