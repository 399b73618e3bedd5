package fr.guichet.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrenchHolidaysTest {

    @Test
    void easterSundaysFrom2024To2030() {
        Map<Integer, LocalDate> easter = Map.of(
                2024, LocalDate.of(2024, 3, 31), 2025, LocalDate.of(2025, 4, 20), 2026, LocalDate.of(2026, 4, 5),
                2027, LocalDate.of(2027, 3, 28), 2028, LocalDate.of(2028, 4, 16), 2029, LocalDate.of(2029, 4, 1),
                2030, LocalDate.of(2030, 4, 21));
        easter.forEach((year, sunday) -> assertEquals(sunday, FrenchHolidays.easterSunday(year), "Easter " + year));
    }

    @Test
    void elevenHolidaysOf2026() {
        assertEquals(Set.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25)), FrenchHolidays.of(2026));
    }

    @Test
    void movableHolidaysFrom2024To2030() {
        // Easter Monday, Ascension Thursday, Whit Monday
        assertTrue(FrenchHolidays.of(2024).containsAll(Set.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 20))));
        assertTrue(FrenchHolidays.of(2025).containsAll(Set.of(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9))));
        assertTrue(FrenchHolidays.of(2027).containsAll(Set.of(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17))));
        assertTrue(FrenchHolidays.of(2028).containsAll(Set.of(LocalDate.of(2028, 4, 17), LocalDate.of(2028, 5, 25), LocalDate.of(2028, 6, 5))));
        assertTrue(FrenchHolidays.of(2029).containsAll(Set.of(LocalDate.of(2029, 4, 2), LocalDate.of(2029, 5, 10), LocalDate.of(2029, 5, 21))));
        assertTrue(FrenchHolidays.of(2030).containsAll(Set.of(LocalDate.of(2030, 4, 22), LocalDate.of(2030, 5, 30), LocalDate.of(2030, 6, 10))));
        for (int year = 2024; year <= 2030; year++) {
            assertEquals(11, FrenchHolidays.of(year).size(), "year " + year);
        }
        assertFalse(FrenchHolidays.isHoliday(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndSaintStephensDayFrom2024To2030() {
        // Good Friday: two days before Easter Sunday.
        List<LocalDate> goodFridays = List.of(LocalDate.of(2024, 3, 29), LocalDate.of(2025, 4, 18), LocalDate.of(2026, 4, 3),
                LocalDate.of(2027, 3, 26), LocalDate.of(2028, 4, 14), LocalDate.of(2029, 3, 30), LocalDate.of(2030, 4, 19));
        for (int year = 2024; year <= 2030; year++) {
            LocalDate goodFriday = goodFridays.get(year - 2024);
            LocalDate stephen = LocalDate.of(year, 12, 26);
            for (String department : List.of("57", "67", "68")) {
                assertEquals(13, FrenchHolidays.of(year, department).size(), department + " " + year);
                assertTrue(FrenchHolidays.isHoliday(goodFriday, department), department + " " + goodFriday);
                assertTrue(FrenchHolidays.isHoliday(stephen, department), department + " " + stephen);
            }
            for (String department : Arrays.asList("69", "54", "88", "2A", "974", null)) {
                assertEquals(FrenchHolidays.of(year), FrenchHolidays.of(year, department), department + " " + year);
                assertFalse(FrenchHolidays.isHoliday(goodFriday, department), "only in Alsace-Moselle: " + goodFriday);
                assertFalse(FrenchHolidays.isHoliday(stephen, department), "only in Alsace-Moselle: " + stephen);
            }
        }
    }

    @Test
    void theDepartmentComesFromTheInseeCode() {
        assertEquals("57", FrenchHolidays.departmentOf("57463"));
        assertEquals("69", FrenchHolidays.departmentOf("69273"));
        assertEquals("2A", FrenchHolidays.departmentOf("2A004"));
        assertEquals("974", FrenchHolidays.departmentOf("97411"));
        assertNull(FrenchHolidays.departmentOf(null));
        assertNull(FrenchHolidays.departmentOf("123"));
    }
}
