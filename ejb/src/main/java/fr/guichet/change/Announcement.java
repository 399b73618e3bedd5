package fr.guichet.change;

import fr.guichet.catalog.ServiceLevel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * When an interruption must be announced: a number of business days before its window opens, more for services
 * communes depend on more (the highest of the services it touches), counted on the syndicate's working days.
 */
public final class Announcement {

    private Announcement() {
    }

    /** Business days of notice a service level needs. */
    public static int noticeDays(ServiceLevel level) {
        return switch (level) {
            case STANDARD -> 5;
            case RENFORCE -> 8;
            case CRITIQUE -> 10;
        };
    }

    /** The notice the change needs: that of its most demanding service; {@code STANDARD}'s when it names none. */
    public static int noticeDays(Collection<ServiceLevel> levels) {
        return levels.stream().mapToInt(Announcement::noticeDays).max().orElse(noticeDays(ServiceLevel.STANDARD));
    }

    /** The working day that comes {@code businessDays} working days before {@code windowStart}'s day. */
    public static LocalDate announceOn(LocalDate windowStart, int businessDays, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = windowStart;
        int counted = 0;
        while (counted < businessDays) {
            day = day.minusDays(1);
            if (isWorkingDay.test(day)) {
                counted++;
            }
        }
        return day;
    }
}
