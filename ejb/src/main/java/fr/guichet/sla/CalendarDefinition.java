package fr.guichet.sla;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A business calendar as the syndicate configures it (table sla_calendar), turned into a {@link BusinessCalendar}. */
@Entity
@Table(name = "sla_calendar")
public class CalendarDefinition {

    @Id
    private Long id;

    private String code;

    private String name;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "always_open")
    private boolean alwaysOpen;

    @Column(name = "french_holidays")
    private boolean frenchHolidays;

    /** ISO day numbers, e.g. "1,2,3,4,5". */
    @Column(name = "working_days")
    private String workingDays;

    /** e.g. "08:30-12:00,13:30-17:30". */
    private String periods;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_calendar_closure", joinColumns = @JoinColumn(name = "calendar_id"))
    @MapKeyColumn(name = "closed_on")
    @Column(name = "label")
    private Map<LocalDate, String> closures = new HashMap<>();

    protected CalendarDefinition() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    /** The syndicate's extra closed days of this calendar, by day. */
    public Map<LocalDate, String> getClosures() {
        return new TreeMap<>(closures);
    }

    void close(LocalDate day, String label) {
        closures.put(day, label);
    }

    boolean reopen(LocalDate day) {
        return closures.remove(day) != null;
    }

    public BusinessCalendar toCalendar() {
        if (alwaysOpen) {
            return BusinessCalendar.twentyFourSeven(code, ZoneId.of(timeZone));
        }
        return BusinessCalendar.of(code, ZoneId.of(timeZone), days(workingDays), periods(periods), closures.keySet(),
                frenchHolidays);
    }

    static Set<DayOfWeek> days(String isoNumbers) {
        return Arrays.stream(isoNumbers.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> DayOfWeek.of(Integer.parseInt(s))).collect(Collectors.toSet());
    }

    static List<BusinessCalendar.Period> periods(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(period -> {
            String[] bounds = period.split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("opening period must read HH:MM-HH:MM: " + period);
            }
            LocalTime end = bounds[1].strip().equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(bounds[1].strip());
            return new BusinessCalendar.Period(LocalTime.parse(bounds[0].strip()), end);
        }).toList();
    }
}
