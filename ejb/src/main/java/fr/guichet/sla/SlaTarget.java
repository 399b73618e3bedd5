package fr.guichet.sla;

/** What a ticket is held to: the calendar its clock runs on and its two targets in business minutes. */
public record SlaTarget(String calendarCode, int firstResponseMinutes, int resolutionMinutes) {
}
