package fr.guichet.sla;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * French public holidays of a year, Easter-based ones computed: the eleven of metropolitan France, and in
 * Alsace-Moselle (Moselle, Bas-Rhin, Haut-Rhin: departments 57, 67, 68) Good Friday and 26 December as well.
 */
public final class FrenchHolidays {

    private static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");

    private FrenchHolidays() {
    }

    /** The department of a commune's INSEE code ("57463" → "57", "2A004" → "2A", "97411" → "974"); null if none. */
    public static String departmentOf(String inseeCode) {
        if (inseeCode == null || inseeCode.length() != 5) {
            return null;
        }
        return inseeCode.startsWith("97") || inseeCode.startsWith("98") ? inseeCode.substring(0, 3) : inseeCode.substring(0, 2);
    }

    /** The holidays where the department lies ({@code null}: the metropolitan ones). */
    public static Set<LocalDate> of(int year, String department) {
        if (department == null || !ALSACE_MOSELLE.contains(department)) {
            return of(year);
        }
        Set<LocalDate> days = new HashSet<>(of(year));
        days.add(easterSunday(year).minusDays(2));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return Set.copyOf(days);
    }

    public static boolean isHoliday(LocalDate day, String department) {
        return of(day.getYear(), department).contains(day);
    }

    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        return Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.plusDays(1),
                LocalDate.of(year, Month.MAY, 1),
                LocalDate.of(year, Month.MAY, 8),
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(year, Month.JULY, 14),
                LocalDate.of(year, Month.AUGUST, 15),
                LocalDate.of(year, Month.NOVEMBER, 1),
                LocalDate.of(year, Month.NOVEMBER, 11),
                LocalDate.of(year, Month.DECEMBER, 25));
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
